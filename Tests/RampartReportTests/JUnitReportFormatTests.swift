import Foundation
import RampartCore
import Testing

@testable import RampartReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses JUnit XML back, counting elements and keeping test case attributes.
final class JUnitReader: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var testCases: [[String: String]] = []
    var suites: [[String: String]] = []
    var root: [String: String] = [:]
    var outcomes: [String: [String: String]] = [:]
    var text = ""
    private var current: String?

    static func read(_ xml: String) -> (reader: JUnitReader, ok: Bool, error: String) {
        let reader = JUnitReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        let ok = parser.parse()
        return (reader, ok, parser.parserError.map { "\($0)" } ?? "")
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
        switch name {
        case "testsuites": root = attributes
        case "testsuite": suites.append(attributes)
        case "testcase":
            testCases.append(attributes)
            current = attributes["name"]
        case "failure", "skipped", "error":
            if let current { outcomes[current] = attributes.merging(["element": name]) { $1 } }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct JUnitReportFormatTests {
    let format = JUnitReportFormat()

    func render(_ report: ScanReport = SampleReport.report, _ context: ReportContext = SampleReport.context) throws
        -> String
    {
        try format.render(report, context: context)
    }

    @Test func matchesSnapshot() throws {
        Snapshot.expectMatches(try render(), named: "sample.junit.xml")
    }

    @Test func isWellFormedWithOneSuitePerFile() throws {
        let (reader, ok, error) = JUnitReader.read(try render())
        #expect(ok, "\(error)")
        #expect(
            reader.suites.compactMap { $0["name"] } == [
                "Dockerfile", "assets/logo.png", "charts/café app/values.yaml", "config/app.env",
                "deploy/broken.yaml", "deploy/web.yaml", "nginx:1.25",
            ])
        #expect(reader.counts["testcase"] == SampleReport.findings.count + SampleReport.diagnostics.count)
        #expect(reader.counts["failure"] == 10)
        #expect(reader.counts["skipped"] == 1)
        #expect(reader.counts["error"] == 1)
        #expect(reader.root["tests"] == "14")
        #expect(reader.root["failures"] == "10")
        #expect(reader.root["skipped"] == "1")
        #expect(reader.root["errors"] == "1")
    }

    @Test func describesFailuresAndSkips() throws {
        let (reader, ok, _) = JUnitReader.read(try render())
        #expect(ok)
        let name = "RMP-K8S-0001: Container runs privileged (Deployment/default/web) at 14:13"
        #expect(
            reader.outcomes[name] == [
                "element": "failure", "message": "container \"app\" runs privileged", "type": "high",
            ])
        let privileged = try #require(reader.testCases.first { $0["name"] == name })
        #expect(privileged["classname"] == "deploy/web.yaml")
        #expect(privileged["file"] == "deploy/web.yaml")
        #expect(privileged["line"] == "14")
        let skipped = try #require(reader.outcomes.first { $0.key.hasPrefix("RMP-K8S-0005") }?.value)
        #expect(skipped["element"] == "skipped")
        #expect(skipped["message"]?.contains("load balancer health checks need it") == true)
        #expect(reader.text.contains("Remediation: Set securityContext.privileged to false."))
    }

    @Test func escapesMarkupAndControlCharacters() throws {
        let nasty = "a<b>&\"c\" 'd'\u{1}\u{1B}\r\n\tend\u{FFFE}"
        let finding = Finding(
            kind: .misconfiguration, ruleID: "X<1>", severity: .low, title: nasty, target: "a&b.yaml", message: nasty)
        let report = ScanReport(
            tool: .init(version: "1"), target: ".", scanners: [], createdAt: "", findings: [finding])
        let xml = try render(report, ReportContext())
        let (reader, ok, error) = JUnitReader.read(xml)
        #expect(ok, "\(error)")
        let outcome = try #require(reader.outcomes.values.first)
        #expect(outcome["message"] == "a<b>&\"c\" 'd'\u{FFFD}\u{FFFD}\r\n\tend\u{FFFD}")
        #expect(reader.suites.first?["name"] == "a&b.yaml")
    }

    @Test func passesOneTestCaseWhenNothingWasFound() throws {
        let report = ScanReport(
            tool: .init(version: "1"), target: "repo", scanners: ["config"], createdAt: "", scannedFiles: 3)
        let (reader, ok, _) = JUnitReader.read(try render(report, ReportContext()))
        #expect(ok)
        #expect(reader.counts["testcase"] == 1)
        #expect(reader.counts["failure"] == nil)
        #expect(reader.testCases.first?["name"] == "no findings in 3 files")
    }

    @Test func escapesXMLText() {
        #expect(XMLText.content("<a & b>\n\"q\"") == "&lt;a &amp; b&gt;\n\"q\"")
        #expect(XMLText.attribute("\"x\"\n\t\r") == "&quot;x&quot;&#10;&#9;&#13;")
        #expect(XMLText.content("\u{0}\u{8}") == "\u{FFFD}\u{FFFD}")
    }
}
