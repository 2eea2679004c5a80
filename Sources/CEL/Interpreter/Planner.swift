import CELSyntax

/// Turns a syntax tree into a tree of ``PlanNode``s: resolves names to slots or activation
/// lookups, picks operator nodes and overload candidates, and recognizes macro shapes that have
/// faster direct forms.
struct Planner {
    let environment: CELEnvironment
    /// Checker results, when the expression was type-checked: resolved names and overload ids.
    let references: [Int64: CheckedReference]
    private var scopes: [(name: String, slot: Int)] = []
    private var appendingAccumulators: [String: Int] = [:]
    private(set) var slotCount = 0
    private var comprehensionDepth = 0
    private(set) var problems: [(id: Int64, message: String)] = []

    init(environment: CELEnvironment, references: [Int64: CheckedReference] = [:]) {
        self.environment = environment
        self.references = references
    }

    private mutating func newSlot() -> Int {
        defer { slotCount += 1 }
        return slotCount
    }

    private func slot(of name: String) -> Int? {
        for scope in scopes.reversed() where scope.name == name { return scope.slot }
        return nil
    }

    mutating func plan(_ expr: Expr) -> PlanNode {
        switch expr.kind {
        case .literal(let constant): return ConstantNode(id: expr.id, CELValue(constant))
        case .ident(let name): return planIdent(expr.id, name)
        case .select(let operand, let field, let testOnly):
            return planSelect(expr, operand: operand, field: field, testOnly: testOnly)
        case .call(let target, let function, let args):
            return planCall(expr, target: target, function: function, args: args)
        case .list(let elements, let optionalIndices):
            let nodes = elements.map { plan($0) }
            if optionalIndices.isEmpty, nodes.allSatisfy({ $0.constantValue != nil }) {
                return ConstantNode(id: expr.id, .list(CELArrayList(nodes.map { $0.constantValue! })))
            }
            return ListNode(id: expr.id, elements: nodes, optionalIndices: optionalIndices)
        case .map(let entries):
            return MapNode(
                id: expr.id, keys: entries.map { plan($0.key) }, values: entries.map { plan($0.value) },
                optional: entries.map(\.isOptional))
        case .message(let typeName, let fields):
            let values = fields.map { plan($0.value) }
            for candidate in environment.candidateNames(typeName) where WellKnownMessage.isKnown(candidate) {
                return WellKnownMessageNode(
                    id: expr.id, typeName: candidate, fields: fields.map(\.field), values: values,
                    optional: fields.map(\.isOptional))
            }
            return MessageNode(id: expr.id, typeName: typeName)
        case .comprehension(let comprehension):
            return planComprehension(expr.id, comprehension)
        }
    }

    // MARK: Names

    private mutating func planIdent(_ id: Int64, _ name: String) -> PlanNode {
        if let reference = references[id], case .variable(let resolved) = reference {
            if let constant = environment.variable(named: resolved)?.value { return ConstantNode(id: id, constant) }
            return VariableNode(id: id, names: [resolved])
        }
        if !name.hasPrefix("."), let slot = slot(of: name) { return SlotNode(id: id, slot: slot) }
        let candidates = environment.candidateNames(name)
        for candidate in candidates {
            if let variable = environment.variable(named: candidate) {
                if let constant = variable.value { return ConstantNode(id: id, constant) }
                return VariableNode(id: id, names: [candidate])
            }
        }
        return VariableNode(id: id, names: candidates)
    }

    /// The dotted name of a chain of selections ending in an identifier, e.g. `a.b.c`.
    static func qualifiedName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .ident(let name): return name
        case .select(let operand, let field, false):
            return qualifiedName(operand).map { "\($0).\(field)" }
        default: return nil
        }
    }

    private mutating func planSelect(_ expr: Expr, operand: Expr, field: String, testOnly: Bool) -> PlanNode {
        if !testOnly, let reference = references[expr.id], case .variable(let resolved) = reference {
            if let constant = environment.variable(named: resolved)?.value {
                return ConstantNode(id: expr.id, constant)
            }
            return VariableNode(id: expr.id, names: [resolved])
        }
        if !testOnly, references.isEmpty, let name = Planner.qualifiedName(expr),
            let root = name.split(separator: ".").first,
            name.hasPrefix(".") || slot(of: String(root)) == nil, let node = planQualified(expr.id, name)
        {
            return node
        }
        let operandNode = plan(operand)
        if let slotNode = operandNode as? SlotNode {
            if testOnly { return SlotHasNode(id: expr.id, slot: slotNode.slot, field: field) }
            return SlotSelectNode(id: expr.id, slot: slotNode.slot, field: field)
        }
        if testOnly { return HasNode(id: expr.id, operand: operandNode, field: field) }
        return SelectNode(id: expr.id, operand: operandNode, field: field)
    }

    /// Resolves `a.b.c` in an unchecked expression: a declared (or constant) longest prefix is
    /// decided now; otherwise the split is tried at run time, longest first.
    private mutating func planQualified(_ id: Int64, _ name: String) -> PlanNode? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let absolute = name.hasPrefix(".")
        let components = absolute ? Array(parts.dropFirst()) : parts
        var candidates: [(name: String, fields: [String])] = []
        for length in stride(from: components.count, through: 1, by: -1) {
            let prefix = (absolute ? "." : "") + components[0..<length].joined(separator: ".")
            let fields = Array(components[length...])
            for candidate in environment.candidateNames(prefix) {
                if let variable = environment.variable(named: candidate) {
                    if candidates.isEmpty {
                        var node: PlanNode =
                            variable.value.map { ConstantNode(id: id, $0) } ?? VariableNode(id: id, names: [candidate])
                        for field in fields { node = SelectNode(id: id, operand: node, field: field) }
                        return node
                    }
                    candidates.append((candidate, fields))
                    return QualifiedNameNode(id: id, candidates: candidates)
                }
                candidates.append((candidate, fields))
            }
        }
        return QualifiedNameNode(id: id, candidates: candidates)
    }

    // MARK: Comprehensions

    private mutating func planComprehension(_ id: Int64, _ c: Comprehension) -> PlanNode {
        comprehensionDepth += 1
        defer { comprehensionDepth -= 1 }
        if comprehensionDepth > environment.options.maxComprehensionNesting {
            problems.append((id, "comprehensions nested more than \(environment.options.maxComprehensionNesting) deep"))
        }
        let range = plan(c.iterRange)
        let accuSlot = newSlot()
        let iterSlot = newSlot()
        let iterSlot2 = c.iterVar2 != nil ? newSlot() : -1

        // cel.bind: an empty range, so only the accumulator (the bound variable) and the result matter.
        if case .list(let elements, _) = c.iterRange.kind, elements.isEmpty {
            let initial = plan(c.accuInit)
            scopes.append((c.accuVar, accuSlot))
            let result = plan(c.result)
            scopes.removeLast()
            return BindNode(id: id, slot: accuSlot, initial: initial, result: result)
        }

        // all / exists in direct form.
        if let (predicate, decisive) = Planner.quantifierShape(c) {
            scopes.append((c.accuVar, accuSlot))
            scopes.append((c.iterVar, iterSlot))
            if let second = c.iterVar2 { scopes.append((second, iterSlot2)) }
            let predicateNode = plan(predicate)
            scopes.removeLast(c.iterVar2 != nil ? 3 : 2)
            return QuantifierNode(
                id: id, range: range, iterSlot: iterSlot, iterSlot2: iterSlot2, predicate: predicateNode,
                decisive: decisive)
        }

        let building = Planner.isMapBuildingShape(c)
        let appending = Planner.isAppendingShape(c) || building
        let initial: PlanNode =
            building
            ? NewMapAccumulatorNode(id: c.accuInit.id)
            : appending ? NewAccumulatorNode(id: c.accuInit.id) : plan(c.accuInit)
        scopes.append((c.accuVar, accuSlot))
        let previousAppending = appendingAccumulators[c.accuVar]
        if appending { appendingAccumulators[c.accuVar] = accuSlot } else { appendingAccumulators[c.accuVar] = nil }
        scopes.append((c.iterVar, iterSlot))
        if let second = c.iterVar2 { scopes.append((second, iterSlot2)) }
        var condition: PlanNode? = plan(c.loopCondition)
        if case .bool(true)? = condition?.constantValue { condition = nil }
        let step = plan(c.loopStep)
        scopes.removeLast(c.iterVar2 != nil ? 2 : 1)
        let result = plan(c.result)
        appendingAccumulators[c.accuVar] = previousAppending
        scopes.removeLast()
        return ComprehensionNode(
            id: id, range: range, iterSlot: iterSlot, iterSlot2: iterSlot2, accuSlot: accuSlot, initial: initial,
            condition: condition, step: step, result: result)
    }

    /// Recognizes the expansion of `all` (returns the predicate, `false`) and `exists` (`true`).
    static func quantifierShape(_ c: Comprehension) -> (Expr, Bool)? {
        guard case .ident(let resultName) = c.result.kind, resultName == c.accuVar,
            case .literal(.bool(let initial)) = c.accuInit.kind,
            case .call(nil, let stepFunction, let stepArgs) = c.loopStep.kind, stepArgs.count == 2,
            case .ident(let accu) = stepArgs[0].kind, accu == c.accuVar,
            case .call(nil, Operator.notStrictlyFalse, let conditionArgs) = c.loopCondition.kind,
            conditionArgs.count == 1
        else { return nil }
        if !initial, stepFunction == Operator.logicalOr,
            case .call(nil, Operator.logicalNot, let notArgs) = conditionArgs[0].kind, notArgs.count == 1,
            case .ident(let name) = notArgs[0].kind, name == c.accuVar
        {
            return (stepArgs[1], true)
        }
        if initial, stepFunction == Operator.logicalAnd, case .ident(let name) = conditionArgs[0].kind,
            name == c.accuVar
        {
            return (stepArgs[1], false)
        }
        return nil
    }

    /// `true` for the `map`/`filter` shape: an internal accumulator starting as `[]` and returned
    /// as the result, so appends can happen in place.
    static func isAppendingShape(_ c: Comprehension) -> Bool {
        guard c.accuVar.hasPrefix("@") || c.accuVar.hasPrefix("__"),
            case .list(let elements, _) = c.accuInit.kind, elements.isEmpty,
            case .ident(let name) = c.result.kind, name == c.accuVar
        else { return false }
        return true
    }

    /// An `@result + [e…]` step of an appending comprehension, as an in-place append.
    mutating func appendNode(_ id: Int64, _ args: [Expr]) -> PlanNode? {
        guard args.count == 2, case .ident(let name) = args[0].kind, let slot = appendingAccumulators[name],
            self.slot(of: name) == slot, case .list(let elements, let optionalIndices) = args[1].kind,
            optionalIndices.isEmpty
        else { return nil }
        return AppendNode(id: id, accuSlot: slot, elements: elements.map { plan($0) })
    }
}

/// `cel.bind(v, init, result)`: binds a slot once and evaluates the result.
final class BindNode: PlanNode, @unchecked Sendable {
    let slot: Int
    let initial: PlanNode
    let result: PlanNode
    init(id: Int64, slot: Int, initial: PlanNode, result: PlanNode) {
        self.slot = slot
        self.initial = initial
        self.result = result
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        context.slots[slot] = initial.evaluate(context)
        return result.evaluate(context)
    }
}

extension CELValue {
    /// The value of a literal constant.
    init(_ constant: Constant) {
        switch constant {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .uint(let u): self = .uint(u)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .bytes(let b): self = .bytes(b)
        }
    }
}

extension Planner {
    func scopesContain(_ name: String) -> Int? { slot(of: name) }

    /// The slot of an in-place accumulator named `name`, if one is active.
    func inPlaceAccumulatorSlot(_ name: String) -> Int? { appendingAccumulators[name] }

    /// Turns off in-place accumulation (for planning a general fallback of the same step).
    mutating func disableInPlaceAccumulation() { appendingAccumulators = [:] }

    /// Takes over the slot numbering of a copy used to plan a subtree.
    mutating func adoptSlots(from other: Planner) { slotCount = max(slotCount, other.slotCount) }

    /// A fresh comprehension slot.
    mutating func allocateSlot() -> Int { newSlot() }

    /// Plans with `name` bound to `slot`.
    mutating func withScope<T>(_ name: String, _ slot: Int, _ body: (inout Planner) -> T) -> T {
        scopes.append((name, slot))
        defer { scopes.removeLast() }
        return body(&self)
    }
}
