public import CEL

extension CELOverload {
    /// A one-argument conversion (`quantity(s)`, `cidr(s)` …) whose result is computed once, when
    /// the program is planned, if the argument is a constant.
    static func constantFolding(
        _ id: String, _ parameter: CELType, _ result: CELType, _ body: @escaping @Sendable (CELValue) -> CELValue
    ) -> CELOverload {
        CELOverload(
            id, [parameter], result, implementation: .unary(body),
            specialize: { constants in
                guard constants.count == 1, let constant = constants[0] else { return nil }
                let folded = body(constant)
                return .unary { _ in folded }
            })
    }
}
