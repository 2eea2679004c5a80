import CELSyntax

/// `x.?a.?b.orValue(d)` in one step: walks the fields and yields `d` at the first absent one,
/// without building the intermediate optionals (the common "field or default" idiom of policies).
final class OptionalPathNode: PlanNode, @unchecked Sendable {
    let base: PlanNode
    let fields: [String]
    let fallback: PlanNode
    /// The general form, used when a step is not a map (errors and host types keep their semantics).
    let general: PlanNode
    init(id: Int64, base: PlanNode, fields: [String], fallback: PlanNode, general: PlanNode) {
        self.base = base
        self.fields = fields
        self.fallback = fallback
        self.general = general
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        var value = base.evaluate(context)
        for field in fields {
            guard case .map(let map) = value else { return general.evaluate(context) }
            guard let next = map.value(forField: field) else { return fallback.evaluate(context) }
            value = next
        }
        return value
    }
}

extension Planner {
    /// Recognizes `base.?f1.?f2….orValue(d)` (at least one optional selection, base not optional).
    mutating func planOptionalPath(_ id: Int64, receiver: Expr, fallback: Expr, general: PlanNode) -> PlanNode? {
        var fields: [String] = []
        var current = receiver
        while case .call(nil, Operator.optionalSelect, let args) = current.kind, args.count == 2,
            case .literal(.string(let field)) = args[1].kind
        {
            fields.insert(field, at: 0)
            current = args[0]
        }
        guard !fields.isEmpty else { return nil }
        // The base must not itself be optional-valued syntax (`a[?k]`, `optional.of(…)`); plain
        // selections, identifiers and indexing are fine because a map-typed step is checked at
        // run time and anything else falls back to the general node.
        if case .call(_, let function, _) = current.kind,
            function == Operator.optionalIndex || function.hasPrefix("optional.") || function == "or"
        {
            return nil
        }
        return OptionalPathNode(id: id, base: plan(current), fields: fields, fallback: plan(fallback), general: general)
    }
}
