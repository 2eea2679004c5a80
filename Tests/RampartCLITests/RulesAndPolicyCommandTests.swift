import Foundation
import Testing

/// `rampart rules list|show` and `rampart policy test|eval`.
@Suite struct RulesAndPolicyCommandTests {
    @Test func rulesListTable() throws {
        let result = try RampartProcess.run(["rules", "list"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("RMP-K8S-0005"))
        #expect(result.stdout.contains("RMP-DF-0001"))
        let filtered = try RampartProcess.run(["rules", "list", "--platform", "dockerfile"])
        #expect(filtered.stdout.contains("RMP-DF-0001"))
        #expect(!filtered.stdout.contains("RMP-K8S-0005"))
    }

    @Test func rulesListJSON() throws {
        let result = try RampartProcess.run(["rules", "list", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rules.count >= 100)
        let privileged = try #require(rules.first { $0["id"] as? String == "RMP-K8S-0005" })
        #expect(privileged["severity"] as? String == "high")
        #expect((privileged["aliases"] as? [String])?.contains("CKV_K8S_16") == true)
        let high = try RampartProcess.run([
            "rules", "list", "--format", "json", "--severity", "high", "--platform", "kubernetes",
        ])
        let highRules = try #require(try JSONSerialization.jsonObject(with: Data(high.stdout.utf8)) as? [[String: Any]])
        #expect(!highRules.isEmpty)
        #expect(
            highRules.allSatisfy { $0["severity"] as? String == "high" && $0["platform"] as? String == "kubernetes" })
    }

    @Test(arguments: ["RMP-K8S-0005", "CKV_K8S_16", "ksv017"])
    func rulesShowByIdOrAlias(_ id: String) throws {
        let result = try RampartProcess.run(["rules", "show", id])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("RMP-K8S-0005"))
        #expect(result.stdout.contains("privileged"))
    }

    /// A policy folder with a passing rule and a rule whose expected lines are wrong.
    static func policyFolder(in workspace: Workspace) throws {
        try workspace.write("policies/owner/rule.yaml", Samples.ownerRule)
        try workspace.write("policies/owner/fail.yaml", Samples.deployment(labels: "app: api"))
        try workspace.write("policies/owner/pass.yaml", Samples.deployment(labels: "owner: team-a"))
        try workspace.write("policies/owner/expected.yaml", "fail: [5]\n")
        try workspace.write(
            "policies/wrong/rule.yaml", Samples.ownerRule.replacingOccurrences(of: "ACME-0001", with: "ACME-0009"))
        try workspace.write("policies/wrong/fail.yaml", Samples.deployment(labels: "app: api"))
        try workspace.write("policies/wrong/pass.yaml", Samples.deployment(labels: "owner: team-a"))
        try workspace.write("policies/wrong/expected.yaml", "fail: [2]\n")
    }

    @Test func policyTestReportsPassAndFail() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.policyFolder(in: workspace)
        let result = try workspace.rampart("policy", "test", "policies")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("1 passed, 1 failed"), "\(result.stdout)")
        #expect(result.stdout.contains("PASS   ACME-0001"))
        #expect(result.stdout.contains("FAIL   ACME-0009"))
        let single = try workspace.rampart("policy", "test", "policies/owner")
        #expect(single.status == 0, "\(single)")
        #expect(single.stdout.contains("1 passed, 0 failed"))
    }

    @Test func policyEvalShowsTheTrace() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.policyFolder(in: workspace)
        let result = try workspace.rampart(
            "policy", "eval", "--rule", "policies/owner/rule.yaml", "policies/owner/fail.yaml")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Deployment"))
        #expect(result.stdout.contains("finding:"))
        #expect(result.stdout.contains("workload has no owner label"))
        #expect(result.stdout.contains(":5"), "finding at the labels line: \(result.stdout)")
        let passing = try workspace.rampart(
            "policy", "eval", "--rule", "policies/owner/rule.yaml", "policies/owner/pass.yaml")
        #expect(passing.status == 0)
        #expect(!passing.stdout.contains("finding:"))
    }
}
