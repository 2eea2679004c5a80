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

    /// A deep copy of `expr` with fresh ids, for expansions that use an argument twice.
    public mutating func copy(_ expr: Expr) -> Expr {
        let kind: Expr.Kind
        switch expr.kind {
        case .literal, .ident:
            kind = expr.kind
        case .select(let operand, let field, let testOnly):
            kind = .select(operand: copy(operand), field: field, testOnly: testOnly)
        case .call(let target, let function, let args):
            let copiedTarget = target.map { copy($0) }
            kind = .call(target: copiedTarget, function: function, args: args.map { copy($0) })
        case .list(let elements, let optionalIndices):
            kind = .list(elements: elements.map { copy($0) }, optionalIndices: optionalIndices)
        case .map(let entries):
            kind = .map(
                entries: entries.map {
                    MapEntry(id: makeID(), key: copy($0.key), value: copy($0.value), isOptional: $0.isOptional)
                })
        case .message(let typeName, let fields):
            kind = .message(
                typeName: typeName,
                fields: fields.map {
                    FieldInitializer(id: makeID(), field: $0.field, value: copy($0.value), isOptional: $0.isOptional)
                })
        case .comprehension(var comprehension):
            comprehension.iterRange = copy(comprehension.iterRange)
            comprehension.accuInit = copy(comprehension.accuInit)
            comprehension.loopCondition = copy(comprehension.loopCondition)
            comprehension.loopStep = copy(comprehension.loopStep)
            comprehension.result = copy(comprehension.result)
            kind = .comprehension(comprehension)
        }
        return make(kind)
    }

    /// The name of an unqualified identifier (no leading dot), or `nil` for any other node.
    public func simpleName(_ expr: Expr) -> String? {
        guard case .ident(let name) = expr.kind, name.first != "." else { return nil }
        return name
    }
}
