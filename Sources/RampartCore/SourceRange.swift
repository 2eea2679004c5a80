/// A 1-based line and column in a source file.
///
/// Columns count Unicode scalars from the start of the line, so a position survives re-encoding and
/// matches what editors and SARIF viewers show for ordinary text.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column (Unicode scalars).
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The extent of a node inside one file: start inclusive, end exclusive.
///
/// Nodes carry a span rather than a full ``SourceRange`` so a parsed tree does not repeat the file
/// name in every node; ``Document/range(of:)`` joins the two.
public struct SourceSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    /// Creates a span.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A span covering one position.
    public init(at position: SourcePosition) {
        self.start = position
        self.end = position
    }

    /// Convenience: a span from line/column pairs.
    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.start = SourcePosition(line: line, column: column)
        self.end = SourcePosition(line: endLine, column: endColumn)
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// The span of nothing, for synthesized nodes.
    public static let unknown = SourceSpan(line: 0, column: 0, endLine: 0, endColumn: 0)

    public var description: String { "\(start)-\(end)" }
}

/// A span in a named file: where a finding or diagnostic points.
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path as the user named it (relative to the scan root when scanning a directory).
    public var file: String
    public var span: SourceSpan

    /// Creates a range.
    public init(file: String, span: SourceSpan) {
        self.file = file
        self.span = span
    }

    public var start: SourcePosition { span.start }
    public var end: SourcePosition { span.end }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(span.start.line):\(span.start.column)" }
}
