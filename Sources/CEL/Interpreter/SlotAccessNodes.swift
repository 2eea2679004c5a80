/// `v.field` where `v` is a comprehension variable: reads the slot in place, without copying the
/// variable's value first (one reference-count round trip fewer per iteration).
final class SlotSelectNode: PlanNode, @unchecked Sendable {
    let slot: Int
    let field: String
    init(id: Int64, slot: Int, field: String) {
        self.slot = slot
        self.field = field
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let pointer = context.slots + slot
        if case .map(let map) = pointer.pointee {
            if let found = map.value(forField: field) { return found }
            return .error(CELError(.noSuchKey, "no such key: \(field)", exprID: id))
        }
        return stamped(SelectNode.select(pointer.pointee, field))
    }
}

/// `has(v.field)` where `v` is a comprehension variable.
final class SlotHasNode: PlanNode, @unchecked Sendable {
    let slot: Int
    let field: String
    init(id: Int64, slot: Int, field: String) {
        self.slot = slot
        self.field = field
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let pointer = context.slots + slot
        if case .map(let map) = pointer.pointee { return .bool(map.containsField(field)) }
        return HasNode.test(pointer.pointee, field)
    }
}
