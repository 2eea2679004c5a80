import Foundation
import RampartCore
import Testing

@testable import RampartReport

@Suite struct CodeFrameTests {
    func frame(_ text: String, _ span: SourceSpan, width: Int = 100, context: Int = 1, secrets: [SourceSpan] = [])
        -> [String]
    {
        let lines = SourceLineReader.splitLines(text)
        let findings = secrets.map {
            Finding(
                kind: .secret, ruleID: "S", severity: .high, title: "s", target: "f",
                location: SourceRange(file: "f", span: $0), message: "")
        }
        return CodeFrame(
            lines: lines, span: span, mask: SecretMask(file: "f", findings: findings), contextLines: context,
            terminalWidth: width, severity: .high, style: ANSIStyle(isEnabled: false)
        ).render()
    }

    @Test func marksTheLineAndUnderlinesTheSpan() {
        let rows = frame("a: 1\nbb: two\nc: 3\n", SourceSpan(line: 2, column: 5, endLine: 2, endColumn: 8))
        #expect(
            rows == [
                "    1 | a: 1",
                "  > 2 | bb: two",
                "      |     ^^^",
                "    3 | c: 3",
            ])
    }

    @Test func leavesNoTrailingSpaceOnEmptyLines() {
        let rows = frame("a\n\nb\n", SourceSpan(line: 3, column: 1, endLine: 3, endColumn: 2))
        #expect(rows == ["    2 |", "  > 3 | b", "      | ^"])
    }

    @Test func underlinesAnEmptySpanWithOneCaret() {
        let rows = frame("abc\n", SourceSpan(at: SourcePosition(line: 1, column: 2)), context: 0)
        #expect(rows == ["  > 1 | abc", "      |  ^"])
    }

    @Test func elidesLongSpansAndEndsBeforeAColumnOneEnd() {
        let text = (1...9).map { "line \($0)" }.joined(separator: "\n")
        let rows = frame(text, SourceSpan(line: 2, column: 1, endLine: 8, endColumn: 1))
        #expect(rows.filter { $0.hasPrefix("  >") }.count == CodeFrame.maximumMarkedLines)
        #expect(rows.last == "      | ... (2 more lines)")
        let short = frame(text, SourceSpan(line: 2, column: 1, endLine: 4, endColumn: 1))
        #expect(short.filter { $0.hasPrefix("  >") }.count == 2, "a span ending at column 1 excludes that line")
        #expect(short.last == "    4 | line 4")
    }

    @Test func returnsNothingForUnknownOrOutOfRangeLines() {
        #expect(frame("a\n", .unknown).isEmpty)
        #expect(frame("a\n", SourceSpan(line: 5, column: 1, endLine: 5, endColumn: 2)).isEmpty)
    }

    @Test(arguments: [
        SourceSpan(line: 1, column: Int.max, endLine: Int.max, endColumn: Int.max),
        SourceSpan(line: 1, column: -5, endLine: 0, endColumn: Int.min),
        SourceSpan(line: 1, column: 3, endLine: 1, endColumn: Int.max),
    ])
    func survivesAbsurdPositions(span: SourceSpan) {
        let rows = frame("abc\ndef\n", span, width: Int.max, context: Int.max, secrets: [span])
        #expect(!rows.isEmpty)
        #expect(!frame("abc\n", span, width: Int.min, context: Int.min).isEmpty)
    }

    @Test func cutsLongLinesToTheTerminalWidthKeepingTheSpanVisible() {
        let line = String(repeating: "x", count: 300) + "TARGET" + String(repeating: "y", count: 300)
        let rows = frame(line, SourceSpan(line: 1, column: 301, endLine: 1, endColumn: 307), width: 60)
        for row in rows { #expect(TerminalText.width(of: row) <= 60, "\(row)") }
        let code = rows[0]
        #expect(code.contains("…x"))
        #expect(code.contains("TARGET"))
        #expect(code.hasSuffix("y…"))
        let caretColumn = rows[1].firstIndex(of: "^").map { rows[1].distance(from: rows[1].startIndex, to: $0) }
        let targetColumn = code.range(of: "TARGET").map { code.distance(from: code.startIndex, to: $0.lowerBound) }
        #expect(caretColumn == targetColumn)
        #expect(rows[1].filter { $0 == "^" }.count == 6)
    }

    @Test func alignsCaretsAfterTabsAndWideCharacters() {
        let rows = frame("\t容器: on\n", SourceSpan(line: 1, column: 5, endLine: 1, endColumn: 7), context: 0)
        #expect(rows[0] == "  > 1 |     容器: on")
        #expect(rows[1] == "      |          ^^")
    }

    @Test func masksSecretsKeepingTheFirstFourCharacters() {
        let rows = frame(
            "key=ABCDEFGHIJKL\nnext\n", SourceSpan(line: 2, column: 1, endLine: 2, endColumn: 5),
            secrets: [SourceSpan(line: 1, column: 5, endLine: 1, endColumn: 17)]
        )
        #expect(rows[0] == "    1 | key=ABCD********")
    }

    @Test func masksMultiLineAndOpenEndedSecrets() {
        let mask = SecretMask(
            file: "f",
            findings: [
                Finding(
                    kind: .secret, ruleID: "S", severity: .high, title: "", target: "f",
                    location: SourceRange(file: "f", span: SourceSpan(line: 1, column: 3, endLine: 3, endColumn: 4)),
                    message: ""),
                Finding(
                    kind: .secret, ruleID: "S", severity: .high, title: "", target: "f",
                    location: SourceRange(file: "f", span: SourceSpan(at: SourcePosition(line: 5, column: 2))),
                    message: ""),
                Finding(
                    kind: .misconfiguration, ruleID: "M", severity: .high, title: "", target: "f",
                    location: SourceRange(file: "f", span: SourceSpan(line: 6, column: 1, endLine: 6, endColumn: 9)),
                    message: ""),
            ])
        #expect(mask.maskedColumns(onLine: 1) == [7..<Int.max])
        #expect(mask.maskedColumns(onLine: 2) == [1..<Int.max])
        #expect(mask.maskedColumns(onLine: 3) == [1..<4])
        #expect(mask.maskedColumns(onLine: 4).isEmpty)
        #expect(mask.maskedColumns(onLine: 5) == [6..<Int.max])
        #expect(mask.maskedColumns(onLine: 6).isEmpty, "only secret findings are masked")
    }

    @Test func keepsAtMostHalfOfAShortSecret() {
        let mask = SecretMask(
            file: "f",
            findings: [
                Finding(
                    kind: .secret, ruleID: "S", severity: .high, title: "", target: "f",
                    location: SourceRange(file: "f", span: SourceSpan(line: 1, column: 1, endLine: 1, endColumn: 7)),
                    message: "")
            ])
        #expect(mask.maskedColumns(onLine: 1) == [4..<7])
    }

    @Test func splitsLinesAtEveryLineBreak() {
        #expect(SourceLineReader.splitLines("a\r\nb\rc\nd\n") == ["a", "b", "c", "d"])
        #expect(SourceLineReader.splitLines("a\n\nb") == ["a", "", "b"])
    }
}
