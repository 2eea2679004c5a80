/// One parsed document of a file: its root node, where it came from, and what the parser kept for
/// suppressions and diagnostics.
///
/// A YAML stream with three `---` documents yields three `Document`s sharing ``file``, numbered by
/// ``index``.
public struct Document: Sendable {
    /// The file path as named by the user or relative to the scan root.
    public var file: String
    /// Position of this document in a multi-document stream (0-based).
    public var index: Int
    /// The root value.
    public var root: Node
    /// Comments, in source order, for inline suppressions.
    public var comments: [Comment]
    /// The syntax the document was read from (`yaml`, `json`, `dockerfile`, `hcl` …).
    public var syntax: String

    /// Creates a document.
    public init(file: String, index: Int = 0, root: Node, comments: [Comment] = [], syntax: String) {
        self.file = file
        self.index = index
        self.root = root
        self.comments = comments
        self.syntax = syntax
    }

    /// The full range of a node of this document.
    public func range(of node: Node) -> SourceRange {
        SourceRange(file: file, span: node.span)
    }

    /// The range of a span inside this document.
    public func range(_ span: SourceSpan) -> SourceRange {
        SourceRange(file: file, span: span)
    }
}

/// A comment kept from the source, without its comment marker (`#`, `//`).
public struct Comment: Sendable, Hashable {
    /// The comment text, trimmed of the marker and surrounding whitespace.
    public var text: String
    /// Where the comment starts.
    public var position: SourcePosition
    /// `true` when the comment follows code on the same line (a trailing comment).
    public var isTrailing: Bool

    /// Creates a comment.
    public init(text: String, position: SourcePosition, isTrailing: Bool) {
        self.text = text
        self.position = position
        self.isTrailing = isTrailing
    }
}
