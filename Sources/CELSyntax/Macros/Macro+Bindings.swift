extension Macro {
    /// The bindings extension: `cel.bind(name, init, body)` evaluates `body` with `name` bound to
    /// `init`. Expands to a comprehension over an empty list whose accumulator is the variable:
    /// iterVar `#unused`, accuVar `name`, accuInit `init`, condition `false`, step `name`,
    /// result `body`.
    public static let bindings: [Macro] = [
        Macro(name: "bind", argumentCount: 3, style: .receiver) { context, target, arguments throws(MacroError) in
            guard let target, context.simpleName(target) == "cel" else { return nil }
            guard let name = context.simpleName(arguments[0]) else {
                throw MacroError("cel.bind() variable names must be simple identifiers", at: arguments[0].id)
            }
            return bindComprehension(&context, name: name, initial: arguments[1], body: arguments[2])
        }
    ]

    /// The comprehension that binds `name` to `initial` while evaluating `body`.
    static func bindComprehension(
        _ context: inout MacroExpansionContext, name: String, initial: Expr, body: Expr
    ) -> Expr {
        context.comprehension(
            iterRange: context.list(), iterVar: "#unused", accuVar: name, accuInit: initial,
            condition: context.literal(.bool(false)), step: context.ident(name), result: body)
    }

    /// The block extension used by optimized (common-subexpression-eliminated) expressions:
    /// `cel.block([e0, e1 …], body)` becomes the call `cel.@block([…], body)`, `cel.index(N)` the
    /// identifier `@indexN`, `cel.iterVar(N, M)` the identifier `@it:N:M` and `cel.accuVar(N, M)`
    /// the identifier `@ac:N:M`.
    public static let block: [Macro] = [
        Macro(name: "block", argumentCount: 2, style: .receiver) { context, target, arguments throws(MacroError) in
            guard let target, context.simpleName(target) == "cel" else { return nil }
            guard case .list = arguments[0].kind else {
                throw MacroError("cel.block requires the first arg to be a list literal", at: arguments[0].id)
            }
            return context.call(Operator.block, arguments[0], arguments[1])
        },
        Macro(name: "index", argumentCount: 1, style: .receiver) { context, target, arguments throws(MacroError) in
            guard let target, context.simpleName(target) == "cel" else { return nil }
            guard case .literal(.int(let index)) = arguments[0].kind, index >= 0 else {
                throw MacroError("cel.index requires a single non-negative int constant arg", at: arguments[0].id)
            }
            return context.ident("@index\(index)")
        },
        blockVariable(name: "iterVar", prefix: "@it"),
        blockVariable(name: "accuVar", prefix: "@ac"),
    ]

    private static func blockVariable(name: String, prefix: String) -> Macro {
        Macro(name: name, argumentCount: 2, style: .receiver) { context, target, arguments throws(MacroError) in
            guard let target, context.simpleName(target) == "cel" else { return nil }
            guard case .literal(.int(let depth)) = arguments[0].kind, depth >= 0,
                case .literal(.int(let unique)) = arguments[1].kind, unique >= 0
            else {
                throw MacroError("cel.\(name) requires two non-negative int constant args", at: arguments[0].id)
            }
            return context.ident("\(prefix):\(depth):\(unique)")
        }
    }
}
