public import CELSyntax

/// A compiled expression: an immutable, `Sendable` tree evaluated many times, concurrently.
///
/// Evaluation never throws: errors are values (`.error`), because CEL's logical operators absorb
/// them. Use ``evaluateOrThrow(_:)`` when an error should become a Swift error.
public struct CELProgram: Sendable {
    let root: PlanNode
    let slotCount: Int
    /// The type the checker deduced (`dyn` when unchecked).
    public let resultType: CELType
    /// The options of the environment that compiled the program.
    public let options: CELOptions
    /// The parsed expression the program was planned from (source text and node offsets).
    public let parsed: ParsedExpr

    init(root: PlanNode, slotCount: Int, resultType: CELType, options: CELOptions, parsed: ParsedExpr) {
        self.root = root
        self.slotCount = slotCount
        self.resultType = resultType
        self.options = options
        self.parsed = parsed
    }

    /// Line and column of the sub-expression an evaluation error came from
    /// (``CELError/exprID``), for diagnostics such as `1:15: no such key: securityContext`.
    public func location(of error: CELError) -> Source.Location? {
        guard let id = error.exprID else { return nil }
        return parsed.location(of: id)
    }

    /// The outcome of one evaluation with its cost.
    public struct Evaluation: Sendable {
        /// The result (possibly `.error` or `.unknown`).
        public var value: CELValue
        /// Cost units spent.
        public var cost: Int
    }

    /// Evaluates with variables from an activation, reporting the cost spent.
    public func evaluateWithCost(_ activation: some CELActivation) -> Evaluation {
        let context = EvaluationContext.make(
            activation: activation, slotCount: slotCount, costLimit: options.costLimit ?? .max,
            maxCollectionSize: options.maxCreatedCollectionSize)
        var value = root.evaluate(context)
        if let cancellation = context.cancellation { value = .error(cancellation) }
        return Evaluation(value: value, cost: context.cost)
    }

    /// Evaluates with variables from an activation.
    public func evaluate(_ activation: some CELActivation) -> CELValue {
        evaluateWithCost(activation).value
    }

    /// Evaluates with variables from a dictionary.
    public func evaluate(_ variables: [String: CELValue] = [:]) -> CELValue {
        evaluateWithCost(CELBindings(variables)).value
    }

    /// Evaluates and throws the error when the result is an error (or unknown).
    public func evaluateOrThrow(_ activation: some CELActivation) throws(CELError) -> CELValue {
        let value = evaluate(activation)
        switch value {
        case .error(let error): throw error
        case .unknown(let set):
            throw CELError(.other, "result depends on unknown inputs (expression ids \(set.ids))")
        default: return value
        }
    }
}
