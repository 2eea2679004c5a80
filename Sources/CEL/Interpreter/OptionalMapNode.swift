import CELSyntax

/// `opt.optMap(x, f)` and `opt.optFlatMap(x, f)` (cel-go's optional macros, planned directly
/// because the parser leaves them as calls): applies `f` to the value of a present optional.
final class OptionalMapNode: PlanNode, @unchecked Sendable {
    let receiver: PlanNode
    let slot: Int
    let body: PlanNode
    let flat: Bool
    init(id: Int64, receiver: PlanNode, slot: Int, body: PlanNode, flat: Bool) {
        self.receiver = receiver
        self.slot = slot
        self.body = body
        self.flat = flat
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let value = receiver.evaluate(context)
        switch value {
        case .optional(nil): return value
        case .optional(let wrapped?):
            context.slots[slot] = wrapped
            let result = body.evaluate(context)
            if result.isErrorOrUnknown { return result }
            if flat {
                if case .optional = result { return result }
                return .error(CELError.noSuchOverload("optFlatMap", [result]))
            }
            return .optional(result)
        case .error, .unknown: return value
        default: return .error(CELError.noSuchOverload(flat ? "optFlatMap" : "optMap", [value]))
        }
    }
}

extension Planner {
    /// Plans `optMap` / `optFlatMap` when written with an identifier as first argument.
    mutating func planOptionalMap(_ id: Int64, target: Expr, function: String, args: [Expr]) -> PlanNode? {
        guard function == "optMap" || function == "optFlatMap", args.count == 2,
            case .ident(let variable) = args[0].kind, !variable.hasPrefix(".")
        else { return nil }
        let receiver = plan(target)
        let slot = allocateSlot()
        let body = withScope(variable, slot) { planner in planner.plan(args[1]) }
        return OptionalMapNode(id: id, receiver: receiver, slot: slot, body: body, flat: function == "optFlatMap")
    }
}
