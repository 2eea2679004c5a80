/// A problem found in a CEL expression (a syntax error, an invalid literal, a misused macro, a
/// type error …), with the place it points at.
///
/// The parser reports syntax problems with it, and later stages (the checker) reuse it for their
/// own, so it carries only what every stage has: a stable code, a message that says what is wrong
/// and what to do, and a position.
///
/// ```swift
/// let issue = CELIssue(code: .syntax, message: "Syntax error: unexpected ')'", offset: 4, in: source)
/// print(issue.render(in: source))
/// // ERROR: <input>:1:5: Syntax error: unexpected ')'
/// //  | a + )
/// //  | ....^
/// ```
public struct CELIssue: Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable kind of issue. New stages add their own codes as static members.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The text does not follow the CEL grammar.
        public static let syntax = Code(rawValue: "syntax")
        /// A numeric, string or bytes literal is malformed or out of range.
        public static let invalidLiteral = Code(rawValue: "invalid-literal")
        /// A reserved word is used as an identifier.
        public static let reservedIdentifier = Code(rawValue: "reserved-identifier")
        /// A macro (`has`, `all`, `map` …) was called with arguments it cannot expand.
        public static let invalidMacro = Code(rawValue: "invalid-macro")
        /// The expression nests deeper than the configured limit.
        public static let recursionLimit = Code(rawValue: "recursion-limit")
        /// The expression is longer than the configured limit.
        public static let sizeLimit = Code(rawValue: "size-limit")
        /// Syntax that a parser option turned off (for example optional syntax `a.?b`).
        public static let unsupportedSyntax = Code(rawValue: "unsupported-syntax")
    }

    /// What kind of issue this is.
    public var code: Code
    /// What is wrong, phrased so the reader knows what to change.
    public var message: String
    /// Offset in Unicode scalars from the start of the source, or `nil` when the issue concerns
    /// the expression as a whole.
    public var offset: Int?
    /// The 1-based line and column of ``offset`` (1:1 when the offset is unknown).
    public var location: Source.Location

    /// Creates an issue at a known line and column.
    public init(code: Code, message: String, offset: Int?, location: Source.Location) {
        self.code = code
        self.message = message
        self.offset = offset
        self.location = location
    }

    /// Creates an issue at a scalar offset of `source`, computing its line and column.
    public init(code: Code, message: String, offset: Int?, in source: Source) {
        self.init(
            code: code, message: message, offset: offset,
            location: offset.map { source.location(ofOffset: $0) } ?? Source.Location(line: 1, column: 1))
    }

    /// `line:column: message`.
    public var description: String { "\(location): \(message)" }

    /// Renders the issue in the style of cel-go: `ERROR: <input>:1:5: message`, then the source
    /// line and a caret under the column.
    public func render(in source: Source) -> String {
        source.render(message: message, at: location)
    }
}

/// An issue recorded during lexing or parsing, located by UTF-8 byte offset until the parse ends
/// and byte offsets are converted to scalar offsets.
struct PendingIssue {
    var code: CELIssue.Code
    var message: String
    var byteOffset: Int

    init(_ code: CELIssue.Code, _ message: String, byteOffset: Int) {
        self.code = code
        self.message = message
        self.byteOffset = byteOffset
    }
}
