/// Creates the nodes of a macro expansion, giving each a fresh id.
///
/// The parser places every node created here at the position of the expanded call.
public struct MacroExpansionContext: Sendable {
    /// The name of the accumulator variable of comprehensions built by macros.
    public static let accumulatorName = "@result"

    /// The next unused id.
    public private(set) var nextID: Int64

    init(nextID: Int64) {
        self.nextID = nextID
    }

    /// Reserves a fresh node id.
    public mutating func makeID() -> Int64 {
        defer { nextID += 1 }
        return nextID
    }

    /// Wraps a node kind with a fresh id.
    public mutating func make(_ kind: Expr.Kind) -> Expr {
        Expr(id: makeID(), kind)
    }

    /// A literal.
    public mutating func literal(_ value: Constant) -> Expr { make(.literal(value)) }

    /// An identifier.
    public mutating func ident(_ name: String) -> Expr { make(.ident(name)) }

    /// The accumulator identifier `@result`.
    public mutating func accumulator() -> Expr { ident(Self.accumulatorName) }

    /// A global call (operators included).
    public mutating func call(_ function: String, _ arguments: Expr...) -> Expr {
        make(.call(target: nil, function: function, args: arguments))
    }

    /// A receiver-style call `target.function(arguments)`.
    public mutating func memberCall(_ function: String, target: Expr, _ arguments: Expr...) -> Expr {
        make(.call(target: target, function: function, args: arguments))
    }

    /// A list literal.
    public mutating func list(_ elements: Expr...) -> Expr {
        make(.list(elements: elements, optionalIndices: []))
    }

    /// An empty map literal.
    public mutating func emptyMap() -> Expr { make(.map(entries: [])) }

    /// The presence test `has(operand.field)`.
    public mutating func presenceTest(_ operand: Expr, field: String) -> Expr {
        make(.select(operand: operand, field: field, testOnly: true))
    }

    /// A comprehension.
    public mutating func comprehension(
        iterRange: Expr, iterVar: String, iterVar2: String? = nil, accuVar: String, accuInit: Expr,
        condition: Expr, step: Expr, result: Expr
    ) -> Expr {
        make(
            .comprehension(
                Comprehension(
                    iterVar: iterVar, iterVar2: iterVar2, iterRange: iterRange, accuVar: accuVar,
                    accuInit: accuInit, loopCondition: condition, loopStep: step, result: result)))
    }

    /// The name of an unqualified identifier (no leading dot), or `nil` for any other node.
    public func simpleName(_ expr: Expr) -> String? {
        guard case .ident(let name) = expr.kind, name.first != "." else { return nil }
        return name
    }
}
