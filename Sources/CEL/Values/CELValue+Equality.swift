extension CELValue {
    /// CEL `==`: heterogeneous numeric equality (`1 == 1u == 1.0`), deep list and map equality,
    /// `false` for values of different types, and the first error or unknown operand propagated.
    public static func celEquals(_ lhs: CELValue, _ rhs: CELValue) -> CELValue {
        if case .unknown(let a) = lhs {
            if case .unknown(let b) = rhs { return .unknown(a.union(b)) }
            return lhs
        }
        if case .unknown = rhs { return rhs }
        if case .error = lhs { return lhs }
        if case .error = rhs { return rhs }
        return .bool(lhs.isEqual(to: rhs))
    }

    /// Structural equality for values that are neither errors nor unknowns (`NaN != NaN`).
    public func isEqual(to other: CELValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int, .uint), (.int, .double), (.uint, .int), (.uint, .double), (.double, .int), (.double, .uint):
            return CELValue.compareNumbers(self, other) == 0
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.list(let a), .list(let b)):
            if a === b { return true }
            let count = a.count
            guard count == b.count else { return false }
            for index in 0..<count where !a.element(at: index).isEqual(to: b.element(at: index)) {
                return false
            }
            return true
        case (.map(let a), .map(let b)):
            if a === b { return true }
            guard a.typeName == b.typeName, a.count == b.count else { return false }
            for index in 0..<a.count {
                guard let value = b.lookup(a.key(at: index)), value.isEqual(to: a.value(at: index)) else {
                    return false
                }
            }
            return true
        case (.type(let a), .type(let b)): return a.runtimeName == b.runtimeName
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.optional(let a), .optional(let b)):
            switch (a, b) {
            case (nil, nil): return true
            case (let x?, let y?): return x.isEqual(to: y)
            default: return false
            }
        case (.opaque(let a), .opaque(let b)): return a.isEqual(to: b)
        default: return false
        }
    }
}

extension CELMap {
    /// Looks a key up with CEL's numeric key semantics: `1`, `1u` and `1.0` find the same entry.
    public func lookup(_ key: CELValue) -> CELValue? {
        switch key {
        case .string(let name): return value(forField: name)
        case .bool: return value(forKey: key)
        case .int(let i):
            if let found = value(forKey: key) { return found }
            return i >= 0 ? value(forKey: .uint(UInt64(i))) : nil
        case .uint(let u):
            if let found = value(forKey: key) { return found }
            return u <= UInt64(Int64.max) ? value(forKey: .int(Int64(u))) : nil
        case .double(let d):
            if let i = Int64(exactly: d), let found = value(forKey: .int(i)) { return found }
            if let u = UInt64(exactly: d) { return value(forKey: .uint(u)) }
            return nil
        default: return nil
        }
    }
}
