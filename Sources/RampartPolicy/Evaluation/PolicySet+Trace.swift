import CEL
public import RampartCore

extension PolicySet {
    /// One step of a rule's evaluation, for `rampart policy eval`.
    public struct TraceStep: Sendable {
        /// `variables.name` or `validation[0]`.
        public var label: String
        /// The value, rendered as CEL-tagged JSON.
        public var value: String
    }

    /// The value of each variable and validation of a rule on a resource.
    public func trace(_ ruleID: String, on resource: ConfigResource) -> [TraceStep] {
        guard let index = byID[ruleID] else { return [] }
        let compiled = rules[index]
        let context = ResourceContext(resource)
        var bindings = context.bindings
        var entries = context.implicitVariables
        var steps: [TraceStep] = []
        for (name, program) in compiled.variables {
            bindings["variables"] = .map(CELDictionaryMap(entries))
            let value = program.evaluate(CELBindings(bindings))
            steps.append(TraceStep(label: "variables.\(name)", value: CELJSON.render(value)))
            entries.append((.string(name), value))
        }
        bindings["variables"] = .map(CELDictionaryMap(entries))
        for (offset, validation) in compiled.validations.enumerated() {
            let value = validation.program.evaluate(CELBindings(bindings))
            steps.append(
                TraceStep(
                    label: "validation[\(offset)] \(validation.validation.expression.source)",
                    value: CELJSON.render(value)))
        }
        return steps
    }
}
