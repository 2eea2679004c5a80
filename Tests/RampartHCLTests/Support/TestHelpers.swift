import RampartHCL

/// Parses `name = <expression>` and returns the expression; test helper.
func parseAttribute(_ source: String) -> (HCLExpression?, [HCLDiagnostic]) {
    let file = HCLParser.parse(source)
    return (file.body.attributes.first?.expression, file.diagnostics)
}

/// Evaluates a standalone expression with variables.
func evaluate(_ source: String, _ variables: [String: HCLValue] = [:]) -> (HCLValue, [HCLDiagnostic]) {
    let (expression, diagnostics) = HCLParser.parseExpression(source)
    guard let expression else { return (.null, diagnostics) }
    let (value, problems) = HCLEvaluator.evaluate(expression, in: HCLEvaluationContext(variables: variables))
    return (value, diagnostics + problems)
}

/// `line:column-line:column` of a range.
func text(_ range: HCLRange) -> String {
    "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
}

extension HCLValue {
    static func str(_ text: String) -> HCLValue { .string(text) }
    static func num(_ text: String) -> HCLValue { .number(HCLDecimal(text)!) }
}
