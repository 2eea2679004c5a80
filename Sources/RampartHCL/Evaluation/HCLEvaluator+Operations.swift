extension HCLEvaluator {
    mutating func attribute(_ source: HCLValue, _ name: String, at range: HCLRange) -> HCLValue {
        switch source {
        case .unknown: return .unknown
        case .null:
            return fail(
                "Attempt to get attribute from null value", "This value is null, so it has no \"\(name)\".", at: range)
        case .object(let fields), .map(let fields):
            guard let value = fields[name] else {
                return fail(
                    "Unsupported attribute", "This object does not have an attribute named \"\(name)\".", at: range)
            }
            return value
        default:
            return fail("Unsupported attribute", "Cannot get attribute \"\(name)\" of \(source.type).", at: range)
        }
    }

    mutating func index(_ source: HCLValue, _ key: HCLValue, at range: HCLRange) -> HCLValue {
        if case .unknown = source { return .unknown }
        if case .unknown = key { return .unknown }
        if source.isNull {
            return fail("Attempt to index null value", "This value is null, so it cannot be indexed.", at: range)
        }
        if let items = source.elements {
            if case .set = source { return fail("Invalid index", "Elements of a set cannot be indexed.", at: range) }
            guard let number = key.asNumber, let position = number.intValue else {
                return fail("Invalid index", "A list or tuple index must be a whole number, not \(key).", at: range)
            }
            guard items.indices.contains(position) else {
                return fail(
                    "Invalid index", "The index \(position) is out of range for \(items.count) elements.", at: range)
            }
            return items[position]
        }
        if let fields = source.fields {
            guard let name = key.asString else {
                return fail("Invalid index", "A map or object key must be a string, not \(key).", at: range)
            }
            guard let value = fields[name] else {
                return fail("Invalid index", "The given key \"\(name)\" does not identify an element.", at: range)
            }
            return value
        }
        return fail("Invalid index", "This value (\(source.type)) cannot be indexed.", at: range)
    }

    mutating func splat(_ source: HCLValue, each: [HCLTraverser], full: Bool, at range: HCLRange) -> HCLValue {
        if case .unknown = source { return .unknown }
        let items: [HCLValue]
        if source.isNull {
            items = []
        } else if let elements = source.elements {
            items = elements
        } else {
            // Both splat forms treat a single non-sequence value as a one-element tuple.
            return .tuple([traverse(source, each)])
        }
        let results = items.map { traverse($0, each) }
        if case .list = source { return .list(results) }
        return .tuple(results)
    }

    mutating func traverse(_ value: HCLValue, _ steps: [HCLTraverser]) -> HCLValue {
        var current = value
        for step in steps {
            switch step {
            case .attribute(let name, let range): current = attribute(current, name, at: range)
            case .index(let key, let range): current = index(current, evaluate(key), at: range)
            }
        }
        return current
    }

    mutating func call(_ name: String, _ arguments: [HCLExpression], expandFinal: Bool, at range: HCLRange) -> HCLValue
    {
        if (name == "try" || name == "can") && context.functions[name] == nil {
            return tryArguments(arguments, returnsBool: name == "can", at: range)
        }
        guard let function = context.functions[name] else {
            return fail("Call to unknown function", "There is no function named \"\(name)\".", at: range)
        }
        var values = arguments.map { evaluate($0) }
        if expandFinal, let last = values.popLast() {
            if case .unknown = last { return .unknown }
            guard let items = last.elements else {
                return fail(
                    "Invalid expanding argument value", "The expanding argument (...) must be a list or tuple.",
                    at: arguments[arguments.count - 1].range)
            }
            values.append(contentsOf: items)
        }
        if !function.acceptsUnknown, values.contains(where: { $0.containsUnknown }) { return .unknown }
        do {
            return try function.implementation(values)
        } catch {
            return fail("Error in function call", "Call to function \"\(name)\" failed: \(error.message).", at: range)
        }
    }

    mutating func unary(_ op: HCLUnaryOperator, _ operand: HCLValue, at range: HCLRange) -> HCLValue {
        if case .unknown = operand { return .unknown }
        switch op {
        case .not:
            guard let flag = operand.asBool else {
                return fail("Invalid operand", "! needs a bool, not \(operand).", at: range)
            }
            return .bool(!flag)
        case .negate:
            guard let number = operand.asNumber else {
                return fail("Invalid operand", "- needs a number, not \(operand).", at: range)
            }
            return .number(-number)
        }
    }

    mutating func logical(_ op: HCLBinaryOperator, _ lhs: HCLExpression, _ rhs: HCLExpression, at range: HCLRange)
        -> HCLValue
    {
        let left = evaluate(lhs)
        let right = evaluate(rhs)
        if case .unknown = left { return .unknown }
        if case .unknown = right { return .unknown }
        guard let a = left.asBool, let b = right.asBool else {
            return fail("Invalid operand", "\(op.rawValue) needs bool operands, not \(left) and \(right).", at: range)
        }
        return .bool(op == .and ? a && b : a || b)
    }

    mutating func binary(_ op: HCLBinaryOperator, _ left: HCLValue, _ right: HCLValue, at range: HCLRange) -> HCLValue {
        if left.containsUnknown || right.containsUnknown { return .unknown }
        switch op {
        case .equal: return .bool(left.equals(right))
        case .notEqual: return .bool(!left.equals(right))
        default: break
        }
        guard let a = left.asNumber, let b = right.asNumber else {
            return fail("Invalid operand", "\(op.rawValue) needs number operands, not \(left) and \(right).", at: range)
        }
        switch op {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide:
            guard let quotient = a.divided(by: b) else {
                return fail("Division by zero", "The divisor is zero.", at: range)
            }
            return .number(quotient)
        case .modulo:
            guard let remainder = a.remainder(dividingBy: b) else {
                return fail("Division by zero", "The divisor is zero.", at: range)
            }
            return .number(remainder)
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        case .and, .or, .equal, .notEqual: return .unknown
        }
    }

    mutating func evaluateFor(_ expression: HCLForExpression, at range: HCLRange) -> HCLValue {
        let source = evaluate(expression.collection)
        guard let pairs = iterationPairs(source, at: expression.collection.range) else { return .unknown }
        let saved = context.variables
        defer { context.variables = saved }
        var items: [HCLValue] = []
        var fields: [String: HCLValue] = [:]
        var groups: [String: [HCLValue]] = [:]
        for (key, value) in pairs {
            if let keyVariable = expression.keyVariable { context.variables[keyVariable] = key }
            context.variables[expression.valueVariable] = value
            if let condition = expression.condition {
                let test = evaluate(condition)
                if case .unknown = test { return .unknown }
                guard let keep = test.asBool else {
                    return fail(
                        "Invalid for condition", "The if clause must produce a bool, not \(test).", at: condition.range)
                }
                if !keep { continue }
            }
            guard let keyExpression = expression.keyExpression else {
                items.append(evaluate(expression.valueExpression))
                continue
            }
            let keyValue = evaluate(keyExpression)
            if case .unknown = keyValue { return .unknown }
            guard let name = keyValue.asString else {
                return fail(
                    "Invalid object key", "A for expression key must be a string, not \(keyValue).",
                    at: keyExpression.range)
            }
            let element = evaluate(expression.valueExpression)
            if expression.grouping {
                groups[name, default: []].append(element)
            } else if fields[name] != nil {
                return fail(
                    "Duplicate object key", "Two elements produce the key \"\(name)\"; use ... to group them.",
                    at: keyExpression.range)
            } else {
                fields[name] = element
            }
        }
        if expression.keyExpression == nil { return .tuple(items) }
        if expression.grouping { return .object(groups.mapValues { .tuple($0) }) }
        return .object(fields)
    }

    /// `try(a, b, …)`: the first argument that evaluates without errors; `can(x)`: whether `x` does.
    mutating func tryArguments(_ arguments: [HCLExpression], returnsBool: Bool, at range: HCLRange) -> HCLValue {
        let saved = diagnostics
        for argument in arguments {
            diagnostics = []
            let value = evaluate(argument)
            let failed = diagnostics.hasErrors
            diagnostics = saved
            if case .unknown = value, !failed { return .unknown }
            if !failed { return returnsBool ? .bool(true) : value }
        }
        if returnsBool { return .bool(false) }
        return fail("Error in function call", "No expression given to try evaluated without errors.", at: range)
    }
}
