/// One source line laid out in terminal cells: tabs expanded, unsafe scalars replaced, secret
/// columns masked, and cut to a window with `…` where text was left out.
///
/// Only the scalars up to the window's end are examined, so a megabyte-long minified line costs
/// no more than the part that is printed.
struct LineLayout {
    private enum Glyph {
        case scalar(Unicode.Scalar)
        case fill(Unicode.Scalar, Int)
    }

    let line: Substring
    let masked: [Range<Int>]
    let windowStart: Int
    let windowWidth: Int
    /// First cell printed from the line (after a leading `…`).
    private let leftLimit: Int
    /// Cell bound printing stops at (before a trailing `…`).
    private let rightLimit: Int
    private let isCutRight: Bool

    init(line: Substring, masked: [Range<Int>], windowStart: Int, windowWidth: Int) {
        self.line = line
        self.masked = masked
        self.windowStart = max(0, windowStart)
        self.windowWidth = windowWidth
        let windowEnd = self.windowStart + windowWidth
        var cell = 0
        var column = 1
        var cutRight = false
        for scalar in line.unicodeScalars {
            cell += Self.glyph(for: scalar, column: column, cell: cell, masked: masked).width
            if cell > windowEnd {
                cutRight = true
                break
            }
            column += 1
        }
        isCutRight = cutRight
        leftLimit = self.windowStart > 0 ? self.windowStart + 1 : 0
        rightLimit = cutRight ? windowEnd - 1 : windowEnd
    }

    /// The cell where a 1-based column starts; columns past the end continue one cell each.
    static func cell(ofColumn column: Int, in line: Substring, mask: [Range<Int>]) -> Int {
        var cell = 0
        var current = 1
        for scalar in line.unicodeScalars {
            if current >= column { return cell }
            cell += glyph(for: scalar, column: current, cell: cell, masked: mask).width
            current += 1
        }
        return cell + min(max(0, column - current), maximumColumnOverhang)
    }

    /// How far past a line's end a column may reach (bounds arithmetic on absurd positions).
    static let maximumColumnOverhang = 1 << 16

    /// The cell where a 1-based column of this line starts.
    func cell(ofColumn column: Int) -> Int { Self.cell(ofColumn: column, in: line, mask: masked) }

    /// Output positions (relative to the window) of a cell range, clipped to what is printed.
    func visiblePositions(fromCell: Int, toCell: Int) -> (from: Int, to: Int) {
        let from = min(max(fromCell, leftLimit), rightLimit)
        let to = min(max(toCell, from), rightLimit)
        return (from - windowStart, max(to, from + 1) - windowStart)
    }

    /// The printable text of the line inside the window.
    func rendered() -> String {
        var out = String.UnicodeScalarView()
        if windowStart > 0 { out.append("…") }
        var cell = 0
        var column = 1
        for scalar in line.unicodeScalars {
            let (width, glyph) = Self.glyph(for: scalar, column: column, cell: cell, masked: masked)
            if cell + width > rightLimit { break }
            if cell >= leftLimit {
                switch glyph {
                case .scalar(let shown): out.append(shown)
                case .fill(let shown, let count): out.append(contentsOf: repeatElement(shown, count: count))
                }
            } else if cell + width > leftLimit {
                out.append(contentsOf: repeatElement(" ", count: cell + width - leftLimit))
            }
            cell += width
            column += 1
        }
        if isCutRight { out.append("…") }
        return String(out)
    }

    private static func glyph(
        for scalar: Unicode.Scalar, column: Int, cell: Int, masked: [Range<Int>]
    ) -> (width: Int, glyph: Glyph) {
        let isMasked = !masked.isEmpty && masked.contains { $0.contains(column) }
        if scalar == "\t" {
            let width = TerminalText.tabWidth - cell % TerminalText.tabWidth
            return (width, .fill(isMasked ? "*" : " ", width))
        }
        let isUnsafe = TerminalText.isUnsafe(scalar)
        if isMasked {
            let width = isUnsafe ? 1 : max(1, TerminalText.cellWidth(scalar))
            return (width, .fill("*", width))
        }
        if isUnsafe { return (1, .scalar(TerminalText.replacement)) }
        return (TerminalText.cellWidth(scalar), .scalar(scalar))
    }
}
