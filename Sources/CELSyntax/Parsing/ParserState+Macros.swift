extension ParserState {
    /// Builds a call, expanding it when a macro matches its name, style and argument count.
    @inline(never)
    mutating func makeCall(
        _ id: Int64, target: Expr?, function: String, arguments: [Expr], expandMacros: Bool
    ) throws(Abort) -> Expr {
        var children = target.map { height($0) } ?? 0
        for argument in arguments { children = max(children, height(argument)) }
        let call = try node(id, .call(target: target, function: function, args: arguments), children: children)
        guard expandMacros, let candidates = macroTable[function] else { return call }
        let style: Macro.Style = target == nil ? .global : .receiver
        for macro in candidates where macro.matches(style: style, argumentCount: arguments.count) {
            let firstNewID = Int64(byteOffsets.count)
            var context = MacroExpansionContext(nextID: firstNewID)
            let expansion: Expr?
            do {
                expansion = try macro.expander(&context, target, arguments)
            } catch {
                let offset = error.exprID.flatMap { $0 > 0 && $0 < byteOffsets.count ? byteOffsets[Int($0)] : nil }
                report(.invalidMacro, error.message, at: Int(offset ?? byteOffsets[Int(id)]))
                return call
            }
            guard let expansion else { continue }
            let callOffset = byteOffsets[Int(id)]
            while Int64(byteOffsets.count) < context.nextID {
                byteOffsets.append(callOffset)
                heights.append(1)
            }
            let expandedHeight = computeHeight(expansion, firstNewID: firstNewID)
            if expandedHeight > maxDepth { throw recursionLimitExceeded(at: Int(callOffset)) }
            macroCalls[expansion.id] = call
            return expansion
        }
        return call
    }

    /// Fills in the heights of nodes created by a macro (ids from `firstNewID` on); older nodes
    /// already know theirs.
    private mutating func computeHeight(_ expr: Expr, firstNewID: Int64) -> Int32 {
        guard expr.id >= firstNewID, Int(expr.id) < heights.count else {
            return Int(expr.id) < heights.count && expr.id > 0 ? heights[Int(expr.id)] : 1
        }
        var children: Int32 = 0
        func visit(_ child: Expr, _ state: inout ParserState) {
            children = max(children, state.computeHeight(child, firstNewID: firstNewID))
        }
        switch expr.kind {
        case .literal, .ident: break
        case .select(let operand, _, _): visit(operand, &self)
        case .call(let target, _, let args):
            if let target { visit(target, &self) }
            for arg in args { visit(arg, &self) }
        case .list(let elements, _):
            for element in elements { visit(element, &self) }
        case .map(let entries):
            for entry in entries {
                visit(entry.key, &self)
                visit(entry.value, &self)
            }
        case .message(_, let fields):
            for field in fields { visit(field.value, &self) }
        case .comprehension(let comprehension):
            visit(comprehension.iterRange, &self)
            visit(comprehension.accuInit, &self)
            visit(comprehension.loopCondition, &self)
            visit(comprehension.loopStep, &self)
            visit(comprehension.result, &self)
        }
        heights[Int(expr.id)] = children + 1
        return children + 1
    }
}
