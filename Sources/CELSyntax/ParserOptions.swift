/// Settings of a ``Parser``: limits, optional syntax and the macro table.
///
/// ```swift
/// var options = ParserOptions()
/// options.enableMacros = false          // as the conformance tests' `disable_macros`
/// let parser = Parser(options: options)
/// ```
public struct ParserOptions: Sendable {
    /// The deepest nesting accepted (parenthesized, bracketed or call-argument expressions, and the
    /// height of the resulting tree); deeper input is an error, never a stack overflow.
    ///
    /// Each level costs well under 1 KB of stack in release builds (about 8 KB in debug builds), so
    /// keep it in the hundreds; tree walkers downstream recurse as deep.
    public var maxRecursionDepth: Int
    /// The longest expression accepted, in Unicode scalars; a negative value means no limit.
    public var expressionSizeCodePointLimit: Int
    /// Whether calls matching ``macros`` are expanded (`has`, `all`, `map` …).
    public var enableMacros: Bool
    /// Whether the optional syntax `a.?b`, `a[?k]`, `[?x]`, `{?k: v}` and `T{?f: v}` is accepted.
    public var enableOptionalSyntax: Bool
    /// The macros expanded when ``enableMacros`` is on; ``Macro/all`` by default.
    public var macros: [Macro]

    /// Creates options; the defaults match cel-go's (250 levels, 100,000 code points) with every
    /// macro of this package and optional syntax enabled.
    public init(
        maxRecursionDepth: Int = 250, expressionSizeCodePointLimit: Int = 100_000, enableMacros: Bool = true,
        enableOptionalSyntax: Bool = true, macros: [Macro] = Macro.all
    ) {
        self.maxRecursionDepth = maxRecursionDepth
        self.expressionSizeCodePointLimit = expressionSizeCodePointLimit
        self.enableMacros = enableMacros
        self.enableOptionalSyntax = enableOptionalSyntax
        self.macros = macros
    }
}
