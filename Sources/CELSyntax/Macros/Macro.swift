/// A parse-time rewrite of a call into another expression, such as `has(a.b)` into a presence
/// test or `list.all(x, p)` into a comprehension.
///
/// Macros are matched by name, argument count and call style after the call's arguments are
/// parsed (so inner macros expand first). The expander returns the replacement, `nil` to leave
/// the call as written, or throws a ``MacroError`` to report misuse. The parser records the
/// original call in ``ParsedExpr/macroCalls`` under the replacement's id.
///
/// ```swift
/// let twice = Macro(name: "twice", argumentCount: 1, style: .global) { context, _, args in
///     context.call(Operator.add, args[0], args[0])
/// }
/// var options = ParserOptions()
/// options.macros.append(twice)
/// ```
public struct Macro: Sendable {
    /// How the macro is called.
    public enum Style: Sendable, Hashable {
        /// A global call: `name(args)`.
        case global
        /// A receiver-style call: `target.name(args)`.
        case receiver
    }

    /// Builds the replacement of a matching call.
    ///
    /// - Parameters:
    ///   - context: creates new nodes with fresh ids.
    ///   - target: the receiver of a receiver-style call, `nil` for global calls.
    ///   - arguments: the parsed (and already expanded) arguments.
    /// - Returns: the replacement, or `nil` to keep the call unexpanded.
    public typealias Expander =
        @Sendable (_ context: inout MacroExpansionContext, _ target: Expr?, _ arguments: [Expr]) throws(MacroError) ->
        Expr?

    /// The function name the macro matches.
    public let name: String
    /// The number of arguments it matches, or `nil` for any number.
    public let argumentCount: Int?
    /// Whether it matches global or receiver-style calls.
    public let style: Style
    /// The rewrite.
    public let expander: Expander

    /// Creates a macro.
    public init(name: String, argumentCount: Int?, style: Style, expander: @escaping Expander) {
        self.name = name
        self.argumentCount = argumentCount
        self.style = style
        self.expander = expander
    }

    /// Whether the macro applies to a call with this style and argument count.
    func matches(style: Style, argumentCount count: Int) -> Bool {
        self.style == style && (argumentCount == nil || argumentCount == count)
    }

    /// The default of ``ParserOptions/macros``: ``standard``, ``bindings``, ``block``,
    /// ``twoVariableComprehensions`` and ``lists``. (``optionals`` is opt-in: runtimes may
    /// evaluate `optMap`/`optFlatMap` calls directly instead.)
    public static var all: [Macro] { standard + bindings + block + twoVariableComprehensions + lists }
}

/// A misuse of a macro, such as `[].all(1, true)`.
public struct MacroError: Error, Sendable, Hashable {
    /// What is wrong, e.g. `argument must be a simple name`.
    public var message: String
    /// The node the error points at (usually one of the arguments), or `nil` for the call itself.
    public var exprID: Int64?

    /// Creates a macro error.
    public init(_ message: String, at exprID: Int64? = nil) {
        self.message = message
        self.exprID = exprID
    }
}
