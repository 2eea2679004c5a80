/// `a && b` with CEL's commutative error absorption: `false` wins over errors and unknowns.
final class AndNode: PlanNode, @unchecked Sendable {
    let lhs: PlanNode
    let rhs: PlanNode
    init(id: Int64, _ lhs: PlanNode, _ rhs: PlanNode) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let left = lhs.evaluate(context)
        if case .bool(false) = left { return left }
        let right = rhs.evaluate(context)
        if case .bool(let r) = right {
            if !r { return right }
            if case .bool = left { return left }
        }
        return LogicNodes.combineNonBoolean(left, right, "_&&_")
    }
}

/// `a || b` with CEL's commutative error absorption: `true` wins over errors and unknowns.
final class OrNode: PlanNode, @unchecked Sendable {
    let lhs: PlanNode
    let rhs: PlanNode
    init(id: Int64, _ lhs: PlanNode, _ rhs: PlanNode) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let left = lhs.evaluate(context)
        if case .bool(true) = left { return left }
        let right = rhs.evaluate(context)
        if case .bool(let r) = right {
            if r { return right }
            if case .bool = left { return left }
        }
        return LogicNodes.combineNonBoolean(left, right, "_||_")
    }
}

enum LogicNodes {
    /// The result of `&&`/`||` when the deciding value was not found: unknowns (merged) first,
    /// then errors, then a no-overload error for non-boolean operands.
    static func combineNonBoolean(_ left: CELValue, _ right: CELValue, _ op: String) -> CELValue {
        if let result = propagated(left, right) { return result }
        let bad = left.boolValue == nil ? left : right
        return .error(CELError.noSuchOverload(op, [bad]))
    }
}

/// `!a`.
final class NotNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    init(id: Int64, _ operand: PlanNode) {
        self.operand = operand
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let value = operand.evaluate(context)
        switch value {
        case .bool(let b): return .bool(!b)
        case .error, .unknown: return value
        default: return .error(CELError.noSuchOverload("!_", [value]))
        }
    }
}

/// `@not_strictly_false(a)`: `true` unless `a` is `false` (errors and unknowns count as true).
final class NotStrictlyFalseNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    init(id: Int64, _ operand: PlanNode) {
        self.operand = operand
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        if case .bool(false) = operand.evaluate(context) { return .bool(false) }
        return .bool(true)
    }
}

/// `c ? a : b`, strict in the condition only.
final class ConditionalNode: PlanNode, @unchecked Sendable {
    let condition: PlanNode
    let then: PlanNode
    let otherwise: PlanNode
    init(id: Int64, _ condition: PlanNode, _ then: PlanNode, _ otherwise: PlanNode) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let value = condition.evaluate(context)
        switch value {
        case .bool(true): return then.evaluate(context)
        case .bool(false): return otherwise.evaluate(context)
        case .error, .unknown: return value
        default: return .error(CELError.noSuchOverload("_?_:_", [value]))
        }
    }
}
