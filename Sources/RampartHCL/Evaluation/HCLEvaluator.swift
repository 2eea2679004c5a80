import RampartCore

/// Evaluates HCL expressions against variables and functions.
///
/// Errors become diagnostics and the failing sub-expression evaluates to `unknown`, so one bad
/// reference does not hide the rest. Unknown operands propagate through every operation.
public struct HCLEvaluator {
    /// Variables and functions in scope.
    public var context: HCLEvaluationContext
    /// Problems met so far.
    public var diagnostics: [HCLDiagnostic] = []

    /// Creates an evaluator.
    public init(context: HCLEvaluationContext = HCLEvaluationContext()) {
        self.context = context
    }

    /// Evaluates one expression with a context, returning the value and any diagnostics.
    public static func evaluate(_ expression: HCLExpression, in context: HCLEvaluationContext = HCLEvaluationContext())
        -> (HCLValue, [HCLDiagnostic])
    {
        var evaluator = HCLEvaluator(context: context)
        let value = evaluator.evaluate(expression)
        return (value, evaluator.diagnostics)
    }

    mutating func fail(_ summary: String, _ detail: String, at range: HCLRange) -> HCLValue {
        diagnostics.append(HCLDiagnostic(.error, summary, detail: detail, at: range, code: .evaluationError))
        return .unknown
    }

    /// Evaluates an expression.
    public mutating func evaluate(_ expression: HCLExpression) -> HCLValue {
        let range = expression.range
        switch expression.kind {
        case .literal(let value):
            return value
        case .template(let parts):
            if parts.count == 1, case .interpolation(let inner) = parts[0] { return evaluate(inner) }
            return renderTemplate(parts)
        case .variable(let name):
            guard let value = context.variables[name] else {
                return fail("Unknown variable", "There is no variable named \"\(name)\".", at: range)
            }
            return value
        case .getAttribute(let source, let name):
            return attribute(evaluate(source), name, at: range)
        case .index(let source, let key):
            return index(evaluate(source), evaluate(key), at: range)
        case .splat(let source, let each, let full):
            return splat(evaluate(source), each: each, full: full, at: range)
        case .call(let name, let arguments, let expandFinal):
            return call(name, arguments, expandFinal: expandFinal, at: range)
        case .tuple(let items):
            return .tuple(items.map { evaluate($0) })
        case .object(let items):
            var fields: [String: HCLValue] = [:]
            for item in items {
                let key = evaluate(item.key)
                if case .unknown = key { return .unknown }
                guard let name = key.asString else {
                    return fail("Invalid object key", "An object key must be a string, not \(key).", at: item.key.range)
                }
                fields[name] = evaluate(item.value)
            }
            return .object(fields)
        case .unary(let op, let operand):
            return unary(op, evaluate(operand), at: range)
        case .binary(let op, let lhs, let rhs):
            if op == .and || op == .or { return logical(op, lhs, rhs, at: range) }
            return binary(op, evaluate(lhs), evaluate(rhs), at: range)
        case .conditional(let condition, let whenTrue, let whenFalse):
            let test = evaluate(condition)
            if case .unknown = test { return .unknown }
            guard let flag = test.asBool else {
                return fail(
                    "Incorrect condition type", "The condition must be a bool, not \(test).", at: condition.range)
            }
            let selected = evaluate(flag ? whenTrue : whenFalse)
            // Both results are unified to one type: the other branch is evaluated (its errors ignored) for its type.
            let saved = diagnostics.count
            let other = evaluate(flag ? whenFalse : whenTrue)
            diagnostics.removeSubrange(saved...)
            return Self.unified(selected, with: other)
        case .forExpression(let forExpression):
            return evaluateFor(forExpression, at: range)
        case .parenthesized(let inner):
            return evaluate(inner)
        }
    }

    mutating func renderTemplate(_ parts: [HCLTemplatePart]) -> HCLValue {
        var output = ""
        var unknown = false
        for part in parts {
            switch part {
            case .literal(let text, _):
                output += text
            case .interpolation(let expression):
                let value = evaluate(expression)
                if case .unknown = value {
                    unknown = true
                } else if let text = value.asString {
                    output += text
                } else {
                    _ = fail(
                        "Invalid template interpolation value",
                        "Cannot include \(value.isNull ? "a null value" : value.description) in a string template.",
                        at: expression.range)
                    unknown = true
                }
            case .conditional(let condition, let thenParts, let elseParts, _):
                let test = evaluate(condition)
                guard let flag = test.asBool else {
                    if case .unknown = test {
                    } else {
                        _ = fail("Invalid template condition", "The condition must be a bool.", at: condition.range)
                    }
                    unknown = true
                    continue
                }
                let rendered = renderTemplate(flag ? thenParts : elseParts)
                if case .string(let text) = rendered { output += text } else { unknown = true }
            case .loop(let keyVariable, let valueVariable, let collection, let body, _):
                let source = evaluate(collection)
                guard let pairs = iterationPairs(source, at: collection.range) else {
                    unknown = true
                    continue
                }
                let saved = context.variables
                for (key, value) in pairs {
                    if let keyVariable { context.variables[keyVariable] = key }
                    context.variables[valueVariable] = value
                    if case .string(let text) = renderTemplate(body) { output += text } else { unknown = true }
                }
                context.variables = saved
            }
        }
        return unknown ? .unknown : .string(output)
    }

    /// A conditional's result converted to the type it shares with the other result (`true ? 1 : "a"` is `"1"`).
    static func unified(_ selected: HCLValue, with other: HCLValue) -> HCLValue {
        switch (selected, other) {
        case (.number, .string), (.bool, .string): return selected.converted(to: .string) ?? selected
        default: return selected
        }
    }

    /// Key/value pairs of a collection in iteration order; `nil` (after a diagnostic unless unknown) otherwise.
    mutating func iterationPairs(_ source: HCLValue, at range: HCLRange) -> [(HCLValue, HCLValue)]? {
        if case .set(let items) = source { return items.map { ($0, $0) } }
        if let items = source.elements { return items.enumerated().map { (.int($0.offset), $0.element) } }
        if let fields = source.fields { return fields.sorted { $0.key < $1.key }.map { (.string($0.key), $0.value) } }
        if case .unknown = source { return nil }
        _ = fail(
            "Iteration over non-iterable value", "A for loop needs a list, set, tuple, map or object, not \(source).",
            at: range)
        return nil
    }
}
