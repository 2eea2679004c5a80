import CELSyntax

/// A compact, id-free rendering of a tree for assertions: calls as `f(a, b)`, receiver calls as
/// `t.f(a)`, presence tests as `a.b~test-only`, optional list elements as `?x`, comprehensions
/// as `__comprehension__(iterVar[, iterVar2], range, accu, init, condition, step, result)`.
func debug(_ expr: Expr) -> String {
    switch expr.kind {
    case .literal(let constant): return debug(constant)
    case .ident(let name): return name
    case .select(let operand, let field, let testOnly):
        return "\(debug(operand)).\(field)" + (testOnly ? "~test-only" : "")
    case .call(let target, let function, let args):
        let arguments = args.map(debug).joined(separator: ", ")
        if let target { return "\(debug(target)).\(function)(\(arguments))" }
        return "\(function)(\(arguments))"
    case .list(let elements, let optionalIndices):
        let parts = elements.enumerated().map { (optionalIndices.contains($0.offset) ? "?" : "") + debug($0.element) }
        return "[" + parts.joined(separator: ", ") + "]"
    case .map(let entries):
        return "{"
            + entries.map { ($0.isOptional ? "?" : "") + "\(debug($0.key)): \(debug($0.value))" }.joined(
                separator: ", ") + "}"
    case .message(let typeName, let fields):
        return typeName + "{"
            + fields.map { ($0.isOptional ? "?" : "") + "\($0.field): \(debug($0.value))" }.joined(separator: ", ")
            + "}"
    case .comprehension(let c):
        let variables = c.iterVar2.map { "\(c.iterVar), \($0)" } ?? c.iterVar
        return "__comprehension__(\(variables), \(debug(c.iterRange)), \(c.accuVar), \(debug(c.accuInit)), "
            + "\(debug(c.loopCondition)), \(debug(c.loopStep)), \(debug(c.result)))"
    }
}

func debug(_ constant: Constant) -> String {
    switch constant {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .int(let value): return String(value)
    case .uint(let value): return "\(value)u"
    case .double(let value): return "\(value)d"
    case .string(let value): return "\"" + escaped(value.unicodeScalars.map { $0.value }) + "\""
    case .bytes(let value): return "b\"" + escaped(value.map { UInt32($0) }) + "\""
    }
}

private func escaped(_ values: [UInt32]) -> String {
    var out = ""
    for value in values {
        if value == 0x22 || value == 0x5C {
            out += "\\" + String(Unicode.Scalar(value)!)
        } else if value >= 0x20 && value < 0x7F {
            out.unicodeScalars.append(Unicode.Scalar(value)!)
        } else {
            out += "\\x{" + String(value, radix: 16) + "}"
        }
    }
    return out
}

/// Parses with the given options and renders the tree, or the rendered failure.
func parseDebug(_ text: String, options: ParserOptions = ParserOptions()) -> String {
    do {
        return debug(try Parser(options: options).parse(text).expr)
    } catch {
        return error.description
    }
}

/// The issues of a parse that must fail (empty when it parses).
func parseIssues(_ text: String, options: ParserOptions = ParserOptions()) -> [CELIssue] {
    do {
        _ = try Parser(options: options).parse(text)
        return []
    } catch {
        return error.issues
    }
}
