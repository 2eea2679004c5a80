public import CELSyntax

/// Kubernetes' compile-time checks of constant arguments and literals: an invalid constant
/// `duration('1d')`, `timestamp('…')`, regular expression (`matches`, `find`, `findAll`) or a list
/// or map literal mixing constant types is reported when the expression is compiled instead of
/// failing each evaluation.
public enum LiteralValidator {
    /// Code of issues raised for invalid constant arguments.
    public static let invalidLiteralCode = CELIssue.Code(rawValue: "invalid-constant-argument")
    /// Code of issues raised for mixed-type aggregate literals.
    public static let heterogeneousLiteralCode = CELIssue.Code(rawValue: "heterogeneous-literal")

    /// Every problem found in `parsed`, in traversal order.
    public static func validate(_ parsed: ParsedExpr) -> [CELIssue] {
        var issues: [CELIssue] = []
        func report(_ code: CELIssue.Code, _ message: String, at id: Int64) {
            issues.append(CELIssue(code: code, message: message, offset: parsed.offsets[id], in: parsed.source))
        }
        func visit(_ expr: Expr) {
            switch expr.kind {
            case .literal, .ident:
                break
            case .select(let operand, _, _):
                visit(operand)
            case .call(let target, let function, let args):
                if let target { visit(target) }
                if function == "format", target != nil, args.count == 1, case .list(let elements, _) = args[0].kind {
                    // `format` arguments are exempt from the homogeneity rule (as in cel-go).
                    elements.forEach(visit)
                } else {
                    args.forEach(visit)
                }
                checkCall(target: target, function: function, args: args, report: report)
            case .list(let elements, let optionalIndices):
                elements.forEach(visit)
                let constants = elements.enumerated().filter { !optionalIndices.contains($0.offset) }.map(\.element)
                checkHomogeneous(constants, report: report)
            case .map(let entries):
                for entry in entries {
                    visit(entry.key)
                    visit(entry.value)
                }
                checkHomogeneous(entries.filter { !$0.isOptional }.map(\.key), report: report)
                checkHomogeneous(entries.filter { !$0.isOptional }.map(\.value), report: report)
            case .message(_, let fields):
                fields.forEach { visit($0.value) }
            case .comprehension(let comprehension):
                visit(comprehension.iterRange)
                visit(comprehension.accuInit)
                visit(comprehension.loopCondition)
                visit(comprehension.loopStep)
                visit(comprehension.result)
            }
        }
        visit(parsed.expr)
        return issues
    }

    private static func checkCall(
        target: Expr?, function: String, args: [Expr], report: (CELIssue.Code, String, Int64) -> Void
    ) {
        switch (function, target, args.count) {
        case ("duration", nil, 1):
            if case .literal(.string(let text)) = args[0].kind, !ConstantSyntax.isValidDuration(text) {
                report(invalidLiteralCode, "invalid duration argument", args[0].id)
            }
        case ("timestamp", nil, 1):
            switch args[0].kind {
            case .literal(.string(let text)) where !ConstantSyntax.isValidTimestamp(text):
                report(invalidLiteralCode, "invalid timestamp", args[0].id)
            case .literal(.int(let seconds)) where !ConstantSyntax.isValidTimestampSeconds(seconds):
                report(invalidLiteralCode, "invalid timestamp", args[0].id)
            default:
                break
            }
        case ("matches", _, _), ("find", _?, _), ("findAll", _?, _):
            let patternIndex = target == nil ? 1 : 0
            guard args.count > patternIndex, case .literal(.string(let pattern)) = args[patternIndex].kind,
                let message = ConstantSyntax.regexError(pattern)
            else { return }
            let text = function == "matches" ? "invalid matches argument: \(message)" : message
            report(invalidLiteralCode, text, args[patternIndex].id)
        default:
            break
        }
    }

    /// Reports the first element whose constant type differs from the first constant element's.
    private static func checkHomogeneous(_ elements: [Expr], report: (CELIssue.Code, String, Int64) -> Void) {
        var expected: String?
        for element in elements {
            guard let type = constantTypeName(element) else { continue }
            if let expected, expected != type {
                report(heterogeneousLiteralCode, "expected type '\(expected)' but found '\(type)'", element.id)
                return
            }
            expected = expected ?? type
        }
    }

    private static func constantTypeName(_ expr: Expr) -> String? {
        guard case .literal(let constant) = expr.kind else { return nil }
        switch constant {
        case .null: return nil
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        }
    }
}
