import Foundation
import Testing

/// `rampart.yaml` and `RAMPART_*` supply defaults; the command line wins over the environment,
/// which wins over the file.
@Suite struct SettingsTests {
    static func workspaceWithPod() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("k8s/pod.yaml", Samples.privilegedPod)
        try workspace.write("vendor/pod.yaml", Samples.privilegedPod)
        try workspace.write("third_party/pod.yaml", Samples.privilegedPod)
        return workspace
    }

    static func jsonFindings(_ text: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    static func files(_ text: String) throws -> Set<String> {
        Set(
            try jsonFindings(text).compactMap {
                $0["target"] as? String ?? ($0["location"] as? [String: Any])?["file"] as? String
            })
    }

    @Test func configFileValuesApply() throws {
        let workspace = try Self.workspaceWithPod()
        defer { workspace.remove() }
        try workspace.write(
            "rampart.yaml",
            """
            # project defaults
            fail-on: never
            format: json
            severity: [critical, high]
            skip-dirs: [vendor, third_party]

            """)
        let result = try workspace.rampart("scan", "config", ".")
        #expect(result.status == 0, "\(result)")
        let findings = try Self.jsonFindings(result.stdout)
        #expect(!findings.isEmpty)
        #expect(
            findings.allSatisfy { ["critical", "high"].contains($0["severity"] as? String ?? "") },
            "\(findings.map { $0["severity"] ?? "-" })")
        #expect(try Self.files(result.stdout).allSatisfy { $0.hasPrefix("k8s/") })
    }

    @Test func explicitConfigFileAndOutputKey() throws {
        let workspace = try Self.workspaceWithPod()
        defer { workspace.remove() }
        try workspace.write("conf/ci.yaml", "format: sarif\noutput: out.sarif\nfail-on: never\n")
        let result = try workspace.rampart("scan", "config", "k8s", "--config", "conf/ci.yaml")
        #expect(result.status == 0, "\(result)")
        let sarif = try #require(workspace.read("out.sarif"))
        #expect(sarif.contains("\"version\""))
        #expect(sarif.contains("RMP-K8S-0005"))
    }

    @Test func unknownConfigKeyIsAnErrorNamingKeyAndLine() throws {
        let workspace = try Self.workspaceWithPod()
        defer { workspace.remove() }
        try workspace.write("rampart.yaml", "fail-on: high\nskip-dir: [vendor]\n")
        let result = try workspace.rampart("scan", "config", ".")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("skip-dir"))
        #expect(result.stderr.contains("rampart.yaml:2"), "\(result.stderr)")
    }

    @Test func environmentListsAreCommaSeparated() throws {
        let workspace = try Self.workspaceWithPod()
        defer { workspace.remove() }
        let result = try workspace.rampart(
            "scan", "config", ".", "--format", "json",
            environment: [
                "RAMPART_SKIP_DIRS": "vendor, third_party", "RAMPART_FAIL_ON": "never",
                "RAMPART_SEVERITY": "high,critical",
            ])
        #expect(result.status == 0, "\(result)")
        #expect(try Self.files(result.stdout) == ["k8s/pod.yaml"])
        #expect(
            try Self.jsonFindings(result.stdout).allSatisfy {
                ["critical", "high"].contains($0["severity"] as? String ?? "")
            })
    }

    @Test func precedenceFlagOverEnvironmentOverFile() throws {
        let workspace = try Self.workspaceWithPod()
        defer { workspace.remove() }
        try workspace.write("rampart.yaml", "fail-on: never\n")
        #expect(try workspace.rampart("scan", "config", "k8s", "--quiet").status == 0, "file alone")
        #expect(
            try workspace.rampart("scan", "config", "k8s", environment: ["RAMPART_FAIL_ON": "info"]).status == 1,
            "environment beats the file")
        #expect(
            try workspace.rampart(
                "scan", "config", "k8s", "--fail-on", "never", environment: ["RAMPART_FAIL_ON": "info"]
            ).status == 0,
            "flag beats the environment")
        #expect(try workspace.rampart("scan", "config", "k8s", "--fail-on=info").status == 1, "flag beats the file")
    }
}
