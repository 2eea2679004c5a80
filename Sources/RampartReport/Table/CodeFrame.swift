import RampartCore

/// The lines around a finding, with a line-number gutter, the offending lines marked and a caret
/// underline, cut to the terminal width.
///
/// ```
///      11 |       securityContext:
///    > 12 |         privileged: true
///         |         ^^^^^^^^^^^^^^^^
///      13 |       image: nginx
/// ```
struct CodeFrame {
    /// Offending lines shown at most; longer spans end with an elision row.
    static let maximumMarkedLines = 4
    /// Context lines shown at most on each side, whatever the context asks for.
    static let maximumContextLines = 20
    /// Narrowest code area used, however narrow the terminal claims to be.
    static let minimumCodeWidth = 20

    let lines: [Substring]
    let span: SourceSpan
    let mask: SecretMask
    let contextLines: Int
    let terminalWidth: Int
    let severity: Severity
    let style: ANSIStyle

    /// The rows of the frame, or none when the span is outside the file.
    func render() -> [String] {
        let first = span.start.line
        guard first >= 1, first <= lines.count else { return [] }
        var last = span.end.line
        if last > first, span.end.column <= 1 { last -= 1 }
        last = max(first, min(last, lines.count))
        let lastMarked = min(last, first + Self.maximumMarkedLines - 1)
        let elided = last - lastMarked
        let context = min(max(0, contextLines), Self.maximumContextLines)
        let firstShown = max(1, first - context)
        let lastShown = elided > 0 ? lastMarked : min(lines.count, last + context)

        let gutterWidth = String(lastShown).count
        let prefixWidth = 2 + 1 + 1 + gutterWidth + 3
        let codeWidth = max(Self.minimumCodeWidth, min(max(terminalWidth, 0), 1 << 16) - prefixWidth)
        let startLine = lines[first - 1]
        let startCell = LineLayout.cell(
            ofColumn: span.start.column, in: startLine, mask: mask.maskedColumns(onLine: first))
        let windowStart = startCell + 8 > codeWidth ? startCell - codeWidth / 3 : 0

        var rows: [String] = []
        for number in firstShown...lastShown {
            let isMarked = number >= first && number <= lastMarked
            let layout = LineLayout(
                line: lines[number - 1], masked: mask.maskedColumns(onLine: number),
                windowStart: windowStart, windowWidth: codeWidth
            )
            let marker = isMarked ? style.severity(severity, ">") : " "
            let gutter = String(repeating: " ", count: gutterWidth - String(number).count) + String(number)
            let code = layout.rendered()
            rows.append("  \(marker) \(style.dim(gutter + " |"))" + (code.isEmpty ? "" : " " + code))
            if number == first, last == first {
                rows.append(caretRow(layout: layout, gutterWidth: gutterWidth))
            }
        }
        if elided > 0 {
            let blank = String(repeating: " ", count: gutterWidth)
            rows.append("    \(style.dim(blank + " |")) ... (\(elided) more line\(elided == 1 ? "" : "s"))")
        }
        return rows
    }

    /// The `^^^` row under a single-line span (one caret for an empty span).
    private func caretRow(layout: LineLayout, gutterWidth: Int) -> String {
        let startCell = layout.cell(ofColumn: span.start.column)
        var endCell = span.end.column > span.start.column ? layout.cell(ofColumn: span.end.column) : startCell + 1
        endCell = max(endCell, startCell + 1)
        let (from, to) = layout.visiblePositions(fromCell: startCell, toCell: endCell)
        let carets =
            String(repeating: " ", count: from)
            + style.severity(severity, String(repeating: "^", count: max(1, to - from)))
        return "    \(style.dim(String(repeating: " ", count: gutterWidth) + " |")) \(carets)"
    }
}
