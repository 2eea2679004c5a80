/// Propagation of errors and unknowns through strict operations: unknowns win (merged), then the
/// first error.
@inline(__always)
func propagated(_ a: CELValue, _ b: CELValue) -> CELValue? {
    switch (a, b) {
    case (.unknown(let x), .unknown(let y)): return .unknown(x.union(y))
    case (.unknown, _): return a
    case (_, .unknown): return b
    case (.error, _): return a
    case (_, .error): return b
    default: return nil
    }
}

/// Propagation over any number of arguments.
func propagated(_ values: [CELValue]) -> CELValue? {
    var unknown: CELUnknownSet?
    var error: CELValue?
    for value in values {
        switch value {
        case .unknown(let set): unknown = unknown.map { $0.union(set) } ?? set
        case .error: if error == nil { error = value }
        default: break
        }
    }
    if let unknown { return .unknown(unknown) }
    return error
}

/// A literal or folded constant.
final class ConstantNode: PlanNode, @unchecked Sendable {
    let value: CELValue
    init(id: Int64, _ value: CELValue) {
        self.value = value
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue { value }
    override var constantValue: CELValue? { value }
}

/// A comprehension variable or accumulator.
final class SlotNode: PlanNode, @unchecked Sendable {
    let slot: Int
    init(id: Int64, slot: Int) {
        self.slot = slot
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue { context.slots[slot] }
}

/// A variable read from the activation; candidate names are tried in order (container
/// resolution), the first bound one wins.
final class VariableNode: PlanNode, @unchecked Sendable {
    let names: [String]
    init(id: Int64, names: [String]) {
        self.names = names
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        for name in names {
            if let value = context.lookup(name) { return value }
        }
        return .error(.undeclaredReference, "no such attribute: \(names.last ?? "")")
    }
}

/// A dotted name `a.b.c` whose split between variable and fields is decided at run time
/// (unchecked expressions): the longest bound prefix wins, the rest are field selections.
final class QualifiedNameNode: PlanNode, @unchecked Sendable {
    /// Candidates, longest first: the variable name and the fields selected after it.
    let candidates: [(name: String, fields: [String])]
    init(id: Int64, candidates: [(name: String, fields: [String])]) {
        self.candidates = candidates
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        for candidate in candidates {
            guard var value = context.lookup(candidate.name) else { continue }
            for field in candidate.fields {
                value = SelectNode.select(value, field)
            }
            return value
        }
        return .error(.undeclaredReference, "no such attribute: \(candidates.last?.name ?? "")")
    }
}

/// Field selection `operand.field`.
final class SelectNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    let field: String
    init(id: Int64, operand: PlanNode, field: String) {
        self.operand = operand
        self.field = field
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        stamped(SelectNode.select(operand.evaluate(context), field))
    }

    @inline(__always)
    static func select(_ value: CELValue, _ field: String) -> CELValue {
        switch value {
        case .map(let map):
            if let found = map.value(forField: field) { return found }
            return .error(.noSuchKey, "no such key: \(field)")
        case .optional(let wrapped):
            guard let wrapped else { return value }
            return optionalSelect(wrapped, field)
        case .error, .unknown: return value
        default:
            return .error(.noSuchOverload, "no such overload: select of field '\(field)' on \(value.celType)")
        }
    }

    /// `value.?field`: an optional that is empty when the field is absent.
    static func optionalSelect(_ value: CELValue, _ field: String) -> CELValue {
        switch value {
        case .map(let map): return .optional(map.value(forField: field))
        case .optional(let wrapped):
            guard let wrapped else { return value }
            return optionalSelect(wrapped, field)
        case .error, .unknown: return value
        default:
            return .error(.noSuchOverload, "no such overload: select of field '\(field)' on \(value.celType)")
        }
    }
}

/// The presence test `has(operand.field)`.
final class HasNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    let field: String
    init(id: Int64, operand: PlanNode, field: String) {
        self.operand = operand
        self.field = field
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        HasNode.test(operand.evaluate(context), field)
    }

    static func test(_ value: CELValue, _ field: String) -> CELValue {
        switch value {
        case .map(let map): return .bool(map.containsField(field))
        case .optional(let wrapped):
            guard let wrapped else { return .bool(false) }
            return test(wrapped, field)
        case .error, .unknown: return value
        default:
            return .error(.noSuchOverload, "no such overload: has() of field '\(field)' on \(value.celType)")
        }
    }
}

/// A dotted name tested with `has()` in an unchecked expression: `has(a.b.c)`.
final class QualifiedHasNode: PlanNode, @unchecked Sendable {
    let operand: QualifiedNameNode
    let field: String
    init(id: Int64, operand: QualifiedNameNode, field: String) {
        self.operand = operand
        self.field = field
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        HasNode.test(operand.evaluate(context), field)
    }
}
