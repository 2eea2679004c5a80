import Foundation
import RampartCore
import RampartReport
import Testing

/// Times every format on a large report. Runs only with `RAMPART_BENCH=1` (timings on a shared
/// machine are noisy); prints one line per format.
@Suite struct ReportPerformanceTests {
    static let isEnabled = ProcessInfo.processInfo.environment["RAMPART_BENCH"] == "1"

    static func largeReport(files: Int, findingsPerFile: Int) -> (ScanReport, SourceLineReader) {
        var findings: [Finding] = []
        var sources: [String: String] = [:]
        let severities = Severity.allCases
        for file in 0..<files {
            let path = "manifests/app-\(file).yaml"
            sources[path] = (1...200).map { "  key\($0): value \($0) with some text to make the line longer" }.joined(
                separator: "\n")
            for index in 0..<findingsPerFile {
                let line = 1 + (index * 7) % 200
                findings.append(
                    Finding(
                        kind: index % 10 == 0 ? .secret : .misconfiguration,
                        ruleID: "RMP-K8S-\(String(format: "%04d", index % 50))",
                        severity: severities[index % severities.count], title: "Rule number \(index % 50)",
                        target: path,
                        resource: "Deployment/default/app-\(file)",
                        location: SourceRange(
                            file: path, span: SourceSpan(line: line, column: 3, endLine: line, endColumn: 12)),
                        message: "finding \(index) in file \(file)"
                    ))
            }
        }
        let report = ScanReport(
            tool: .init(version: "1.0.0"), target: ".", scanners: ["config"], createdAt: "2026-11-29T09:00:00Z",
            findings: findings, scannedFiles: files, scannedResources: files
        )
        return (report, .inMemory(sources))
    }

    @Test(.enabled(if: isEnabled))
    func rendersTwentyThousandFindings() throws {
        let (report, sources) = Self.largeReport(files: 500, findingsPerFile: 40)
        let context = ReportContext(sourceLines: sources)
        for format in BuiltinReportFormats.all {
            let clock = ContinuousClock()
            var bytes = 0
            let elapsed = try clock.measure { bytes = try format.render(report, context: context).utf8.count }
            print("\(format.id): \(report.findings.count) findings, \(bytes / 1024) KiB in \(elapsed)")
            #expect(bytes > 0)
        }
    }
}
