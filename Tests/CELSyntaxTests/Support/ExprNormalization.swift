import CELSyntax

/// The tree with every id set to 0, to compare shapes of separate parses.
func withoutIDs(_ expr: Expr) -> Expr {
    let kind: Expr.Kind
    switch expr.kind {
    case .literal, .ident:
        kind = expr.kind
    case .select(let operand, let field, let testOnly):
        kind = .select(operand: withoutIDs(operand), field: field, testOnly: testOnly)
    case .call(let target, let function, let args):
        kind = .call(target: target.map(withoutIDs), function: function, args: args.map(withoutIDs))
    case .list(let elements, let optionalIndices):
        kind = .list(elements: elements.map(withoutIDs), optionalIndices: optionalIndices)
    case .map(let entries):
        kind = .map(
            entries: entries.map {
                MapEntry(id: 0, key: withoutIDs($0.key), value: withoutIDs($0.value), isOptional: $0.isOptional)
            })
    case .message(let typeName, let fields):
        kind = .message(
            typeName: typeName,
            fields: fields.map {
                FieldInitializer(id: 0, field: $0.field, value: withoutIDs($0.value), isOptional: $0.isOptional)
            })
    case .comprehension(var c):
        c.iterRange = withoutIDs(c.iterRange)
        c.accuInit = withoutIDs(c.accuInit)
        c.loopCondition = withoutIDs(c.loopCondition)
        c.loopStep = withoutIDs(c.loopStep)
        c.result = withoutIDs(c.result)
        kind = .comprehension(c)
    }
    return Expr(id: 0, kind)
}

/// Every node id of a tree (map entries and field initializers included), in tree order.
func allIDs(_ expr: Expr) -> [Int64] {
    var ids = [expr.id]
    switch expr.kind {
    case .literal, .ident: break
    case .select(let operand, _, _): ids += allIDs(operand)
    case .call(let target, _, let args):
        if let target { ids += allIDs(target) }
        for arg in args { ids += allIDs(arg) }
    case .list(let elements, _):
        for element in elements { ids += allIDs(element) }
    case .map(let entries):
        for entry in entries { ids += allIDs(entry.key) + [entry.id] + allIDs(entry.value) }
    case .message(_, let fields):
        for field in fields { ids += [field.id] + allIDs(field.value) }
    case .comprehension(let c):
        for part in [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result] { ids += allIDs(part) }
    }
    return ids
}
