import CELSyntax

/// What the checker resolved an expression node to.
enum CheckedReference: Sendable {
    /// A variable (or constant) by its fully qualified name.
    case variable(String)
    /// A function by its qualified name, with the overload ids that may apply.
    case function(String, overloadIDs: [String])
}

extension Planner {
    mutating func planCall(_ expr: Expr, target: Expr?, function: String, args: [Expr]) -> PlanNode {
        let id = expr.id
        if target == nil, let node = planOperator(id, function, args) { return node }
        if target == nil, function == "cel.@block", let node = planBlock(id, args) { return node }
        if target == nil, function == "cel.@mapInsert", case .ident(let accumulator)? = args.first?.kind,
            let node = mapInsertNode(expr, args, slot: inPlaceAccumulatorSlot(accumulator))
        {
            return node
        }
        if let target, let node = planOptionalMap(id, target: target, function: function, args: args) { return node }

        let (name, receiver) = resolveFunction(id, target: target, function: function)

        var argumentExprs = args
        if let receiver { argumentExprs.insert(receiver, at: 0) }
        let isMember = receiver != nil

        if isMember, args.count == 1, function == "or" || function == "orValue" {
            let nodes = argumentExprs.map { plan($0) }
            let fallback = dispatcher(name, isMember: true, arity: 2, constants: nil, id: id)
            let general = OptionalOrNode(
                id: id, receiver: nodes[0], alternative: nodes[1], unwrap: function == "orValue", fallback: fallback)
            if function == "orValue", let receiver,
                let path = planOptionalPath(id, receiver: receiver, fallback: args[0], general: general)
            {
                return path
            }
            return general
        }

        let nodes = argumentExprs.map { plan($0) }
        let constants = nodes.map(\.constantValue)
        guard let dispatcher = dispatcher(name, isMember: isMember, arity: nodes.count, constants: constants, id: id)
        else {
            if environment.function(named: name) == nil {
                return ConstantNode(id: id, .error(.undeclaredReference, "undeclared reference to '\(name)'"))
            }
            return CallNode(id: id, arguments: nodes, dispatcher: Dispatcher(function: name, overloads: []))
        }
        if dispatcher.candidates.count == 1, dispatcher.candidates[0].isStrict {
            let candidate = dispatcher.candidates[0]
            if case .fixed(let cost) = candidate.cost {
                switch candidate.implementation {
                case .unary(let body) where nodes.count == 1:
                    return UnaryCallNode(
                        id: id, argument: nodes[0], parameter: candidate.parameters[0], function: name, cost: cost,
                        body: body)
                case .binary(let body) where nodes.count == 2:
                    return BinaryCallNode(
                        id: id, lhs: nodes[0], rhs: nodes[1],
                        parameters: (candidate.parameters[0], candidate.parameters[1]),
                        function: name, cost: cost, body: body)
                default: break
                }
            }
        }
        return CallNode(id: id, arguments: nodes, dispatcher: dispatcher)
    }

    /// The function a call names and its receiver: `optional.of(x)` is the global function
    /// `optional.of` (no receiver) unless `optional` is a variable; in a container, `f(x)` may
    /// name `container.f`. Checked expressions use the checker's resolution.
    private func resolveFunction(_ id: Int64, target: Expr?, function: String) -> (String, Expr?) {
        if let reference = references[id], case .function(let resolved, _) = reference,
            environment.function(named: resolved) != nil
        {
            // The checker names a qualified function only when the receiver was its namespace.
            return (resolved, resolved == function ? target : nil)
        }
        if let target {
            guard let prefix = Planner.qualifiedName(target), !prefix.hasPrefix("."), slotRoot(prefix) == nil,
                environment.variable(named: prefix) == nil
            else { return (function, target) }
            for candidate in environment.candidateNames("\(prefix).\(function)")
            where environment.function(named: candidate) != nil {
                return (candidate, nil)
            }
            return (function, target)
        }
        for candidate in environment.candidateNames(function) where environment.function(named: candidate) != nil {
            return (candidate, nil)
        }
        return (function, nil)
    }

    private func slotRoot(_ qualified: String) -> Int? {
        guard let root = qualified.split(separator: ".").first else { return nil }
        let name = String(root)
        return scopesContain(name)
    }

    /// The candidate overloads of a call site, or `nil` when none has the right shape.
    func dispatcher(_ name: String, isMember: Bool, arity: Int, constants: [CELValue?]?, id: Int64) -> Dispatcher? {
        guard let function = environment.function(named: name) else { return nil }
        var overloads = function.overloads.filter { $0.isMember == isMember && $0.parameters.count == arity }
        if let reference = references[id], case .function(_, let ids) = reference, !ids.isEmpty {
            let narrowed = overloads.filter { ids.contains($0.id) }
            if !narrowed.isEmpty { overloads = narrowed }
        }
        let dispatcher = Dispatcher(function: name, overloads: overloads, constants: constants)
        return dispatcher.isEmpty ? nil : dispatcher
    }

    private mutating func planOperator(_ id: Int64, _ function: String, _ args: [Expr]) -> PlanNode? {
        func fallback(_ arity: Int) -> Dispatcher? {
            guard let function = environment.function(named: function) else { return nil }
            let custom = function.overloads.filter { $0.parameters.count == arity && !$0.isBuiltinOperatorOverload }
            let dispatcher = Dispatcher(function: function.name, overloads: custom)
            return dispatcher.isEmpty ? nil : dispatcher
        }
        switch (function, args.count) {
        case (Operator.logicalAnd, 2): return AndNode(id: id, plan(args[0]), plan(args[1]))
        case (Operator.logicalOr, 2): return OrNode(id: id, plan(args[0]), plan(args[1]))
        case (Operator.logicalNot, 1): return NotNode(id: id, plan(args[0]))
        case (Operator.notStrictlyFalse, 1): return NotStrictlyFalseNode(id: id, plan(args[0]))
        case (Operator.conditional, 3): return ConditionalNode(id: id, plan(args[0]), plan(args[1]), plan(args[2]))
        case (Operator.equals, 2): return EqualsNode(id: id, plan(args[0]), plan(args[1]), negated: false)
        case (Operator.notEquals, 2): return EqualsNode(id: id, plan(args[0]), plan(args[1]), negated: true)
        case (Operator.less, 2):
            return CompareNode(
                id: id, plan(args[0]), plan(args[1]), kind: .less, function: function, fallback: fallback(2))
        case (Operator.lessEquals, 2):
            return CompareNode(
                id: id, plan(args[0]), plan(args[1]), kind: .lessEquals, function: function, fallback: fallback(2))
        case (Operator.greater, 2):
            return CompareNode(
                id: id, plan(args[0]), plan(args[1]), kind: .greater, function: function, fallback: fallback(2))
        case (Operator.greaterEquals, 2):
            return CompareNode(
                id: id, plan(args[0]), plan(args[1]), kind: .greaterEquals, function: function, fallback: fallback(2))
        case (Operator.add, 2):
            if let append = appendNode(id, args) { return append }
            return ArithmeticNode(
                id: id, plan(args[0]), plan(args[1]), kind: .add, function: function, fallback: fallback(2))
        case (Operator.subtract, 2):
            return ArithmeticNode(
                id: id, plan(args[0]), plan(args[1]), kind: .subtract, function: function, fallback: fallback(2))
        case (Operator.multiply, 2):
            return ArithmeticNode(
                id: id, plan(args[0]), plan(args[1]), kind: .multiply, function: function, fallback: fallback(2))
        case (Operator.divide, 2):
            return ArithmeticNode(
                id: id, plan(args[0]), plan(args[1]), kind: .divide, function: function, fallback: fallback(2))
        case (Operator.modulo, 2):
            return ArithmeticNode(
                id: id, plan(args[0]), plan(args[1]), kind: .modulo, function: function, fallback: fallback(2))
        case (Operator.negate, 1): return NegateNode(id: id, plan(args[0]), fallback: fallback(1))
        case (Operator.index, 2): return IndexNode(id: id, operand: plan(args[0]), index: plan(args[1]))
        case (Operator.optionalIndex, 2): return OptionalIndexNode(id: id, operand: plan(args[0]), index: plan(args[1]))
        case (Operator.optionalSelect, 2):
            guard case .literal(.string(let field)) = args[1].kind else { return nil }
            return OptionalSelectNode(id: id, operand: plan(args[0]), field: field)
        case (Operator.in, 2):
            return InNode(id: id, element: plan(args[0]), container: plan(args[1]), fallback: fallback(2))
        default: return nil
        }
    }
}

extension CELOverload {
    /// `true` for the standard library's operator overloads, which the planner's operator nodes
    /// implement directly (only other overloads are kept as fallbacks).
    var isBuiltinOperatorOverload: Bool { id.hasPrefix("std.") }
}

/// `opt.or(other)` / `opt.orValue(v)`: the alternative is only evaluated when needed.
final class OptionalOrNode: PlanNode, @unchecked Sendable {
    let receiver: PlanNode
    let alternative: PlanNode
    let unwrap: Bool
    let fallback: Dispatcher?
    init(id: Int64, receiver: PlanNode, alternative: PlanNode, unwrap: Bool, fallback: Dispatcher?) {
        self.receiver = receiver
        self.alternative = alternative
        self.unwrap = unwrap
        self.fallback = fallback
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let value = receiver.evaluate(context)
        switch value {
        case .optional(let wrapped?): return unwrap ? wrapped : value
        case .optional(nil):
            let other = alternative.evaluate(context)
            if unwrap || other.isErrorOrUnknown { return other }
            if case .optional = other { return other }
            return .error(CELError.noSuchOverload("or", [value, other]))
        case .error, .unknown: return value
        default:
            let other = alternative.evaluate(context)
            if let fallback { return fallback.call([value, other], context) }
            return .error(CELError.noSuchOverload(unwrap ? "orValue" : "or", [value, other]))
        }
    }
}
