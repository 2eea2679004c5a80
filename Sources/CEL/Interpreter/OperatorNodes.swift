/// `a == b` or `a != b`.
final class EqualsNode: PlanNode, @unchecked Sendable {
    let lhs: PlanNode
    let rhs: PlanNode
    let negated: Bool
    init(id: Int64, _ lhs: PlanNode, _ rhs: PlanNode, negated: Bool) {
        self.lhs = lhs
        self.rhs = rhs
        self.negated = negated
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let left = lhs.evaluate(context)
        let right = rhs.evaluate(context)
        // Fast paths for the common scalar cases.
        switch (left, right) {
        case (.bool(let a), .bool(let b)): return .bool((a == b) != negated)
        case (.string(let a), .string(let b)): return .bool(a.utf8.elementsEqual(b.utf8) != negated)
        case (.int(let a), .int(let b)): return .bool((a == b) != negated)
        default: break
        }
        if let result = propagated(left, right) { return result }
        return .bool(left.isEqual(to: right) != negated)
    }
}

/// The ordering operators `<`, `<=`, `>`, `>=`; other types fall back to overloads.
final class CompareNode: PlanNode, @unchecked Sendable {
    enum Kind { case less, lessEquals, greater, greaterEquals }
    let lhs: PlanNode
    let rhs: PlanNode
    let kind: Kind
    let function: String
    let fallback: Dispatcher?
    init(id: Int64, _ lhs: PlanNode, _ rhs: PlanNode, kind: Kind, function: String, fallback: Dispatcher?) {
        self.lhs = lhs
        self.rhs = rhs
        self.kind = kind
        self.function = function
        self.fallback = fallback
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let left = lhs.evaluate(context)
        let right = rhs.evaluate(context)
        if let result = propagated(left, right) { return result }
        return stamped(CompareNode.apply(kind, left, right, function: function, fallback: fallback, context: context))
    }

    static func apply(
        _ kind: Kind, _ left: CELValue, _ right: CELValue, function: String, fallback: Dispatcher?,
        context: EvaluationContext?
    ) -> CELValue {
        if left.isOrderable, right.isOrderable {
            if let order = CELValue.compare(left, right) {
                switch kind {
                case .less: return .bool(order < 0)
                case .lessEquals: return .bool(order <= 0)
                case .greater: return .bool(order > 0)
                case .greaterEquals: return .bool(order >= 0)
                }
            }
            if case .double(let d) = left, d.isNaN { return .bool(false) }
            if case .double(let d) = right, d.isNaN { return .bool(false) }
        }
        if let fallback, let context { return fallback.call([left, right], context) }
        return .error(CELError.noSuchOverload(function, [left, right]))
    }
}

/// Binary arithmetic `+ - * / %` with built-in fast paths and overload fallback.
final class ArithmeticNode: PlanNode, @unchecked Sendable {
    enum Kind { case add, subtract, multiply, divide, modulo }
    let lhs: PlanNode
    let rhs: PlanNode
    let kind: Kind
    let function: String
    let fallback: Dispatcher?
    init(id: Int64, _ lhs: PlanNode, _ rhs: PlanNode, kind: Kind, function: String, fallback: Dispatcher?) {
        self.lhs = lhs
        self.rhs = rhs
        self.kind = kind
        self.function = function
        self.fallback = fallback
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let left = lhs.evaluate(context)
        let right = rhs.evaluate(context)
        if let result = propagated(left, right) { return result }
        return stamped(
            ArithmeticNode.apply(kind, left, right, function: function, fallback: fallback, context: context))
    }

    static func apply(
        _ kind: Kind, _ left: CELValue, _ right: CELValue, function: String, fallback: Dispatcher?,
        context: EvaluationContext?
    ) -> CELValue {
        let result: CELValue?
        switch kind {
        case .add:
            if let context {
                let size = left.sizeForCost + right.sizeForCost
                if size > 64, !context.charge(size / 10) { return .error(context.cancellation!) }
                if case .list(let a) = left, case .list(let b) = right, a.count + b.count > context.maxCollectionSize {
                    return context.collectionTooLarge(a.count + b.count)
                }
            }
            result = Arithmetic.add(left, right)
        case .subtract: result = Arithmetic.subtract(left, right)
        case .multiply: result = Arithmetic.multiply(left, right)
        case .divide: result = Arithmetic.divide(left, right)
        case .modulo: result = Arithmetic.modulo(left, right)
        }
        if let result { return result }
        if let fallback, let context { return fallback.call([left, right], context) }
        return .error(CELError.noSuchOverload(function, [left, right]))
    }
}

/// Unary minus.
final class NegateNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    let fallback: Dispatcher?
    init(id: Int64, _ operand: PlanNode, fallback: Dispatcher?) {
        self.operand = operand
        self.fallback = fallback
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let value = operand.evaluate(context)
        if value.isErrorOrUnknown { return value }
        if let result = Arithmetic.negate(value) { return result }
        if let fallback { return fallback.call([value], context) }
        return .error(CELError.noSuchOverload("-_", [value]))
    }
}

extension CELValue {
    /// Size used by the cost model: string/bytes length, list/map count, else 1.
    var sizeForCost: Int {
        switch self {
        case .string(let s): return s.utf8.count
        case .bytes(let b): return b.count
        case .list(let l): return l.count
        case .map(let m): return m.count
        default: return 1
        }
    }
}
