import CELSyntax

/// `cel.block([e0, e1 …], body)` (parsed as `cel.@block`): binds `@index0`, `@index1` … to the
/// list's expressions in order (each may use the earlier ones) and evaluates the body. The
/// bindings are evaluated once each, so a shared subexpression is computed once.
final class BlockNode: PlanNode, @unchecked Sendable {
    let slots: [Int]
    let bindings: [PlanNode]
    let body: PlanNode
    init(id: Int64, slots: [Int], bindings: [PlanNode], body: PlanNode) {
        self.slots = slots
        self.bindings = bindings
        self.body = body
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        for index in bindings.indices { context.slots[slots[index]] = bindings[index].evaluate(context) }
        return body.evaluate(context)
    }
}

/// The name the block macros give to the binding at `index`.
func blockIndexName(_ index: Int) -> String { "@index\(index)" }

extension Planner {
    /// Plans `cel.@block([…], body)`.
    mutating func planBlock(_ id: Int64, _ args: [Expr]) -> PlanNode? {
        guard args.count == 2, case .list(let elements, _) = args[0].kind else { return nil }
        var slots: [Int] = []
        var bindings: [PlanNode] = []
        var bound = 0
        func planAll(_ planner: inout Planner) -> PlanNode {
            if bound == elements.count { return planner.plan(args[1]) }
            let node = planner.plan(elements[bound])
            let slot = planner.allocateSlot()
            bindings.append(node)
            slots.append(slot)
            let name = blockIndexName(bound)
            bound += 1
            return planner.withScope(name, slot) { inner in planAll(&inner) }
        }
        let body = planAll(&self)
        return BlockNode(id: id, slots: slots, bindings: bindings, body: body)
    }
}

extension TypeChecker {
    /// Checks `cel.@block([…], body)`, giving each `@indexN` the type of its expression.
    mutating func checkBlock(_ args: [Expr]) -> CELType? {
        guard args.count == 2, case .list(let elements, _) = args[0].kind else { return nil }
        for (index, element) in elements.enumerated() {
            let type = check(element)
            scopes.append((blockIndexName(index), type))
        }
        let result = check(args[1])
        scopes.removeLast(elements.count)
        return result
    }
}
