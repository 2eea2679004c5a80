public import RampartCore

/// A position in an HCL source file: 1-based line and column (Unicode scalars) plus 0-based byte offset.
public struct HCLPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// 0-based UTF-8 byte offset from the start of the file.
    public var byte: Int

    /// Creates a position.
    public init(line: Int, column: Int, byte: Int) {
        self.line = line
        self.column = column
        self.byte = byte
    }

    public static func < (lhs: HCLPosition, rhs: HCLPosition) -> Bool { lhs.byte < rhs.byte }

    /// The line/column part as a core position.
    public var sourcePosition: SourcePosition { SourcePosition(line: line, column: column) }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range in an HCL source file (start inclusive, end exclusive).
public struct HCLRange: Sendable, Hashable, CustomStringConvertible {
    /// First position inside the range.
    public var start: HCLPosition
    /// First position after the range.
    public var end: HCLPosition

    /// Creates a range.
    public init(start: HCLPosition, end: HCLPosition) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: HCLRange) -> HCLRange {
        HCLRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// The core span (line and column only).
    public var span: SourceSpan { SourceSpan(start: start.sourcePosition, end: end.sourcePosition) }

    /// A range of nothing, for synthesized values.
    public static let none = HCLRange(
        start: HCLPosition(line: 0, column: 0, byte: 0), end: HCLPosition(line: 0, column: 0, byte: 0))

    public var description: String { "\(start)-\(end)" }
}
