/// The general fold behind every macro: iterate a list (elements) or map (keys), with an
/// accumulator, a loop condition and a step. Variables live in context slots.
final class ComprehensionNode: PlanNode, @unchecked Sendable {
    let range: PlanNode
    let iterSlot: Int
    /// Second variable of the two-variable forms (`-1` when absent): the element (lists) or value
    /// (maps), with `iterSlot` holding the index or key.
    let iterSlot2: Int
    let accuSlot: Int
    let initial: PlanNode
    let condition: PlanNode?
    let step: PlanNode
    let result: PlanNode

    init(
        id: Int64, range: PlanNode, iterSlot: Int, iterSlot2: Int, accuSlot: Int, initial: PlanNode,
        condition: PlanNode?, step: PlanNode, result: PlanNode
    ) {
        self.range = range
        self.iterSlot = iterSlot
        self.iterSlot2 = iterSlot2
        self.accuSlot = accuSlot
        self.initial = initial
        self.condition = condition
        self.step = step
        self.result = result
        super.init(id: id)
    }

    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let rangeValue = range.evaluate(context)
        let slots = context.slots
        switch rangeValue {
        case .list(let list):
            slots[accuSlot] = initial.evaluate(context)
            let count = list.count
            for index in 0..<count {
                guard context.charge(1) else { return .error(context.cancellation!) }
                if iterSlot2 >= 0 {
                    slots[iterSlot] = .int(Int64(index))
                    slots[iterSlot2] = list.element(at: index)
                } else {
                    slots[iterSlot] = list.element(at: index)
                }
                if let condition, !ComprehensionNode.shouldContinue(condition.evaluate(context)) { break }
                slots[accuSlot] = step.evaluate(context)
            }
        case .map(let map):
            slots[accuSlot] = initial.evaluate(context)
            let count = map.count
            for index in 0..<count {
                guard context.charge(1) else { return .error(context.cancellation!) }
                slots[iterSlot] = map.key(at: index)
                if iterSlot2 >= 0 { slots[iterSlot2] = map.value(at: index) }
                if let condition, !ComprehensionNode.shouldContinue(condition.evaluate(context)) { break }
                slots[accuSlot] = step.evaluate(context)
            }
        case .error, .unknown: return rangeValue
        default:
            return .error(CELError.noSuchOverload("comprehension range", [rangeValue]))
        }
        let value = result.evaluate(context)
        if case .map(let map) = value, let builder = map as? AccumulatingMap { return .map(builder.finished) }
        if case .list(let list) = value, let builder = list as? AccumulatingList {
            return .list(CELArrayList(builder.elements))
        }
        return value
    }

    @inline(__always)
    static func shouldContinue(_ value: CELValue) -> Bool {
        if case .bool(false) = value { return false }
        return true
    }
}

/// The accumulator of `map`/`filter` macros: appended to in place instead of copying the list on
/// every iteration. Never escapes its comprehension (converted to ``CELArrayList`` at the end).
final class AccumulatingList: CELList, @unchecked Sendable {
    var elements: [CELValue] = []
    var count: Int { elements.count }
    func element(at index: Int) -> CELValue { elements[index] }
    var contiguousElements: [CELValue]? { elements }
}

/// `[]` as the initial accumulator of an appending comprehension: a fresh builder.
final class NewAccumulatorNode: PlanNode, @unchecked Sendable {
    override func evaluate(_ context: EvaluationContext) -> CELValue { .list(AccumulatingList()) }
}

/// `@result + [e]` inside an appending comprehension: appends in place.
final class AppendNode: PlanNode, @unchecked Sendable {
    let accuSlot: Int
    let elements: [PlanNode]
    init(id: Int64, accuSlot: Int, elements: [PlanNode]) {
        self.accuSlot = accuSlot
        self.elements = elements
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let accumulator = context.slots[accuSlot]
        guard case .list(let list) = accumulator, let builder = list as? AccumulatingList else {
            return accumulator
        }
        for element in elements {
            let value = element.evaluate(context)
            if value.isErrorOrUnknown { return value }
            if builder.elements.count >= context.maxCollectionSize {
                return context.collectionTooLarge(builder.elements.count + 1)
            }
            builder.elements.append(value)
        }
        return accumulator
    }
}

/// The `all` / `exists` macros in direct form: no accumulator, early exit, and CEL's absorption
/// (`false` in `all`, `true` in `exists`, decides regardless of errors elsewhere).
final class QuantifierNode: PlanNode, @unchecked Sendable {
    let range: PlanNode
    let iterSlot: Int
    let iterSlot2: Int
    let predicate: PlanNode
    /// `false` for `all` (stops at the first false), `true` for `exists`.
    let decisive: Bool
    init(id: Int64, range: PlanNode, iterSlot: Int, iterSlot2: Int, predicate: PlanNode, decisive: Bool) {
        self.range = range
        self.iterSlot = iterSlot
        self.iterSlot2 = iterSlot2
        self.predicate = predicate
        self.decisive = decisive
        super.init(id: id)
    }

    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let rangeValue = range.evaluate(context)
        let slots = context.slots
        var failure: CELValue?
        switch rangeValue {
        case .list(let list):
            let count = list.count
            if let elements = list.contiguousElements, iterSlot2 < 0 {
                for index in elements.indices {
                    guard context.charge(1) else { return .error(context.cancellation!) }
                    slots[iterSlot] = elements[index]
                    if let decided = check(predicate.evaluate(context), &failure) { return decided }
                }
            } else {
                for index in 0..<count {
                    guard context.charge(1) else { return .error(context.cancellation!) }
                    if iterSlot2 >= 0 {
                        slots[iterSlot] = .int(Int64(index))
                        slots[iterSlot2] = list.element(at: index)
                    } else {
                        slots[iterSlot] = list.element(at: index)
                    }
                    if let decided = check(predicate.evaluate(context), &failure) { return decided }
                }
            }
        case .map(let map):
            for index in 0..<map.count {
                guard context.charge(1) else { return .error(context.cancellation!) }
                slots[iterSlot] = map.key(at: index)
                if iterSlot2 >= 0 { slots[iterSlot2] = map.value(at: index) }
                if let decided = check(predicate.evaluate(context), &failure) { return decided }
            }
        case .error, .unknown: return rangeValue
        default: return .error(CELError.noSuchOverload("comprehension range", [rangeValue]))
        }
        return failure ?? .bool(!decisive)
    }

    @inline(__always)
    private func check(_ value: CELValue, _ failure: inout CELValue?) -> CELValue? {
        if case .bool(let b) = value {
            return b == decisive ? value : nil
        }
        if value.isErrorOrUnknown {
            if let existing = failure { failure = propagated(existing, value) ?? existing } else { failure = value }
        } else if failure == nil {
            failure = .error(CELError.noSuchOverload(decisive ? "_||_" : "_&&_", [value]))
        }
        return nil
    }
}
