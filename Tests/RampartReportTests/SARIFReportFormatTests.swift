import Foundation
import RampartCore
import RampartTesting
import Testing

@testable import RampartReport

@Suite struct SARIFReportFormatTests {
    let format = SARIFReportFormat()

    func run(_ report: ScanReport = SampleReport.report, _ context: ReportContext = SampleReport.context) throws
        -> [String: Any]
    {
        let text = try format.render(report, context: context)
        let root = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require((root["runs"] as? [[String: Any]])?.first)
    }

    func results(_ run: [String: Any]) throws -> [[String: Any]] {
        try #require(run["results"] as? [[String: Any]])
    }

    func physical(_ result: [String: Any]) -> [String: Any]? {
        ((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any]
    }

    @Test func matchesSnapshot() throws {
        Snapshot.expectMatches(
            try format.render(SampleReport.report, context: SampleReport.context), named: "sample.sarif")
    }

    @Test(.enabled(if: SchemaValidator.isAvailable || SharedData.isCI))
    func validatesAgainstTheSARIFSchema() throws {
        guard SchemaValidator.isAvailable else {
            Issue.record("cannot validate: \(SchemaValidator.unavailableReason)")
            return
        }
        let empty = ScanReport(
            tool: .init(version: "1.0.0"), target: ".", scanners: ["config"], createdAt: "not a date")
        for (report, context) in [(SampleReport.report, SampleReport.context), (empty, ReportContext())] {
            let text = try format.render(report, context: context)
            let result = try SchemaValidator.validate(text, schema: "sarif", fileExtension: "sarif")
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func describesEveryRuleOnceWithGitHubProperties() throws {
        let run = try run()
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "Rampart")
        #expect(driver["semanticVersion"] as? String == "0.3.0")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted())
        #expect(Set(ids) == Set(SampleReport.findings.map(\.ruleID)))
        let privileged = try #require(rules.first { $0["id"] as? String == "RMP-K8S-0001" })
        #expect(privileged["name"] as? String == "ContainerRunsPrivileged")
        #expect(
            privileged["helpUri"] as? String == "https://kubernetes.io/docs/concepts/security/pod-security-standards/")
        let properties = try #require(privileged["properties"] as? [String: Any])
        #expect(properties["security-severity"] as? String == "8.0")
        #expect(properties["precision"] as? String == "very-high")
        #expect(
            properties["tags"] as? [String] == [
                "kubernetes", "misconfiguration", "security", "cis-kubernetes", "pss", "pod-security",
            ])
        let help = try #require(privileged["help"] as? [String: String])
        #expect(
            help["markdown"]?.contains(
                "[https://kubernetes.io/docs/concepts/security/pod-security-standards/](https://kubernetes.io/docs/concepts/security/pod-security-standards/)"
            ) == true)
        #expect(help["markdown"]?.contains("`CKV_K8S_16`") == true)
        let scores = rules.compactMap { ($0["properties"] as? [String: Any])?["security-severity"] as? String }
        #expect(Set(scores) == ["9.5", "8.0", "5.5", "2.0", "0.0"])
    }

    @Test func pointsEachResultAtItsRule() throws {
        let run = try run()
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for result in try results(run) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let fingerprints = result["partialFingerprints"] as? [String: String]
            #expect(fingerprints?["rampart/v1"]?.count == 32)
        }
    }

    @Test(arguments: [
        (Severity.critical, "error"), (.high, "error"), (.medium, "warning"), (.low, "note"), (.info, "note"),
    ])
    func mapsSeverityToLevel(severity: Severity, level: String) {
        #expect(SARIFReportFormat.level(severity) == level)
    }

    @Test func encodesRelativeURIsAndOmitsUnknownRegions() throws {
        let results = try results(try run())
        let chart = try #require(results.first { $0["ruleId"] as? String == "RMP-K8S-0010" })
        let location = try #require(physical(chart))
        #expect(
            (location["artifactLocation"] as? [String: String]) == [
                "uri": "charts/caf%C3%A9%20app/values.yaml", "uriBaseId": "%SRCROOT%",
            ])
        #expect(location["region"] == nil)
        let image = try #require(results.first { $0["ruleId"] as? String == "CVE-2026-12345" })
        #expect((physical(image)?["artifactLocation"] as? [String: String])?["uri"] == "nginx%3A1.25")
        #expect(physical(image)?["region"] == nil)
    }

    @Test func mapsSpansToRegions() {
        func region(_ span: SourceSpan) -> JSONValue? { SARIFLocation.region(span) }
        #expect(
            region(SourceSpan(line: 3, column: 5, endLine: 3, endColumn: 9))
                == .object(["startLine": .int(3), "startColumn": .int(5), "endLine": .int(3), "endColumn": .int(9)]))
        #expect(
            region(SourceSpan(at: SourcePosition(line: 2, column: 4)))
                == .object(["startLine": .int(2), "startColumn": .int(4)]), "an empty span runs to the end of its line")
        #expect(
            region(SourceSpan(line: 2, column: 3, endLine: 5, endColumn: 1))
                == .object(["startLine": .int(2), "startColumn": .int(3), "endLine": .int(4)]))
        #expect(region(SourceSpan(line: 7, column: 0, endLine: 7, endColumn: 0)) == .object(["startLine": .int(7)]))
        #expect(region(.unknown) == nil)
    }

    @Test func mapsPathsToArtifactURIs() {
        #expect(
            SARIFLocation.artifact("./a b/c#d.yaml")
                == .object(["uri": .string("a%20b/c%23d.yaml"), "uriBaseId": .string("%SRCROOT%")]))
        #expect(
            SARIFLocation.artifact("dir\\main.tf")
                == .object(["uri": .string("dir/main.tf"), "uriBaseId": .string("%SRCROOT%")]))
        #expect(SARIFLocation.artifact("/etc/passwd") == .object(["uri": .string("file:///etc/passwd")]))
        #expect(SARIFLocation.artifact("C:\\src\\x.tf") == .object(["uri": .string("file:///C:/src/x.tf")]))
    }

    @Test func recordsSuppressionsWithJustification() throws {
        let results = try results(try run())
        let suppressed = try #require(results.first { $0["ruleId"] as? String == "RMP-K8S-0005" })
        let suppressions = try #require(suppressed["suppressions"] as? [[String: Any]])
        #expect(suppressions.count == 1)
        #expect(suppressions[0]["kind"] as? String == "inSource")
        #expect(suppressions[0]["status"] as? String == "accepted")
        #expect(suppressions[0]["justification"] as? String == "load balancer health checks need it")
        #expect(results.filter { $0["suppressions"] != nil }.count == 1)
    }

    @Test func reportsDiagnosticsAsNotifications() throws {
        let invocation = try #require((try run()["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        #expect(invocation["startTimeUtc"] as? String == "2026-11-29T09:00:00Z")
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.compactMap { $0["level"] as? String } == ["note", "error", "warning"])
    }

    @Test func resolvesTheSourceRootWhenKnown() throws {
        let bases = try #require(try run()["originalUriBaseIds"] as? [String: Any])
        #expect((bases["%SRCROOT%"] as? [String: Any])?["uri"] as? String == "file:///src/deploy-repo/")
        let unresolved = try #require(
            try run(SampleReport.report, ReportContext())["originalUriBaseIds"] as? [String: Any])
        #expect((unresolved["%SRCROOT%"] as? [String: Any])?["uri"] == nil)
    }

    @Test func appliesTheMinimumSeverity() throws {
        let run = try run(SampleReport.report, ReportContext(minimumSeverity: .critical))
        let ids = try results(run).compactMap { $0["ruleId"] as? String }
        #expect(ids == ["RMP-SEC-0001", "RMP-SEC-0002", "RMP-K8S-0005"])
    }

    @Test func neverWritesEmptyTextsForBareFindings() throws {
        let bare = Finding(
            kind: .misconfiguration, ruleID: "X-1", severity: .low, title: "", target: "a.tf", message: "")
        let report = ScanReport(
            tool: .init(version: "1.0.0"), target: ".", scanners: [], createdAt: "", findings: [bare])
        let run = try run(report, ReportContext())
        let rule = try #require(
            (((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])?.first)
        #expect(rule["name"] == nil)
        #expect((rule["shortDescription"] as? [String: String])?["text"] == "X-1")
        #expect(((try results(run).first)?["message"] as? [String: String])?["text"] == "X-1")
    }

    @Test func namesRulesInPascalCase() {
        #expect(SARIFReportFormat.pascalCase("Container runs privileged") == "ContainerRunsPrivileged")
        #expect(
            SARIFReportFormat.pascalCase("nginx: heap overflow in the HTTP/3 module")
                == "NginxHeapOverflowInTheHTTP3Module")
        #expect(SARIFReportFormat.pascalCase("Last USER is root") == "LastUSERIsRoot")
    }
}
