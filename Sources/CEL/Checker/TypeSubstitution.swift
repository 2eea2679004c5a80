/// Type-variable bindings built while checking one expression, and the assignability rules of
/// CEL's gradual type system (`dyn` accepts and is accepted by everything).
struct TypeSubstitution {
    private(set) var bindings: [String: CELType] = [:]
    private var counter = 0

    /// A fresh type variable.
    mutating func fresh() -> CELType {
        counter += 1
        return .typeParameter("_T\(counter)")
    }

    /// Renames the type parameters of an overload signature to fresh variables.
    mutating func instantiate(_ types: [CELType], parameters: [String]) -> [CELType] {
        guard !parameters.isEmpty else { return types }
        var renaming: [String: CELType] = [:]
        for name in parameters { renaming[name] = fresh() }
        return types.map { $0.renamingParameters(renaming) }
    }

    /// The type with bound variables replaced (recursively); unbound variables stay.
    func substitute(_ type: CELType) -> CELType {
        switch type {
        case .typeParameter(let name):
            if let bound = bindings[name] { return substitute(bound) }
            return type
        case .list(let element): return .list(substitute(element))
        case .map(let key, let value): return .map(substitute(key), substitute(value))
        case .type(let inner): return .type(substitute(inner))
        case .optional(let inner): return .optional(substitute(inner))
        case .wrapper(let inner): return .wrapper(substitute(inner))
        case .opaque(let name, let parameters): return .opaque(name, parameters.map(substitute))
        default: return type
        }
    }

    /// The final form of a type: bound variables replaced, free ones become `dyn`.
    func finalize(_ type: CELType) -> CELType {
        switch substitute(type) {
        case .typeParameter: return .dyn
        case .list(let element): return .list(finalize(element))
        case .map(let key, let value): return .map(finalize(key), finalize(value))
        case .type(let inner): return .type(finalize(inner))
        case .optional(let inner): return .optional(finalize(inner))
        case .wrapper(let inner): return .wrapper(finalize(inner))
        case .opaque(let name, let parameters): return .opaque(name, parameters.map(finalize))
        case let other: return other
        }
    }

    private func occurs(_ name: String, in type: CELType) -> Bool {
        switch substitute(type) {
        case .typeParameter(let other): return other == name
        case .list(let element): return occurs(name, in: element)
        case .map(let key, let value): return occurs(name, in: key) || occurs(name, in: value)
        case .type(let inner), .optional(let inner), .wrapper(let inner): return occurs(name, in: inner)
        case .opaque(_, let parameters): return parameters.contains { occurs(name, in: $0) }
        default: return false
        }
    }

    /// Whether a value of type `actual` may be used where `expected` is required, binding type
    /// variables as needed. On failure the bindings are left unchanged.
    mutating func assign(_ expected: CELType, _ actual: CELType) -> Bool {
        let saved = bindings
        if unify(expected, actual) { return true }
        bindings = saved
        return false
    }

    private mutating func unify(_ expected: CELType, _ actual: CELType) -> Bool {
        let e = substitute(expected)
        let a = substitute(actual)
        switch (e, a) {
        case (.typeParameter(let x), .typeParameter(let y)) where x == y: return true
        case (.typeParameter(let x), _):
            if occurs(x, in: a) { return false }
            bindings[x] = a
            return true
        case (_, .typeParameter(let y)):
            if occurs(y, in: e) { return false }
            bindings[y] = e
            return true
        case (.dyn, _), (_, .dyn), (.error, _), (_, .error): return true
        case (.list(let x), .list(let y)): return unify(x, y)
        case (.map(let k1, let v1), .map(let k2, let v2)): return unify(k1, k2) && unify(v1, v2)
        case (.type, .type): return true  // type values compare regardless of what they denote
        case (.optional(let x), .optional(let y)): return unify(x, y)
        case (.wrapper(let x), .wrapper(let y)): return unify(x, y)
        case (.wrapper(let x), .null): _ = x; return true
        case (.wrapper(let x), _): return unify(x, a)
        case (_, .wrapper(let y)): return unify(e, y)
        case (.object, .null), (.timestamp, .null), (.duration, .null), (.optional, .null), (.opaque, .null):
            return true
        case (.opaque(let n1, let p1), .opaque(let n2, let p2)):
            guard n1 == n2, p1.count == p2.count else { return false }
            for (x, y) in zip(p1, p2) where !unify(x, y) { return false }
            return true
        default: return e == a
        }
    }
}

extension TypeSubstitution {
    /// The more general of two unifiable types: `dyn` wherever either has it.
    func mostGeneral(_ a: CELType, _ b: CELType) -> CELType {
        let x = substitute(a)
        let y = substitute(b)
        switch (x, y) {
        case (.dyn, _), (_, .dyn): return .dyn
        case (_, .null): return x
        case (.null, _): return y
        case (.list(let p), .list(let q)): return .list(mostGeneral(p, q))
        case (.map(let k1, let v1), .map(let k2, let v2)): return .map(mostGeneral(k1, k2), mostGeneral(v1, v2))
        case (.optional(let p), .optional(let q)): return .optional(mostGeneral(p, q))
        case (.type(let p), .type(let q)): return .type(mostGeneral(p, q))
        case (.wrapper, _): return x
        case (_, .wrapper): return y
        case (.opaque(let n, let p), .opaque(_, let q)) where p.count == q.count:
            return .opaque(n, zip(p, q).map { mostGeneral($0, $1) })
        default: return x
        }
    }
}

extension CELType {
    /// Replaces type parameters by name.
    func renamingParameters(_ renaming: [String: CELType]) -> CELType {
        switch self {
        case .typeParameter(let name): return renaming[name] ?? self
        case .list(let element): return .list(element.renamingParameters(renaming))
        case .map(let key, let value): return .map(key.renamingParameters(renaming), value.renamingParameters(renaming))
        case .type(let inner): return .type(inner.renamingParameters(renaming))
        case .optional(let inner): return .optional(inner.renamingParameters(renaming))
        case .wrapper(let inner): return .wrapper(inner.renamingParameters(renaming))
        case .opaque(let name, let parameters): return .opaque(name, parameters.map { $0.renamingParameters(renaming) })
        default: return self
        }
    }
}
