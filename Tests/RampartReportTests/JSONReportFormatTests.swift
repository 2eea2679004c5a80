import Foundation
import RampartCore
import RampartTesting
import Testing

@testable import RampartReport

@Suite struct JSONReportFormatTests {
    let format = JSONReportFormat()

    func render(_ report: ScanReport = SampleReport.report, _ context: ReportContext = SampleReport.context) throws
        -> String
    {
        try format.render(report, context: context)
    }

    func parse(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func matchesSnapshot() throws {
        Snapshot.expectMatches(try render(), named: "sample.json")
    }

    @Test func isDeterministicWhateverTheInputOrder() throws {
        var shuffled = SampleReport.report
        shuffled.findings.reverse()
        shuffled.diagnostics.reverse()
        #expect(try render(shuffled) == (try render()))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable || SharedData.isCI))
    func validatesAgainstTheDocumentedSchema() throws {
        guard SchemaValidator.isAvailable else {
            Issue.record("cannot validate: \(SchemaValidator.unavailableReason)")
            return
        }
        let schema = Snapshot.directory.deletingLastPathComponent().appendingPathComponent(
            "Fixtures/report-schema.json")
        for context in [SampleReport.context, ReportContext(minimumSeverity: .critical)] {
            let result = try SchemaValidator.validate(
                try render(SampleReport.report, context), schema: schema.path, fileExtension: "json")
            #expect(result.status == 0, "\(result.output)")
        }
        let empty = ScanReport(tool: .init(version: "1"), target: ".", scanners: [], createdAt: "2026-01-01T00:00:00Z")
        let result = try SchemaValidator.validate(try render(empty), schema: schema.path, fileExtension: "json")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func carriesSummaryFindingsRulesAndDiagnostics() throws {
        let root = try parse(try render())
        #expect(root["schemaVersion"] as? Int == 1)
        #expect((root["tool"] as? [String: Any])?["version"] as? String == "0.3.0")
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["failing"] as? Int == 10)
        #expect(summary["suppressed"] as? Int == 1)
        #expect(summary["files"] as? Int == 40)
        #expect(summary["resources"] as? Int == 95)
        let bySeverity = try #require(summary["bySeverity"] as? [String: Int])
        #expect(bySeverity == ["critical": 2, "high": 2, "medium": 3, "low": 2, "info": 1])

        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == SampleReport.findings.count)
        #expect(findings.map { $0["ruleId"] as? String } == SampleReport.report.sortedFindings.map(\.ruleID))
        let rules = try #require(root["rules"] as? [String: Any])
        #expect(
            Set(rules.keys) == Set(SampleReport.findings.map(\.ruleID)),
            "every finding's rule, even one missing from the report")
        #expect((root["diagnostics"] as? [Any])?.count == 3)
    }

    @Test func leavesOutFindingsAndRulesBelowTheMinimumSeverity() throws {
        let root = try parse(try render(SampleReport.report, ReportContext(minimumSeverity: .critical)))
        let rules = try #require(root["rules"] as? [String: Any])
        #expect(Set(rules.keys) == ["RMP-SEC-0001", "RMP-SEC-0002", "RMP-K8S-0005"])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["failing"] as? Int == 2)
        #expect(summary["suppressed"] as? Int == 1)
        #expect(summary["minimumSeverity"] as? String == "critical")
    }

    @Test func marksSuppressedFindingsWithTheirSuppression() throws {
        let findings = try #require(try parse(try render())["findings"] as? [[String: Any]])
        let suppressed = try #require(findings.first { $0["ruleId"] as? String == "RMP-K8S-0005" })
        #expect(suppressed["status"] as? String == "suppressed")
        let suppression = try #require(suppressed["suppression"] as? [String: Any])
        #expect(suppression["source"] as? String == "inline")
        #expect(suppression["reason"] as? String == "load balancer health checks need it")
        #expect(suppression["marker"] as? String == "rampart:ignore:RMP-K8S-0005")
        #expect((suppression["location"] as? [String: Any])?["startLine"] as? Int == 9)
        let failing = try #require(findings.first { $0["ruleId"] as? String == "RMP-K8S-0001" })
        #expect(failing["status"] as? String == "fail")
        #expect(failing["suppression"] == nil)
    }

    @Test func writesLocationsOnlyAsFarAsTheyAreKnown() throws {
        let findings = try #require(try parse(try render())["findings"] as? [[String: Any]])
        let unknownSpan = try #require(findings.first { $0["ruleId"] as? String == "RMP-K8S-0010" })
        #expect(unknownSpan["location"] as? [String: String] == ["file": "charts/café app/values.yaml"])
        #expect(findings.first { $0["ruleId"] as? String == "CVE-2026-12345" }?["location"] == nil)
        #expect(unknownSpan["message"] as? String == "Wert «allowPrivilegeEscalation» ist wahr — 容器可提权 ✗")
    }

    @Test func escapesStringsAsJSONRequires() {
        let value = JSONValue.object(["k": .string("q\"b\\n\n\u{1}\u{2028}é")])
        #expect(value.serialized() == "{\n  \"k\": \"q\\\"b\\\\n\\n\\u0001\\u2028é\"\n}\n")
        #expect(
            JSONValue.object(["b": .int(1), "a": .array([]), "C": .object([:])]).serialized()
                == "{\n  \"C\": {},\n  \"a\": [],\n  \"b\": 1\n}\n")
    }
}
