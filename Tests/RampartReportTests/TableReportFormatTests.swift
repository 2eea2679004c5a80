import Foundation
import RampartCore
import Testing

@testable import RampartReport

@Suite struct TableReportFormatTests {
    let format = TableReportFormat()

    func render(_ report: ScanReport = SampleReport.report, _ context: ReportContext = SampleReport.context) throws
        -> String
    {
        try format.render(report, context: context)
    }

    @Test func matchesSnapshot() throws {
        Snapshot.expectMatches(try render(), named: "sample.table.txt")
    }

    @Test func matchesTerminalSnapshot() throws {
        var context = SampleReport.context
        context.isTerminal = true
        context.showSuppressed = true
        Snapshot.expectMatches(try render(SampleReport.report, context), named: "sample.table.ansi.txt")
    }

    @Test func writesNoEscapeCodesWhenNotATerminal() throws {
        var context = SampleReport.context
        context.showSuppressed = true
        #expect(!(try render(SampleReport.report, context)).contains("\u{1B}"))
    }

    @Test func coloursSeveritiesOnATerminal() throws {
        var context = SampleReport.context
        context.isTerminal = true
        let text = try render(SampleReport.report, context)
        #expect(text.contains("\u{1B}[91;1mCRITICAL"))
        #expect(text.contains("\u{1B}[31mHIGH"))
        #expect(text.contains("\u{1B}[33mMEDIUM"))
        #expect(text.contains("\u{1B}[34mLOW"))
        #expect(text.contains("\u{1B}[90mINFO"))
    }

    @Test func masksSecretsInCodeFrames() throws {
        var context = SampleReport.context
        context.showSuppressed = true
        context.contextLines = 2
        let text = try render(SampleReport.report, context)
        for secret in SampleReport.rawSecrets {
            #expect(!text.contains(secret))
            #expect(!text.contains(secret.dropFirst(4).prefix(8)))
        }
        #expect(text.contains("AWS_ACCESS_KEY_ID=AKIA****************"))
        #expect(text.contains("AWS_SECRET_ACCESS_KEY=wJal************************************"))
        #expect(text.contains("LOG_LEVEL=debug"), "non-secret context lines stay readable")
    }

    @Test func masksASecretShownOnlyAsContextOfAnotherFinding() throws {
        // Only the key ID finding is kept (severity filter), yet line 4's secret is context.
        var report = SampleReport.report
        report.findings = report.findings.map { finding in
            var finding = finding
            if finding.ruleID == "RMP-SEC-0002" { finding.severity = .low }
            return finding
        }
        let text = try render(report, ReportContext(sourceLines: SampleReport.sources, minimumSeverity: .critical))
        #expect(text.contains("AWS_ACCESS_KEY_ID=AKIA"))
        #expect(text.contains("AWS_SECRET_ACCESS_KEY=wJal****"))
        #expect(!text.contains("XUtnFEMI"))
    }

    @Test func summarisesCountsBySeverity() throws {
        let text = try render()
        let last = text.split(separator: "\n").last.map(String.init)
        #expect(
            last
                == "10 findings (2 critical, 2 high, 3 medium, 2 low, 1 info), 1 suppressed, 3 diagnostics, 40 files, 95 resources scanned"
        )
    }

    @Test func minimumSeverityFiltersFindingsAndCounts() throws {
        var context = SampleReport.context
        context.minimumSeverity = .high
        let text = try render(SampleReport.report, context)
        #expect(
            text.hasSuffix(
                "4 findings at or above high (2 critical, 2 high), 1 suppressed, 3 diagnostics, 40 files, 95 resources scanned\n"
            ))
        #expect(!text.contains("RMP-K8S-0002"))
        #expect(!text.contains("RMP-K8S-0005"), "the suppressed finding is critical but hidden by default")
    }

    @Test func showsSuppressedFindingsOnlyWhenAsked() throws {
        #expect(!(try render()).contains("RMP-K8S-0005"))
        var context = SampleReport.context
        context.showSuppressed = true
        let text = try render(SampleReport.report, context)
        #expect(text.contains("RMP-K8S-0005  Pod uses the host network  (suppressed)"))
        #expect(
            text.contains(
                "suppressed by inline rampart:ignore:RMP-K8S-0005 at deploy/web.yaml:9:26: load balancer health checks need it"
            ))
    }

    @Test func groupsByFileInSortedOrder() throws {
        let text = try render()
        let headers = [
            "Dockerfile\n", "charts/café app/values.yaml\n", "config/app.env\n", "deploy/web.yaml\n", "nginx:1.25\n",
        ]
        let positions = headers.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == headers.count)
        #expect(positions == positions.sorted())
    }

    @Test func endsEachFindingWithTheRulesRemedy() throws {
        let text = try render()
        #expect(text.contains("    15 |             runAsUser: 0\n  fix: Set securityContext.privileged to false.\n"))
        #expect(
            !text.contains(
                "RMP-DF-0003  No HEALTHCHECK instruction\n  --> Dockerfile:1:1 (stage 0)\n  the image declares no HEALTHCHECK\n  > 1 | FROM node:latest\n      | ^\n    2 | RUN apt-get update && apt-get install -y curl\n  fix:"
            ),
            "a rule missing from the report has no remedy line")
    }

    @Test func listsDiagnosticsAsNotFullyScanned() throws {
        let text = try render()
        #expect(text.contains("Not fully scanned (3)"))
        #expect(
            text.contains(
                "  deploy/broken.yaml:3:5: error[syntax-error]: mapping values are not allowed here; fix the indentation"
            ))
        #expect(text.contains("  assets/logo.png: note[binary-file]: binary file skipped"))
    }

    @Test func reportsNoFindings() throws {
        let report = ScanReport(
            tool: .init(version: "1.0.0"), target: ".", scanners: ["config"], createdAt: "", scannedFiles: 1,
            scannedResources: 1)
        #expect(try render(report, ReportContext()) == "No findings, 1 file, 1 resource scanned\n")
    }

    @Test func cutsAMegabyteLineToTheTerminal() throws {
        let line = String(repeating: "a", count: 500_000) + "SECRETVALUE" + String(repeating: "b", count: 500_000)
        let finding = Finding(
            kind: .secret, ruleID: "S-1", severity: .high, title: "Secret", target: "min.js",
            location: SampleReport.range("min.js", 2, 500_001, 2, 500_012), message: "a secret"
        )
        let report = ScanReport(
            tool: .init(version: "1"), target: ".", scanners: [], createdAt: "", findings: [finding])
        let context = ReportContext(terminalWidth: 80, sourceLines: .inMemory(["min.js": "x\n\(line)\ny\n"]))
        let text = try render(report, context)
        for row in text.split(separator: "\n") {
            #expect(TerminalText.width(of: String(row)) <= 80, "\(row.prefix(100))")
        }
        #expect(text.contains("SECR*******"))
        #expect(!text.contains("ETVALUE"))
    }

    @Test func neverPrintsControlCharactersFromInput() throws {
        let finding = Finding(
            kind: .misconfiguration, ruleID: "X-1", severity: .low, title: "t\u{1B}[2J", target: "a.yaml",
            location: SampleReport.range("a.yaml", 1, 1, 1, 4), message: "m\u{1B}]0;pwned\u{07}\u{202E}"
        )
        let report = ScanReport(
            tool: .init(version: "1"), target: ".", scanners: [], createdAt: "", findings: [finding])
        let context = ReportContext(sourceLines: .inMemory(["a.yaml": "key\u{1B}[31m: \u{0}value\n"]))
        let text = try render(report, context)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
        #expect(text.contains("key\u{FFFD}[31m: \u{FFFD}value"))
    }
}
