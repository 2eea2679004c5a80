extension Macro {
    /// The lists extension macro `list.sortBy(x, key)`: sorts `list` by the key computed for each
    /// element.
    ///
    /// Expands to a binding of the list to `@__sortBy_input__` (as `cel.bind` does) whose body is
    /// the receiver call `@__sortBy_input__.@sortByAssociatedKeys(@__sortBy_input__.map(x, key))`,
    /// so the list is evaluated once and the runtime sorts it by the parallel list of keys.
    public static let lists: [Macro] = [
        Macro(name: "sortBy", argumentCount: 2, style: .receiver) { context, target, arguments throws(MacroError) in
            guard let target else { return nil }
            switch target.kind {
            case .list, .select, .ident, .comprehension, .call: break
            default:
                throw MacroError(
                    "sortBy can only be applied to a list, identifier, comprehension, call or select expression",
                    at: target.id)
            }
            let variable = try iterationVariable(arguments[0], in: context, message: "argument is not an identifier")
            let input = "@__sortBy_input__"
            let keys = mapComprehension(
                &context, target: context.ident(input), variable: variable, filter: nil, transform: arguments[1])
            let sorted = context.memberCall(Operator.sortByAssociatedKeys, target: context.ident(input), keys)
            return bindComprehension(&context, name: input, initial: target, body: sorted)
        }
    ]
}
