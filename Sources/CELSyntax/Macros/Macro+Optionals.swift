extension Macro {
    /// The optional-types library macros: `opt.optMap(x, f)` and `opt.optFlatMap(x, f)`.
    ///
    /// `opt.optMap(x, f)` expands to
    /// `opt.hasValue() ? optional.of(cel.bind(x, opt.value(), f)) : optional.none()` and
    /// `opt.optFlatMap(x, f)` to `opt.hasValue() ? cel.bind(x, opt.value(), f) : optional.none()`,
    /// where `optional.of` and `optional.none` are global calls with those (qualified) names and
    /// the second `opt` is a copy of the receiver with fresh ids (cel-go's expansion).
    ///
    /// Not part of ``all``: add it to ``ParserOptions/macros`` when the runtime does not evaluate
    /// `optMap`/`optFlatMap` calls itself.
    public static let optionals: [Macro] = [
        optionalMap(name: "optMap", wrapsResult: true),
        optionalMap(name: "optFlatMap", wrapsResult: false),
    ]

    private static func optionalMap(name: String, wrapsResult: Bool) -> Macro {
        Macro(name: name, argumentCount: 2, style: .receiver) { context, target, arguments throws(MacroError) in
            guard let target else { return nil }
            guard let variable = context.simpleName(arguments[0]) else {
                throw MacroError("\(name)() variable name must be a simple identifier", at: arguments[0].id)
            }
            let condition = context.memberCall("hasValue", target: target)
            let receiverCopy = context.copy(target)
            let value = context.memberCall("value", target: receiverCopy)
            let bound = bindComprehension(&context, name: variable, initial: value, body: arguments[1])
            let present = wrapsResult ? context.call("optional.of", bound) : bound
            let absent = context.call("optional.none")
            return context.call(Operator.conditional, condition, present, absent)
        }
    }
}
