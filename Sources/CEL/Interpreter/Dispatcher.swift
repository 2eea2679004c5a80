/// Runtime overload selection for one call site: the candidate overloads (already narrowed by
/// name, call style, arity and, when checked, by the checker) tried in order against the run-time
/// types of the arguments.
final class Dispatcher: @unchecked Sendable {
    struct Candidate {
        let id: String
        let parameters: [CELType]
        let implementation: CELImplementation
        let isStrict: Bool
        let cost: CELCallCost
        /// `true` when every parameter accepts anything, so no run-time check is needed.
        let acceptsAll: Bool
    }

    let function: String
    let candidates: [Candidate]
    let anyNonStrict: Bool

    init(function: String, overloads: [CELOverload], constants: [CELValue?]? = nil) {
        self.function = function
        var candidates: [Candidate] = []
        for overload in overloads {
            var implementation = overload.implementation
            if let constants, let specialize = overload.specialize, let specialized = specialize(constants) {
                implementation = specialized
            }
            guard let implementation else { continue }
            let acceptsAll = overload.parameters.allSatisfy {
                switch $0 {
                case .dyn, .typeParameter: return true
                default: return false
                }
            }
            candidates.append(
                Candidate(
                    id: overload.id, parameters: overload.parameters, implementation: implementation,
                    isStrict: overload.isStrict, cost: overload.cost, acceptsAll: acceptsAll))
        }
        self.candidates = candidates
        self.anyNonStrict = candidates.contains { !$0.isStrict }
    }

    var isEmpty: Bool { candidates.isEmpty }

    @inline(__always)
    private func matches(_ candidate: Candidate, _ arguments: [CELValue]) -> Bool {
        if candidate.acceptsAll { return true }
        for (parameter, argument) in zip(candidate.parameters, arguments) where !argument.conforms(to: parameter) {
            return false
        }
        return true
    }

    private func charge(_ candidate: Candidate, _ arguments: [CELValue], _ context: EvaluationContext) -> Bool {
        switch candidate.cost {
        case .fixed(let units): return context.charge(units)
        case .linear(let base, let perUnit):
            var size = 0
            for argument in arguments { size += argument.sizeForCost }
            return context.charge(base + Int((Double(size) * perUnit).rounded(.up)))
        }
    }

    /// Calls the first matching overload.
    func call(_ arguments: [CELValue], _ context: EvaluationContext) -> CELValue {
        if !anyNonStrict, let failure = propagated(arguments) { return failure }
        for candidate in candidates where matches(candidate, arguments) {
            if candidate.isStrict, let failure = propagated(arguments) { return failure }
            if !charge(candidate, arguments, context) { return .error(context.cancellation!) }
            return Dispatcher.invoke(candidate.implementation, arguments)
        }
        if let failure = propagated(arguments) { return failure }
        return .error(CELError.noSuchOverload(function, arguments))
    }

    static func invoke(_ implementation: CELImplementation, _ arguments: [CELValue]) -> CELValue {
        switch implementation {
        case .unary(let body) where arguments.count == 1: return body(arguments[0])
        case .binary(let body) where arguments.count == 2: return body(arguments[0], arguments[1])
        case .ternary(let body) where arguments.count == 3: return body(arguments[0], arguments[1], arguments[2])
        case .variadic(let body): return body(arguments)
        default: return .error(.noSuchOverload, "no such overload: wrong number of arguments")
        }
    }
}

/// A function call with planned arguments.
final class CallNode: PlanNode, @unchecked Sendable {
    let arguments: [PlanNode]
    let dispatcher: Dispatcher
    init(id: Int64, arguments: [PlanNode], dispatcher: Dispatcher) {
        self.arguments = arguments
        self.dispatcher = dispatcher
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        var values: [CELValue] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(argument.evaluate(context)) }
        return stamped(dispatcher.call(values, context))
    }
}

/// A one-argument call with a single strict overload: no array, no type check when `dyn`.
final class UnaryCallNode: PlanNode, @unchecked Sendable {
    let argument: PlanNode
    let parameter: CELType
    let body: @Sendable (CELValue) -> CELValue
    let function: String
    let cost: Int
    init(
        id: Int64, argument: PlanNode, parameter: CELType, function: String, cost: Int,
        body: @escaping @Sendable (CELValue) -> CELValue
    ) {
        self.argument = argument
        self.parameter = parameter
        self.function = function
        self.cost = cost
        self.body = body
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let value = argument.evaluate(context)
        if value.isErrorOrUnknown { return value }
        guard value.conforms(to: parameter) else { return .error(CELError.noSuchOverload(function, [value])) }
        if !context.charge(cost) { return .error(context.cancellation!) }
        return stamped(body(value))
    }
}

/// A two-argument call with a single strict overload.
final class BinaryCallNode: PlanNode, @unchecked Sendable {
    let lhs: PlanNode
    let rhs: PlanNode
    let parameters: (CELType, CELType)
    let body: @Sendable (CELValue, CELValue) -> CELValue
    let function: String
    let cost: Int
    init(
        id: Int64, lhs: PlanNode, rhs: PlanNode, parameters: (CELType, CELType), function: String, cost: Int,
        body: @escaping @Sendable (CELValue, CELValue) -> CELValue
    ) {
        self.lhs = lhs
        self.rhs = rhs
        self.parameters = parameters
        self.function = function
        self.cost = cost
        self.body = body
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let a = lhs.evaluate(context)
        let b = rhs.evaluate(context)
        if let failure = propagated(a, b) { return failure }
        guard a.conforms(to: parameters.0), b.conforms(to: parameters.1) else {
            return .error(CELError.noSuchOverload(function, [a, b]))
        }
        if !context.charge(cost) { return .error(context.cancellation!) }
        return stamped(body(a, b))
    }
}
