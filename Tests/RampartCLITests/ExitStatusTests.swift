import Foundation
import Testing

/// Exit statuses per the README: 0 clean, 1 findings at or above `--fail-on`, 2 usage or fatal
/// error, 3 incomplete scan under `--strict`.
@Suite struct ExitStatusTests {
    /// A rules folder holding one low-severity rule that flags every ConfigMap.
    static func lowRule(in workspace: Workspace) throws -> String {
        try workspace.write(
            "low-rules/ACME-LOW/rule.yaml",
            """
            id: ACME-LOW
            title: ConfigMaps are noted
            severity: low
            description: Informational test rule.
            remediation: None.
            match:
              platform: kubernetes
              kinds: [ConfigMap]
            validations:
              - expression: "false"
                message: a ConfigMap

            """)
        try workspace.write(
            "tree/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n")
        return workspace.path("low-rules")
    }

    @Test func failOnThresholds() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let rules = try Self.lowRule(in: workspace)
        let base = ["scan", "config", "tree", "--no-builtin-rules", "--policy", rules, "--quiet"]
        #expect(try workspace.rampart(arguments: base).status == 1, "default --fail-on info: any finding fails")
        #expect(try workspace.rampart(arguments: base + ["--fail-on", "low"]).status == 1)
        #expect(try workspace.rampart(arguments: base + ["--fail-on", "medium"]).status == 0)
        #expect(try workspace.rampart(arguments: base + ["--fail-on", "critical"]).status == 0)
        #expect(try workspace.rampart(arguments: base + ["--fail-on", "never"]).status == 0)
    }

    @Test func builtinFindingsFailAndNeverPasses() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("k8s/pod.yaml", Samples.privilegedPod)
        let failing = try workspace.rampart("scan", "config", "k8s")
        #expect(failing.status == 1, "\(failing)")
        #expect(failing.stdout.contains("RMP-K8S-0005"))
        #expect(failing.stdout.contains("pod.yaml:10"), "\(failing.stdout)")
        #expect(try workspace.rampart("scan", "config", "k8s", "--fail-on", "never").status == 0)
    }

    @Test func strictTurnsAnUnparsableFileIntoThree() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let rules = try Self.lowRule(in: workspace)
        try workspace.write("tree/broken.yaml", "apiVersion: v1\nkind: [unclosed\n")
        let base = ["scan", "config", "tree", "--no-builtin-rules", "--policy", rules, "--fail-on", "high"]
        let relaxed = try workspace.rampart(arguments: base)
        #expect(relaxed.status == 0, "\(relaxed)")
        let strict = try workspace.rampart(arguments: base + ["--strict"])
        #expect(strict.status == 3, "\(strict)")
        #expect((strict.stdout + strict.stderr).contains("broken.yaml"))
        #expect(
            try workspace.rampart(arguments: base + ["--strict", "--fail-on", "low"]).status == 1,
            "findings win over --strict")
    }

    @Test(arguments: [
        ["scan", "config", ".", "--fail-on", "sometimes"],
        ["scan", "config", ".", "--severity", "urgent"],
        ["scan", "config", ".", "--no-such-flag"],
        ["frobnicate"],
        ["scan", "config", ".", "--format", "yaml"],
        ["scan", "config", ".", "--policy", "does-not-exist"],
        ["rules", "show", "NO-SUCH-RULE"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.rampart(arguments: arguments)
        #expect(result.status == 2, "\(arguments): \(result)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func customRuleThatDoesNotCompileExitsTwoWithPosition() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("k8s/pod.yaml", Samples.privilegedPod)
        try workspace.write(
            "policies/broken/rule.yaml",
            """
            id: ACME-0002
            title: Broken rule
            severity: high
            description: Does not compile.
            remediation: Fix it.
            match:
              platform: kubernetes
              kinds: [Pod]
            validations:
              - expression: "has(object.metadata.labels) &&"
                message: never

            """)
        let result = try workspace.rampart("scan", "config", "k8s", "--policy", "policies")
        #expect(result.status == 2, "\(result)")
        let located = result.stderr.range(of: #"rule\.yaml:10:\d+"#, options: .regularExpression)
        #expect(located != nil, "stderr should name rule.yaml:10:col: \(result.stderr)")
    }
}
