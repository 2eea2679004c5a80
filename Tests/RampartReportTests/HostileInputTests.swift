import Foundation
import RampartCore
import RampartReport
import RampartTesting
import Testing

/// Reports full of hostile text (controls, escapes, bidi overrides, lone combining marks, XML
/// and JSON metacharacters, odd spans) must still give well-formed, terminal-safe output.
@Suite struct HostileInputTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        mutating func text() -> String {
            let pieces: [String] = [
                "a", "Z", " ", "\t", "\n", "\r\n", "\u{0}", "\u{1B}[31m", "\u{7}", "\u{7F}", "\u{85}", "\u{202E}",
                "\u{2028}", "\u{301}", "é", "容", "🙂", "<", ">", "&", "\"", "'", "\\", "]]>", "{", "%", "/",
                "\u{FFFE}", "\u{FEFF}",
            ]
            return (0..<int(0...12)).map { _ in pieces[int(0...(pieces.count - 1))] }.joined()
        }
        mutating func span() -> SourceSpan {
            SourceSpan(line: int(-1...6), column: int(-1...30), endLine: int(-1...7), endColumn: int(-1...40))
        }
    }

    static func report(seed: UInt64) -> (ScanReport, SourceLineReader) {
        var random = Generator(state: seed)
        var sources: [String: String] = [:]
        var findings: [Finding] = []
        for index in 0..<random.int(1...8) {
            let file = "dir/\(random.text())\(index).yaml"
            sources[file] = (0..<random.int(0...6)).map { _ in random.text() }.joined(separator: "\n")
            findings.append(
                Finding(
                    kind: random.int(0...2) == 0 ? .secret : .misconfiguration, ruleID: random.text(),
                    severity: Severity.allCases[random.int(0...4)], title: random.text(), target: file,
                    resource: random.text(),
                    location: random.int(0...4) == 0 ? nil : SourceRange(file: file, span: random.span()),
                    message: random.text(), evidence: random.text(),
                    status: random.int(0...3) == 0
                        ? .suppressed(
                            Suppression(source: .ignoreFile, reason: random.text(), marker: random.text())) : .fail
                ))
        }
        let diagnostics = (0..<random.int(0...3)).map { _ in
            Diagnostic(.syntaxError, random.text(), at: SourceRange(file: random.text(), span: random.span()))
        }
        let report = ScanReport(
            tool: .init(version: "1.0.0"), target: random.text(), scanners: [random.text()], createdAt: random.text(),
            findings: findings, diagnostics: diagnostics
        )
        return (report, .inMemory(sources))
    }

    @Test(arguments: 1...60)
    func producesWellFormedOutput(seed: Int) throws {
        let (report, sources) = Self.report(seed: UInt64(seed))
        let context = ReportContext(
            terminalWidth: 50, sourceLines: sources, showSuppressed: true, contextLines: 2)

        let table = try TableReportFormat().render(report, context: context)
        #expect(!table.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(!table.unicodeScalars.contains { $0.value == 0x202E })

        for format in [JSONReportFormat() as any ReportFormat, SARIFReportFormat()] {
            let text = try format.render(report, context: context)
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
        }

        let xml = try JUnitReportFormat().render(report, context: context)
        let (_, ok, error) = JUnitReader.read(xml)
        #expect(ok, "\(error)")
    }

    @Test(.enabled(if: SchemaValidator.isAvailable || SharedData.isCI))
    func staysValidSARIFAndJSON() throws {
        guard SchemaValidator.isAvailable else {
            Issue.record("cannot validate: \(SchemaValidator.unavailableReason)")
            return
        }
        let schema = Snapshot.directory.deletingLastPathComponent().appendingPathComponent(
            "Fixtures/report-schema.json")
        // RAMPART_HOSTILE_SEEDS widens the sweep (one validator process per document and seed).
        let seeds = ProcessInfo.processInfo.environment["RAMPART_HOSTILE_SEEDS"].flatMap(Int.init) ?? 4
        for seed in 1...max(1, seeds) {
            let (report, sources) = Self.report(seed: UInt64(seed))
            let context = ReportContext(sourceLines: sources)
            let sarif = try SchemaValidator.validate(
                try SARIFReportFormat().render(report, context: context), schema: "sarif", fileExtension: "sarif")
            #expect(sarif.status == 0, "seed \(seed): \(sarif.output)")
            let json = try SchemaValidator.validate(
                try JSONReportFormat().render(report, context: context), schema: schema.path, fileExtension: "json")
            #expect(json.status == 0, "seed \(seed): \(json.output)")
        }
    }
}
