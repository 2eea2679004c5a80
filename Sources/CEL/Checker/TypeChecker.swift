import CELSyntax

/// The type checker: resolves names against declarations and the container, picks overloads,
/// deduces the type of every node, and reports problems with positions.
struct TypeChecker {
    let environment: CELEnvironment
    let parsed: ParsedExpr
    var substitution = TypeSubstitution()
    var types: [Int64: CELType] = [:]
    var references: [Int64: CheckedReference] = [:]
    var issues: [CELIssue] = []
    var scopes: [(name: String, type: CELType)] = []

    init(environment: CELEnvironment, parsed: ParsedExpr) {
        self.environment = environment
        self.parsed = parsed
    }

    mutating func report(_ code: CELIssue.Code, _ message: String, at id: Int64) {
        issues.append(CELIssue(code: code, message: message, offset: parsed.offsets[id], in: parsed.source))
    }

    func scopedType(_ name: String) -> CELType? {
        for scope in scopes.reversed() where scope.name == name { return scope.type }
        return nil
    }

    mutating func run() -> CheckResult {
        let type = check(parsed.expr)
        var finalTypes: [Int64: CELType] = [:]
        for (id, type) in types { finalTypes[id] = substitution.finalize(type) }
        return CheckResult(
            type: substitution.finalize(type), references: references,
            issues: issues.sorted { ($0.offset ?? 0) < ($1.offset ?? 0) }, types: finalTypes)
    }

    @discardableResult
    mutating func check(_ expr: Expr) -> CELType {
        let type = deduce(expr)
        types[expr.id] = type
        return type
    }

    private mutating func deduce(_ expr: Expr) -> CELType {
        switch expr.kind {
        case .literal(let constant):
            switch constant {
            case .null: return .null
            case .bool: return .bool
            case .int: return .int
            case .uint: return .uint
            case .double: return .double
            case .string: return .string
            case .bytes: return .bytes
            }
        case .ident(let name): return checkIdent(expr.id, name)
        case .select(let operand, let field, let testOnly):
            return checkSelect(expr, operand: operand, field: field, testOnly: testOnly)
        case .call(let target, let function, let args):
            return checkCall(expr, target: target, function: function, args: args)
        case .list(let elements, let optionalIndices):
            var elementType: CELType?
            for (index, element) in elements.enumerated() {
                var type = check(element)
                if optionalIndices.contains(index) {
                    let inner = substitution.fresh()
                    if substitution.assign(.optional(inner), type) { type = substitution.substitute(inner) }
                }
                elementType = join(elementType, type)
            }
            return .list(elementType ?? substitution.fresh())
        case .map(let entries):
            var keyType: CELType?
            var valueType: CELType?
            for entry in entries {
                keyType = join(keyType, check(entry.key))
                var type = check(entry.value)
                if entry.isOptional {
                    let inner = substitution.fresh()
                    if substitution.assign(.optional(inner), type) { type = substitution.substitute(inner) }
                }
                valueType = join(valueType, type)
            }
            return .map(keyType ?? substitution.fresh(), valueType ?? substitution.fresh())
        case .message(let typeName, let fields):
            for field in fields { check(field.value) }
            for candidate in environment.candidateNames(typeName) where WellKnownMessage.isKnown(candidate) {
                return TypeChecker.wellKnownType(candidate)
            }
            report(.undeclaredReference, "undeclared reference to message type '\(typeName)'", at: expr.id)
            return .error
        case .comprehension(let comprehension):
            return checkComprehension(comprehension)
        }
    }

    /// The common type of two aggregate members: the unified type, or `dyn` when they differ.
    mutating func join(_ current: CELType?, _ next: CELType) -> CELType {
        guard let current else { return next }
        if substitution.assign(current, next) { return substitution.mostGeneral(current, next) }
        return .dyn
    }

    static func wellKnownType(_ name: String) -> CELType {
        switch name.dropFirst(WellKnownMessage.prefix.count) {
        case "BoolValue": return .wrapper(.bool)
        case "BytesValue": return .wrapper(.bytes)
        case "StringValue": return .wrapper(.string)
        case "DoubleValue", "FloatValue": return .wrapper(.double)
        case "Int32Value", "Int64Value": return .wrapper(.int)
        case "UInt32Value", "UInt64Value": return .wrapper(.uint)
        case "Struct": return .map(.string, .dyn)
        case "ListValue": return .list(.dyn)
        case "Timestamp": return .timestamp
        case "Duration": return .duration
        default: return .dyn
        }
    }

    // MARK: Names

    private mutating func checkIdent(_ id: Int64, _ name: String) -> CELType {
        if !name.hasPrefix("."), let type = scopedType(name) { return type }
        for candidate in environment.candidateNames(name) {
            if let variable = environment.variable(named: candidate) {
                references[id] = .variable(candidate)
                return variable.type
            }
        }
        report(
            .undeclaredReference, "undeclared reference to '\(name)' (in container '\(environment.options.container)')",
            at: id)
        return .error
    }

    private mutating func checkSelect(_ expr: Expr, operand: Expr, field: String, testOnly: Bool) -> CELType {
        // A qualified name `a.b.c` may name a declared variable.
        if !testOnly, let name = Planner.qualifiedName(expr) {
            let root = String(name.split(separator: ".").first ?? "")
            if name.hasPrefix(".") || scopedType(root) == nil {
                for candidate in environment.candidateNames(name) {
                    if let variable = environment.variable(named: candidate) {
                        references[expr.id] = .variable(candidate)
                        return variable.type
                    }
                }
            }
        }
        let operandType = substitution.substitute(check(operand))
        let fieldType = selectType(operandType, field: field, id: expr.id)
        return testOnly ? .bool : fieldType
    }

    mutating func selectType(_ operandType: CELType, field: String, id: Int64) -> CELType {
        switch operandType {
        case .map(let key, let value):
            _ = substitution.assign(key, .string)
            return value
        case .dyn, .error, .typeParameter, .object: return .dyn
        case .optional(let inner): return .optional(selectType(substitution.substitute(inner), field: field, id: id))
        default:
            report(.typeMismatch, "type '\(operandType)' does not support field selection", at: id)
            return .error
        }
    }

    // MARK: Comprehensions

    private mutating func checkComprehension(_ c: Comprehension) -> CELType {
        let rangeType = substitution.substitute(check(c.iterRange))
        var first: CELType
        var second: CELType?
        switch rangeType {
        case .list(let element):
            first = c.iterVar2 == nil ? element : .int
            if c.iterVar2 != nil { second = element }
        case .map(let key, let value):
            first = key
            if c.iterVar2 != nil { second = value }
        case .dyn, .error, .typeParameter:
            first = .dyn
            if c.iterVar2 != nil { second = .dyn }
        default:
            report(
                .typeMismatch,
                "expression of type '\(rangeType)' cannot be range of a comprehension (must be list, map, or dynamic)",
                at: c.iterRange.id)
            first = .dyn
            second = .dyn
        }
        let accuType = check(c.accuInit)
        scopes.append((c.accuVar, accuType))
        scopes.append((c.iterVar, first))
        if let name = c.iterVar2 { scopes.append((name, second ?? .dyn)) }
        let conditionType = check(c.loopCondition)
        if !substitution.assign(.bool, conditionType) {
            report(
                .typeMismatch, "loop condition must be bool, found '\(substitution.finalize(conditionType))'",
                at: c.loopCondition.id)
        }
        let stepType = check(c.loopStep)
        if !substitution.assign(accuType, stepType) {
            report(
                .typeMismatch,
                "comprehension step type '\(substitution.finalize(stepType))' does not match accumulator type '\(substitution.finalize(accuType))'",
                at: c.loopStep.id)
        }
        scopes.removeLast(c.iterVar2 != nil ? 2 : 1)
        let resultType = check(c.result)
        scopes.removeLast()
        return resultType
    }
}

extension CELEnvironment {
    /// Type-checks a parsed expression.
    func check(_ parsed: ParsedExpr) -> CheckResult {
        var checker = TypeChecker(environment: self, parsed: parsed)
        return checker.run()
    }
}
