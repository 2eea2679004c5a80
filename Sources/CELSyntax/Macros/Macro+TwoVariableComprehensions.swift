extension Macro {
    /// The two-variable comprehensions extension: `e.all(k, v, p)`, `e.exists(k, v, p)`,
    /// `e.existsOne(k, v, p)`, `e.transformList(i, v, [p,] f)`, `e.transformMap(k, v, [p,] f)`
    /// and `e.transformMapEntry(k, v, [p,] f)`. Over a list, the first variable is the index and
    /// the second the element; over a map, the key and the value.
    ///
    /// `transformMap` folds with `cel.@mapInsert(@result, k, f)` and `transformMapEntry` with
    /// `cel.@mapInsert(@result, f)` (merging the entry map `f`), both from an empty map.
    public static let twoVariableComprehensions: [Macro] = [
        twoVariableQuantifier(name: "all", kind: .all),
        twoVariableQuantifier(name: "exists", kind: .exists),
        twoVariableQuantifier(name: "existsOne", kind: .existsOne),
        transform(name: "transformList", filtered: false, kind: .list),
        transform(name: "transformList", filtered: true, kind: .list),
        transform(name: "transformMap", filtered: false, kind: .map),
        transform(name: "transformMap", filtered: true, kind: .map),
        transform(name: "transformMapEntry", filtered: false, kind: .mapEntry),
        transform(name: "transformMapEntry", filtered: true, kind: .mapEntry),
    ]

    private enum TransformKind { case list, map, mapEntry }

    private static func twoVariableQuantifier(name: String, kind: QuantifierKind) -> Macro {
        Macro(name: name, argumentCount: 3, style: .receiver) { context, target, arguments throws(MacroError) in
            let (first, second) = try iterationVariables(arguments[0], arguments[1], in: context)
            return quantifierComprehension(
                &context, kind: kind, target: target!, variables: (first, second), predicate: arguments[2])
        }
    }

    private static func transform(name: String, filtered: Bool, kind: TransformKind) -> Macro {
        Macro(name: name, argumentCount: filtered ? 4 : 3, style: .receiver) {
            context, target, arguments throws(MacroError) in
            let (first, second) = try iterationVariables(arguments[0], arguments[1], in: context)
            let transform = arguments[filtered ? 3 : 2]
            let initial: Expr
            let fold: Expr
            switch kind {
            case .list:
                initial = context.list()
                fold = context.call(Operator.add, context.accumulator(), context.list(transform))
            case .map:
                initial = context.emptyMap()
                fold = context.call(Operator.mapInsert, context.accumulator(), context.ident(first), transform)
            case .mapEntry:
                initial = context.emptyMap()
                fold = context.call(Operator.mapInsert, context.accumulator(), transform)
            }
            let step = filtered ? context.call(Operator.conditional, arguments[2], fold, context.accumulator()) : fold
            return context.comprehension(
                iterRange: target!, iterVar: first, iterVar2: second, accuVar: MacroExpansionContext.accumulatorName,
                accuInit: initial, condition: context.literal(.bool(true)), step: step, result: context.accumulator())
        }
    }

    /// Checks the two iteration variables: simple names, distinct, not the accumulator.
    private static func iterationVariables(
        _ first: Expr, _ second: Expr, in context: MacroExpansionContext
    ) throws(MacroError) -> (String, String) {
        let firstName = try iterationVariable(first, in: context, message: "argument must be a simple name")
        let secondName = try iterationVariable(second, in: context, message: "argument must be a simple name")
        if firstName == secondName {
            throw MacroError("duplicate variable name: \(firstName)", at: second.id)
        }
        return (firstName, secondName)
    }
}
