import Foundation
import Testing

/// `--format json|sarif|junit|table` and `--output FILE`.
@Suite struct OutputFormatTests {
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("tree/k8s/pod.yaml", Samples.privilegedPod)
        try workspace.write("tree/Dockerfile", Samples.dockerfile)
        return workspace
    }

    @Test func jsonReport() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let result = try workspace.rampart("scan", "config", "tree", "--format", "json", "--fail-on", "never")
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(
            findings.contains {
                $0["ruleID"] as? String == "RMP-K8S-0005" || $0["ruleId"] as? String == "RMP-K8S-0005"
                    || $0["rule"] as? String == "RMP-K8S-0005"
            },
            "\(findings.first ?? [:])")
        #expect(result.stdout.contains("\"k8s/pod.yaml\""))
        #expect(object["schemaVersion"] != nil)
    }

    @Test func sarifReport() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let result = try workspace.rampart("scan", "config", "tree", "--format", "sarif", "--fail-on", "never")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let runs = try #require(object["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "RMP-K8S-0005" })
        #expect(
            result.stdout.range(of: #""startLine"\s*:\s*10\b"#, options: .regularExpression) != nil, "line 10 in SARIF")
    }

    @Test func junitReport() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let result = try workspace.rampart("scan", "config", "tree", "--format", "junit")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains("<testsuites"))
        #expect(result.stdout.contains("<failure"))
        #expect(result.stdout.contains("RMP-K8S-0005"))
    }

    @Test func tableReport() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let result = try workspace.rampart("scan", "config", "tree")
        #expect(result.status == 1)
        #expect(result.stdout.contains("RMP-K8S-0005"))
        #expect(result.stdout.contains("k8s/pod.yaml:10"), "\(result.stdout)")
        #expect(result.stdout.contains("Dockerfile:1"))
        #expect(!result.stdout.contains("\u{1B}["), "NO_COLOR and a pipe: no escape sequences")
    }

    @Test(arguments: ["json", "sarif", "junit", "table"])
    func outputFileHoldsTheReport(_ format: String) throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let result = try workspace.rampart(
            "scan", "config", "tree", "--format", format, "--output", "report.out", "--fail-on", "never")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty, "the report goes to the file only")
        let written = try #require(workspace.read("report.out"))
        #expect(written.contains("RMP-K8S-0005"), "\(format)")
        #expect(result.stderr.contains("report.out"))
        let quiet = try workspace.rampart(
            "scan", "config", "tree", "-f", format, "-o", "quiet.out", "--fail-on", "never", "--quiet")
        #expect(quiet.stderr.isEmpty, "\(quiet)")
        #expect(workspace.read("quiet.out") != nil)
    }

    @Test func unwritableOutputIsFatal() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let result = try workspace.rampart(
            "scan", "config", "tree", "--output", "no/such/dir/report.json", "--format", "json")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("no/such/dir/report.json"))
    }
}
