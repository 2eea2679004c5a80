import CEL
public import RampartCore

/// The outcome of evaluating rules: findings (all failing; suppressions are applied by the caller)
/// and diagnostics for rules that could not be evaluated on an input.
public struct PolicyEvaluation: Sendable {
    public var findings: [Finding] = []
    public var diagnostics: [Diagnostic] = []
    public init() {}
}

extension PolicySet {
    /// Evaluates every resource-scoped rule that matches the resource.
    public func evaluate(_ resource: ConfigResource) -> PolicyEvaluation {
        var evaluation = PolicyEvaluation()
        guard let candidates = resourceRules[resource.platform] else { return evaluation }
        var context: ResourceContext?
        for index in candidates where rules[index].rule.match.matches(resource) {
            if context == nil { context = ResourceContext(resource) }
            evaluate(rules[index], context: context!, into: &evaluation)
        }
        return evaluation
    }

    /// Evaluates the project-scoped rules once over all resources (`objects`).
    public func evaluateProject(_ resources: [ConfigResource]) -> PolicyEvaluation {
        var evaluation = PolicyEvaluation()
        for index in projectRules {
            let compiled = rules[index]
            let selected = resources.filter { compiled.rule.match.matches($0) }
            let objects = NodeValues.originList(
                selected.map(\.node), nullIsAbsent: compiled.rule.match.platform == "kubernetes")
            let bindings: [String: CELValue] = [
                "objects": objects, "object": .null, "oldObject": .null, "params": .null,
                "namespaceObject": .null, "request": .null,
            ]
            guard let variables = evaluateVariables(compiled, bindings: bindings, resource: nil, into: &evaluation)
            else {
                continue
            }
            for validation in compiled.validations {
                let result = validation.program.evaluate(PolicyActivation(base: bindings, variables: variables))
                for value in offending(result, compiled: compiled, resourceName: "project", into: &evaluation) {
                    guard let located = NodeValues.located(value), selected.indices.contains(located.origin) else {
                        // A project-wide finding needs a place: the rule must return resources (or
                        // nodes inside them), not `false` or computed values.
                        evaluation.diagnostics.append(
                            evaluationDiagnostic(
                                compiled,
                                "a project-wide validation must return the offending resources or nodes inside them",
                                resource: nil))
                        continue
                    }
                    let resource = selected[located.origin]
                    evaluation.findings.append(
                        finding(
                            compiled, validation, item: value, resource: resource, node: located.node,
                            activation: PolicyActivation(base: bindings, variables: variables)))
                }
            }
        }
        return evaluation
    }

    func evaluate(_ compiled: CompiledRule, context: ResourceContext, into evaluation: inout PolicyEvaluation) {
        let variables: CELValue
        if compiled.variables.isEmpty {
            variables = context.implicitVariablesMap
        } else {
            guard
                let computed = evaluateVariables(
                    compiled, bindings: context.bindings, resource: context, into: &evaluation)
            else {
                return
            }
            variables = computed
        }
        let activation = PolicyActivation(base: context.bindings, variables: variables)
        for validation in compiled.validations {
            let result = validation.program.evaluate(activation)
            if case .bool(true) = result { continue }
            for value in offending(
                result, compiled: compiled, resourceName: context.resource.address, into: &evaluation,
                file: context.resource.file)
            {
                let located = NodeValues.node(of: value)
                evaluation.findings.append(
                    finding(
                        compiled, validation, item: value, resource: context.resource,
                        node: located ?? context.resource.node,
                        activation: activation, isWholeResource: located == nil))
            }
        }
    }

    /// Evaluates the rule's variables in order; `nil` (with a diagnostic) when one fails.
    func evaluateVariables(
        _ compiled: CompiledRule, bindings: [String: CELValue], resource: ResourceContext?,
        into evaluation: inout PolicyEvaluation
    ) -> CELValue? {
        var entries: [(key: CELMapKey, value: CELValue)] = resource?.implicitVariables ?? []
        if compiled.variables.isEmpty { return .map(CELDictionaryMap(entries)) }
        for (name, program) in compiled.variables {
            let value = program.evaluate(PolicyActivation(base: bindings, variables: .map(CELDictionaryMap(entries))))
            if case .error(let error) = value {
                evaluation.diagnostics.append(
                    evaluationDiagnostic(
                        compiled, "variable \(name): \(error.message)",
                        resource: resource?.resource))
                return nil
            }
            entries.append((.string(name), value))
        }
        return .map(CELDictionaryMap(entries))
    }

    /// The offending values of a validation result: `[]` for `true`, one `.null` for `false`, the
    /// elements of a list. Errors and wrong types become diagnostics.
    func offending(
        _ result: CELValue, compiled: CompiledRule, resourceName: String, into evaluation: inout PolicyEvaluation,
        file: String? = nil
    ) -> [CELValue] {
        switch result {
        case .bool(true): return []
        case .bool(false): return [.null]
        case .list(let list): return (0..<list.count).map { list.element(at: $0) }
        case .error(let error):
            evaluation.diagnostics.append(
                Diagnostic(
                    .evaluationError,
                    "rule \(compiled.rule.metadata.id) could not be evaluated on \(resourceName): \(error.message)",
                    level: .warning, file: file))
            return []
        default:
            evaluation.diagnostics.append(
                Diagnostic(
                    .evaluationError,
                    "rule \(compiled.rule.metadata.id): a validation must return a bool or a list of offending values",
                    level: .warning, file: file))
            return []
        }
    }

    func finding(
        _ compiled: CompiledRule, _ validation: CompiledValidation, item: CELValue, resource: ConfigResource,
        node: Node,
        activation: PolicyActivation, isWholeResource: Bool = false
    ) -> Finding {
        let meta = compiled.rule.metadata
        var span: SourceSpan
        if let path = validation.validation.fieldPath {
            span = FindingLocator.span(along: path, from: isWholeResource ? resource.node : node)
        } else {
            span = node.span
        }
        if span.start.line == 0 { span = resource.node.span }
        var message = validation.validation.message ?? meta.title
        if let program = validation.message {
            let messageActivation = PolicyActivation(base: activation.base, variables: activation.variables, item: item)
            if case .string(let text) = program.evaluate(messageActivation) { message = text }
        }
        return Finding(
            kind: .misconfiguration, ruleID: meta.id, severity: meta.severity, title: meta.title,
            target: resource.file, resource: resource.address, location: SourceRange(file: resource.file, span: span),
            message: message, fingerprintContent: message)
    }

    func evaluationDiagnostic(_ compiled: CompiledRule, _ message: String, resource: ConfigResource?) -> Diagnostic {
        Diagnostic(
            .evaluationError,
            "rule \(compiled.rule.metadata.id)" + (resource.map { " on \($0.address)" } ?? "") + ": \(message)",
            level: .warning, at: resource?.range)
    }
}
