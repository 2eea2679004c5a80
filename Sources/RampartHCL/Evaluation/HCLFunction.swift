/// A function callable from HCL expressions.
public struct HCLFunction: Sendable {
    /// Why a call failed (wrong argument count or types); the evaluator adds the call's position.
    public struct Failure: Error, Sendable {
        /// What went wrong and what to do.
        public var message: String
        /// Creates a failure.
        public init(_ message: String) { self.message = message }
    }

    /// Implementation: receives evaluated, known arguments.
    public var implementation: @Sendable ([HCLValue]) throws(Failure) -> HCLValue
    /// When `false` (the default), a call with any unknown argument returns unknown without running.
    public var acceptsUnknown: Bool

    /// Creates a function.
    public init(
        acceptsUnknown: Bool = false, _ implementation: @escaping @Sendable ([HCLValue]) throws(Failure) -> HCLValue
    ) {
        self.implementation = implementation
        self.acceptsUnknown = acceptsUnknown
    }
}

/// Variables and functions visible to an evaluation.
public struct HCLEvaluationContext: Sendable {
    /// Root variables (`var`, `local`, `each` …).
    public var variables: [String: HCLValue]
    /// Functions by name (`upper`, `provider::x::y`).
    public var functions: [String: HCLFunction]

    /// Creates a context; `functions` defaults to ``HCLStandardFunctions/all``.
    public init(variables: [String: HCLValue] = [:], functions: [String: HCLFunction] = HCLStandardFunctions.all) {
        self.variables = variables
        self.functions = functions
    }
}
