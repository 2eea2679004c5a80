public import RampartCore

/// A parsed HCL file: its root body, comments and the syntax diagnostics met.
public struct HCLFile: Sendable {
    /// The file name as given to the parser.
    public var name: String
    /// The top-level body.
    public var body: HCLBody
    /// Every comment, in source order (kept for inline suppressions).
    public var comments: [HCLComment]
    /// Syntax errors and warnings; the body holds whatever could be recovered.
    public var diagnostics: [HCLDiagnostic]
    /// The source text (for the text of expressions that cannot be evaluated).
    public var source: String = ""

    /// The syntax diagnostics as Rampart diagnostics naming this file.
    public var rampartDiagnostics: [Diagnostic] { diagnostics.map { $0.diagnostic(file: name) } }

    /// The source text a range covers.
    public func text(of range: HCLRange) -> String {
        let utf8 = source.utf8
        guard range.start.byte >= 0, range.start.byte <= range.end.byte, range.end.byte <= utf8.count else { return "" }
        let start = utf8.index(utf8.startIndex, offsetBy: range.start.byte)
        let end = utf8.index(start, offsetBy: range.end.byte - range.start.byte)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

/// A body: the attributes and blocks between braces (or of a whole file).
public struct HCLBody: Sendable {
    /// Attributes, in source order.
    public var attributes: [HCLAttribute]
    /// Nested blocks, in source order.
    public var blocks: [HCLBlock]
    /// The range of the body's content.
    public var range: HCLRange

    /// Creates a body.
    public init(attributes: [HCLAttribute] = [], blocks: [HCLBlock] = [], range: HCLRange) {
        self.attributes = attributes
        self.blocks = blocks
        self.range = range
    }

    /// The attribute with a name, if present.
    public subscript(attribute name: String) -> HCLAttribute? { attributes.first { $0.name == name } }

    /// The blocks of a type.
    public func blocks(ofType type: String) -> [HCLBlock] { blocks.filter { $0.type == type } }
}

/// `name = expression`.
public struct HCLAttribute: Sendable {
    /// The attribute name.
    public var name: String
    /// Where the name is written.
    public var nameRange: HCLRange
    /// The value expression.
    public var expression: HCLExpression
    /// From the name to the end of the expression.
    public var range: HCLRange
}

/// `type "label" label { body }`.
public struct HCLBlock: Sendable {
    /// The block type name.
    public var type: String
    /// Where the type name is written.
    public var typeRange: HCLRange
    /// The labels, quoted or bare.
    public var labels: [HCLBlockLabel]
    /// The block's content.
    public var body: HCLBody
    /// The `{` token.
    public var openBraceRange: HCLRange
    /// The `}` token (the end of file when unclosed).
    public var closeBraceRange: HCLRange
    /// From the type name to the closing brace.
    public var range: HCLRange
}

/// One block label.
public struct HCLBlockLabel: Sendable {
    /// The label's text.
    public var value: String
    /// Where it is written (quotes included).
    public var range: HCLRange
    /// `true` when written as a quoted string.
    public var quoted: Bool
}

/// A comment (`#`, `//` or `/* */`), with its delimiters.
public struct HCLComment: Sendable, Hashable {
    /// The full comment text including its markers.
    public var text: String
    /// Where it is written.
    public var range: HCLRange
    /// `true` when code precedes it on the same line.
    public var isTrailing: Bool
}
