extension Macro {
    /// The macros of the CEL language definition: `has(a.b)`, `e.all(x, p)`, `e.exists(x, p)`,
    /// `e.exists_one(x, p)` (also spelled `existsOne`), `e.map(x, f)`, `e.map(x, p, f)` and
    /// `e.filter(x, p)`.
    public static let standard: [Macro] = [
        Macro(name: "has", argumentCount: 1, style: .global) { context, _, arguments throws(MacroError) in
            guard case .select(let operand, let field, false) = arguments[0].kind else {
                throw MacroError("invalid argument to has() macro", at: arguments[0].id)
            }
            return context.presenceTest(operand, field: field)
        },
        quantifier(name: "all", kind: .all),
        quantifier(name: "exists", kind: .exists),
        quantifier(name: "exists_one", kind: .existsOne),
        quantifier(name: "existsOne", kind: .existsOne),
        Macro(name: "map", argumentCount: 2, style: .receiver) { context, target, arguments throws(MacroError) in
            let variable = try iterationVariable(arguments[0], in: context, message: "argument is not an identifier")
            return mapComprehension(&context, target: target!, variable: variable, filter: nil, transform: arguments[1])
        },
        Macro(name: "map", argumentCount: 3, style: .receiver) { context, target, arguments throws(MacroError) in
            let variable = try iterationVariable(arguments[0], in: context, message: "argument is not an identifier")
            return mapComprehension(
                &context, target: target!, variable: variable, filter: arguments[1], transform: arguments[2])
        },
        Macro(name: "filter", argumentCount: 2, style: .receiver) { context, target, arguments throws(MacroError) in
            let variable = try iterationVariable(arguments[0], in: context, message: "argument is not an identifier")
            let element = context.ident(variable)
            let appended = context.call(Operator.add, context.accumulator(), context.list(element))
            let step = context.call(Operator.conditional, arguments[1], appended, context.accumulator())
            return context.comprehension(
                iterRange: target!, iterVar: variable, accuVar: MacroExpansionContext.accumulatorName,
                accuInit: context.list(), condition: context.literal(.bool(true)), step: step,
                result: context.accumulator())
        },
    ]

    /// The three quantifiers, which share their expansion but for the fold.
    enum QuantifierKind { case all, exists, existsOne }

    /// `target.name(x, p)` for the `all`, `exists` and `exists_one` quantifiers.
    static func quantifier(name: String, kind: QuantifierKind) -> Macro {
        Macro(name: name, argumentCount: 2, style: .receiver) { context, target, arguments throws(MacroError) in
            let variable = try iterationVariable(arguments[0], in: context, message: "argument must be a simple name")
            return quantifierComprehension(
                &context, kind: kind, target: target!, variables: (variable, nil), predicate: arguments[1])
        }
    }

    /// Builds the comprehension of a quantifier over one or two iteration variables.
    static func quantifierComprehension(
        _ context: inout MacroExpansionContext, kind: QuantifierKind, target: Expr,
        variables: (String, String?), predicate: Expr
    ) -> Expr {
        let initial: Expr
        let condition: Expr
        let step: Expr
        let result: Expr
        switch kind {
        case .all:
            initial = context.literal(.bool(true))
            condition = context.call(Operator.notStrictlyFalse, context.accumulator())
            step = context.call(Operator.logicalAnd, context.accumulator(), predicate)
            result = context.accumulator()
        case .exists:
            initial = context.literal(.bool(false))
            condition = context.call(
                Operator.notStrictlyFalse, context.call(Operator.logicalNot, context.accumulator()))
            step = context.call(Operator.logicalOr, context.accumulator(), predicate)
            result = context.accumulator()
        case .existsOne:
            initial = context.literal(.int(0))
            condition = context.literal(.bool(true))
            let incremented = context.call(Operator.add, context.accumulator(), context.literal(.int(1)))
            step = context.call(Operator.conditional, predicate, incremented, context.accumulator())
            result = context.call(Operator.equals, context.accumulator(), context.literal(.int(1)))
        }
        return context.comprehension(
            iterRange: target, iterVar: variables.0, iterVar2: variables.1,
            accuVar: MacroExpansionContext.accumulatorName, accuInit: initial, condition: condition, step: step,
            result: result)
    }

    /// `target.map(x, f)` and `target.map(x, p, f)`.
    static func mapComprehension(
        _ context: inout MacroExpansionContext, target: Expr, variable: String, filter: Expr?, transform: Expr
    ) -> Expr {
        let appended = context.call(Operator.add, context.accumulator(), context.list(transform))
        let step =
            if let filter {
                context.call(Operator.conditional, filter, appended, context.accumulator())
            } else {
                appended
            }
        return context.comprehension(
            iterRange: target, iterVar: variable, accuVar: MacroExpansionContext.accumulatorName,
            accuInit: context.list(), condition: context.literal(.bool(true)), step: step,
            result: context.accumulator())
    }

    /// Checks that an iteration-variable argument is a simple name other than the accumulator.
    static func iterationVariable(
        _ argument: Expr, in context: MacroExpansionContext, message: String
    ) throws(MacroError) -> String {
        guard let name = context.simpleName(argument) else { throw MacroError(message, at: argument.id) }
        if name == MacroExpansionContext.accumulatorName {
            throw MacroError("iteration variable overwrites accumulator variable", at: argument.id)
        }
        return name
    }
}
