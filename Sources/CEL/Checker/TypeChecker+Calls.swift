import CELSyntax

extension TypeChecker {
    mutating func checkCall(_ expr: Expr, target: Expr?, function: String, args: [Expr]) -> CELType {
        let id = expr.id
        if target == nil, function == "cel.@block", let type = checkBlock(args) { return type }
        // Qualified function names written as receiver calls: `optional.of(x)`, `math.greatest(…)`.
        if let target, let prefix = Planner.qualifiedName(target) {
            let root = String(prefix.split(separator: ".").first ?? "")
            if prefix.hasPrefix(".") || scopedType(root) == nil {
                for candidate in environment.candidateNames("\(prefix).\(function)")
                where environment.function(named: candidate) != nil {
                    if environment.variable(named: prefix) == nil {
                        return resolveCall(id, name: candidate, receiver: nil, args: args)
                    }
                }
            }
        }
        if let target, function == "optMap" || function == "optFlatMap", args.count == 2,
            case .ident(let variable) = args[0].kind
        {
            let targetType = substitution.substitute(check(target))
            let inner = substitution.fresh()
            if !substitution.assign(.optional(inner), targetType) {
                report(
                    .noMatchingOverload,
                    "found no matching overload for '\(function)' applied to '\(substitution.finalize(targetType))'",
                    at: id)
            }
            scopes.append((variable, substitution.substitute(inner)))
            let bodyType = check(args[1])
            scopes.removeLast()
            types[args[0].id] = substitution.substitute(inner)
            if function == "optMap" { return .optional(bodyType) }
            let result = substitution.fresh()
            if !substitution.assign(.optional(result), bodyType) {
                report(
                    .noMatchingOverload,
                    "optFlatMap function must return an optional, found '\(substitution.finalize(bodyType))'",
                    at: args[1].id)
            }
            return .optional(result)
        }
        if target == nil, function == Operator.index || function == Operator.optionalIndex, args.count == 2,
            case .optional(let inner) = substitution.substitute(check(args[0]))
        {
            // Indexing an optional chains: the result is optional.
            let keyType = check(args[1])
            let element = indexType(substitution.substitute(inner), keyType, id: id)
            if case .optional = element { return element }
            return .optional(element)
        }
        var name = function
        if target == nil {
            for candidate in environment.candidateNames(function) where environment.function(named: candidate) != nil {
                name = candidate
                break
            }
        }
        return resolveCall(id, name: name, receiver: target, args: args)
    }

    private mutating func indexType(_ container: CELType, _ key: CELType, id: Int64) -> CELType {
        switch container {
        case .list(let element):
            if !substitution.assign(.int, key) {
                report(
                    .noMatchingOverload,
                    "found no matching overload for '_[_]' applied to '(\(container), \(substitution.finalize(key)))'",
                    at: id)
            }
            return element
        case .map(let keyType, let value):
            if !substitution.assign(keyType, key) {
                report(
                    .noMatchingOverload,
                    "found no matching overload for '_[_]' applied to '(\(container), \(substitution.finalize(key)))'",
                    at: id)
            }
            return value
        case .optional(let inner): return indexType(substitution.substitute(inner), key, id: id)
        case .dyn, .error, .typeParameter: return .dyn
        default:
            report(
                .noMatchingOverload,
                "found no matching overload for '_[_]' applied to '(\(container), \(substitution.finalize(key)))'",
                at: id)
            return .error
        }
    }

    private mutating func resolveCall(_ id: Int64, name: String, receiver: Expr?, args: [Expr]) -> CELType {
        var argumentTypes: [CELType] = []
        if let receiver { argumentTypes.append(check(receiver)) }
        for arg in args { argumentTypes.append(check(arg)) }
        guard let function = environment.function(named: name) else {
            report(
                .undeclaredReference,
                "undeclared reference to '\(name)' (in container '\(environment.options.container)')", at: id)
            return .error
        }
        let isMember = receiver != nil
        var matched: [String] = []
        var resultType: CELType?
        for overload in function.overloads
        where overload.isMember == isMember && overload.parameters.count == argumentTypes.count {
            let signature = substitution.instantiate(
                overload.parameters + [overload.result], parameters: overload.typeParameters)
            var trial = substitution
            var ok = true
            for (parameter, argument) in zip(signature.dropLast(), argumentTypes)
            where !trial.assign(parameter, argument) {
                ok = false
                break
            }
            guard ok else { continue }
            let candidateResult = trial.substitute(signature.last!)
            if matched.isEmpty {
                substitution = trial
                resultType = candidateResult
            } else if let current = resultType, current != candidateResult {
                resultType = .dyn
            }
            matched.append(overload.id)
        }
        guard let resultType else {
            let rendered = argumentTypes.map { substitution.finalize($0).description }.joined(separator: ", ")
            let shown =
                isMember
                ? "\(rendered.split(separator: ",").first.map(String.init) ?? "").\(name)(…)" : "\(name)(\(rendered))"
            report(
                .noMatchingOverload,
                "found no matching overload for '\(name)' applied to '(\(rendered))'"
                    + (isMember ? " as \(shown)" : ""), at: id)
            return .error
        }
        references[id] = .function(name, overloadIDs: matched)
        return resultType
    }
}
