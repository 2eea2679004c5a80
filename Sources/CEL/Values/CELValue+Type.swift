extension CELValue {
    /// The run-time type of the value (container types unparameterized: `list(dyn)`).
    public var celType: CELType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .bytes: return .bytes
        case .list: return .list(.dyn)
        case .map(let map):
            let name = map.typeName
            return name == "map" ? .map(.dyn, .dyn) : .object(name)
        case .type: return .type(.dyn)
        case .timestamp: return .timestamp
        case .duration: return .duration
        case .optional: return .optional(.dyn)
        case .error: return .error
        case .unknown: return .dyn
        case .opaque(let value): return value.celType
        }
    }

    /// `true` when a value of this run-time type may be passed where `type` is expected.
    public func conforms(to type: CELType) -> Bool {
        switch (type, self) {
        case (.dyn, _), (.typeParameter, _): return true
        case (.int, .int), (.uint, .uint), (.double, .double), (.bool, .bool), (.string, .string),
            (.bytes, .bytes), (.null, .null), (.list, .list), (.type, .type), (.timestamp, .timestamp),
            (.duration, .duration), (.optional, .optional):
            return true
        case (.map, .map(let map)): return map.typeName == "map"
        case (.object(let name), .map(let map)): return map.typeName == name
        case (.wrapper(let inner), _):
            return self.conforms(to: inner)
                || {
                    if case .null = self { return true }; return false
                }()
        case (.opaque(let name, _), .opaque(let value)): return value.celType.runtimeName == name
        default: return false
        }
    }
}
