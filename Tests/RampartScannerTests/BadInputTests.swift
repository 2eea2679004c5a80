import Foundation
import RampartCore
import RampartScanner
import Testing

/// Every kind of hostile or broken input becomes a diagnostic naming the file (and line:col where
/// the input has one), and every other file of the same tree is still scanned with its findings.
@Suite(.timeLimit(.minutes(2))) struct BadInputTests {
    /// One broken input: the file to plant and what the scan must say about it.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var bytes: [UInt8]
        /// Diagnostic codes any one of which is acceptable.
        var codes: Set<String>
        /// The 1-based line the diagnostic must point at, when the input has one.
        var line: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "malformed YAML", file: "bad/malformed.yaml",
            bytes: Array("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\ndata: {}\n".utf8),
            codes: ["syntax-error"], line: 5),
        Case(
            name: "truncated manifest", file: "bad/truncated.yaml",
            bytes: Array(Canary.pod.utf8.prefix(Canary.pod.utf8.count - 6)) + Array(" \"unterminated".utf8),
            codes: ["syntax-error"], line: 10),
        Case(
            name: "invalid UTF-8", file: "bad/latin1.yaml",
            bytes: Array("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf".utf8) + [0xE9, 0xFF, 0x0A],
            codes: ["invalid-encoding", "syntax-error"], line: 4),
        Case(
            name: "binary file named .yaml", file: "bad/image.yaml",
            bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
                + Array(repeating: 0, count: 64),
            codes: ["binary-file"], line: nil),
        Case(
            name: "deeply nested flow (100k levels)", file: "bad/deep-flow.yaml",
            bytes: Array("key: ".utf8) + Array(repeating: UInt8(ascii: "["), count: 100_000)
                + Array(repeating: UInt8(ascii: "]"), count: 100_000) + [0x0A],
            codes: ["nesting-too-deep"], line: 1),
        Case(
            name: "deeply nested block (100k levels)", file: "bad/deep-block.yaml",
            bytes: Array(String(repeating: "- ", count: 100_000).utf8) + Array("x\n".utf8),
            codes: ["nesting-too-deep"], line: 1),
        Case(
            name: "deeply nested JSON (100k levels)", file: "bad/deep.json",
            bytes: Array("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"data\": ".utf8)
                + Array(repeating: UInt8(ascii: "["), count: 100_000)
                + Array(repeating: UInt8(ascii: "]"), count: 100_000)
                + Array("}\n".utf8),
            codes: ["nesting-too-deep"], line: 1),
        Case(
            name: "alias bomb (billion laughs)", file: "bad/laughs.yaml",
            bytes: Array(BadInputTests.billionLaughs.utf8),
            codes: ["alias-budget-exceeded"], line: nil),
    ]

    static var billionLaughs: String {
        var lines = [
            "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: lol", "data:",
            "  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]",
        ]
        var previous = "a"
        for letter in "bcdefghij" {
            let name = String(letter)
            lines.append(
                "  \(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ",") + "]")
            previous = name
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: cases)
    func diagnosedAndTreeStillScanned(_ input: Case) async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        try tree.write(input.file, bytes: input.bytes)
        let report = await ScanHarness.scan(tree.root)
        let diagnostics = report.diagnostics(for: input.file)
        let matching = diagnostics.filter { input.codes.contains($0.code.rawValue) }
        #expect(
            !matching.isEmpty, "\(input.name): expected \(input.codes) for \(input.file), got \(report.diagnostics)")
        if let line = input.line {
            #expect(
                matching.contains { $0.range?.start.line == line && ($0.range?.start.column ?? 0) >= 1 },
                "\(input.name): expected a diagnostic at line \(line), got \(matching.map { "\($0.range.map(\.description) ?? "-")" })"
            )
        }
        Self.expectCanariesFound(report)
    }

    @Test func allBadInputsInOneTree() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        for input in Self.cases { try tree.write(input.file, bytes: input.bytes) }
        let report = await ScanHarness.scan(tree.root)
        for input in Self.cases {
            #expect(
                report.diagnostics(for: input.file).contains { input.codes.contains($0.code.rawValue) }, "\(input.name)"
            )
        }
        Self.expectCanariesFound(report)
    }

    static func expectCanariesFound(_ report: ScanReport, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            report.lines(of: Canary.podRule, in: Canary.podPath) == [Canary.podLine],
            "canary pod not scanned; diagnostics: \(report.diagnostics)", sourceLocation: sourceLocation)
        #expect(
            report.lines(of: Canary.dockerfileRule, in: Canary.dockerfilePath) == [Canary.dockerfileLine],
            "canary Dockerfile not scanned", sourceLocation: sourceLocation)
    }
}
