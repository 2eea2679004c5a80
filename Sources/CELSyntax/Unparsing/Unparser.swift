/// Turns a syntax tree back into CEL source text.
///
/// Macro expansions are printed as the calls that produced them (from
/// ``ParsedExpr/macroCalls``), operators with the fewest parentheses that keep the tree's shape,
/// so that parsing the output yields the same tree (ids aside).
///
/// ```swift
/// let parsed = try Parser().parse("[1, 2].all(x, x > 0) && !(a || b)")
/// try Unparser().unparse(parsed)   // "[1, 2].all(x, x > 0) && !(a || b)"
/// ```
public struct Unparser: Sendable {
    /// Creates an unparser.
    public init() {}

    /// The source text of a parsed expression.
    ///
    /// - Throws: ``UnparseError`` for a node CEL syntax cannot express (a comprehension with no
    ///   recorded macro call, an operator with the wrong number of arguments, a field name that
    ///   cannot be written even backquoted).
    public func unparse(_ parsed: ParsedExpr) throws(UnparseError) -> String {
        try unparse(parsed.expr, macroCalls: parsed.macroCalls)
    }

    /// The source text of a tree; `macroCalls` maps expansion ids to the calls to print instead.
    public func unparse(_ expr: Expr, macroCalls: [Int64: Expr] = [:]) throws(UnparseError) -> String {
        var writer = Writer(macroCalls: macroCalls)
        try writer.write(expr)
        return writer.output
    }
}

/// A tree ``Unparser`` cannot print as CEL.
public struct UnparseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What cannot be printed and why.
    public var message: String
    /// The offending node.
    public var exprID: Int64

    /// Creates an error.
    public init(_ message: String, exprID: Int64) {
        self.message = message
        self.exprID = exprID
    }

    public var description: String { "cannot unparse expression #\(exprID): \(message)" }
}
