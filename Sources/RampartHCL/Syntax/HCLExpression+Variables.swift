/// A reference to a variable: its root name, the static steps after it, and where it is written.
public struct HCLTraversal: Sendable, Hashable, CustomStringConvertible {
    /// One static step.
    public enum Step: Sendable, Hashable {
        /// `.name`
        case attribute(String)
        /// `[key]` with a literal key.
        case index(HCLValue)
    }

    /// The root variable name.
    public var root: String
    /// Static steps following the root.
    public var steps: [Step]
    /// From the root name to the end of the last static step.
    public var range: HCLRange

    public var description: String {
        steps.reduce(root) { text, step in
            switch step {
            case .attribute(let name): text + "." + name
            case .index(let key): text + "[\(key)]"
            }
        }
    }
}

extension HCLExpression {
    /// The variables this expression references (iteration variables of `for` excluded), in source order.
    public func variables() -> [HCLTraversal] {
        var found: [HCLTraversal] = []
        collectVariables(into: &found, bound: [])
        return found
    }

    /// The static traversal this expression is, when it is one (`var.a.b[0]`).
    func staticTraversal() -> HCLTraversal? {
        switch kind {
        case .variable(let name):
            return HCLTraversal(root: name, steps: [], range: range)
        case .getAttribute(let source, let name):
            guard var traversal = source.staticTraversal() else { return nil }
            traversal.steps.append(.attribute(name))
            traversal.range = range
            return traversal
        case .index(let source, let key):
            guard var traversal = source.staticTraversal(), case .literal(let value) = key.kind else { return nil }
            traversal.steps.append(.index(value))
            traversal.range = range
            return traversal
        default:
            return nil
        }
    }

    func collectVariables(into found: inout [HCLTraversal], bound: Set<String>) {
        if let traversal = staticTraversal() {
            if !bound.contains(traversal.root) { found.append(traversal) }
            return
        }
        switch kind {
        case .literal, .variable: break
        case .template(let parts): Self.collect(parts, into: &found, bound: bound)
        case .getAttribute(let source, _): source.collectVariables(into: &found, bound: bound)
        case .index(let source, let key):
            source.collectVariables(into: &found, bound: bound)
            key.collectVariables(into: &found, bound: bound)
        case .splat(let source, let each, _):
            source.collectVariables(into: &found, bound: bound)
            for case .index(let key, _) in each { key.collectVariables(into: &found, bound: bound) }
        case .call(_, let arguments, _):
            for argument in arguments { argument.collectVariables(into: &found, bound: bound) }
        case .tuple(let items): for item in items { item.collectVariables(into: &found, bound: bound) }
        case .object(let items):
            for item in items {
                item.key.collectVariables(into: &found, bound: bound)
                item.value.collectVariables(into: &found, bound: bound)
            }
        case .unary(_, let operand): operand.collectVariables(into: &found, bound: bound)
        case .binary(_, let lhs, let rhs):
            lhs.collectVariables(into: &found, bound: bound)
            rhs.collectVariables(into: &found, bound: bound)
        case .conditional(let condition, let whenTrue, let whenFalse):
            for part in [condition, whenTrue, whenFalse] { part.collectVariables(into: &found, bound: bound) }
        case .forExpression(let loop):
            loop.collection.collectVariables(into: &found, bound: bound)
            var inner = bound
            inner.insert(loop.valueVariable)
            if let key = loop.keyVariable { inner.insert(key) }
            for part in [loop.keyExpression, loop.valueExpression, loop.condition].compactMap({ $0 }) {
                part.collectVariables(into: &found, bound: inner)
            }
        case .parenthesized(let inner): inner.collectVariables(into: &found, bound: bound)
        }
    }

    static func collect(_ parts: [HCLTemplatePart], into found: inout [HCLTraversal], bound: Set<String>) {
        for part in parts {
            switch part {
            case .literal: break
            case .interpolation(let expression): expression.collectVariables(into: &found, bound: bound)
            case .conditional(let condition, let thenParts, let elseParts, _):
                condition.collectVariables(into: &found, bound: bound)
                collect(thenParts, into: &found, bound: bound)
                collect(elseParts, into: &found, bound: bound)
            case .loop(let key, let value, let collection, let body, _):
                collection.collectVariables(into: &found, bound: bound)
                var inner = bound
                inner.insert(value)
                if let key { inner.insert(key) }
                collect(body, into: &found, bound: inner)
            }
        }
    }
}
