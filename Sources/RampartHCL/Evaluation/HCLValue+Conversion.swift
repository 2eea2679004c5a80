extension HCLValue {
    /// The value as a string, converting numbers and bools as HCL does.
    public var asString: String? {
        switch self {
        case .string(let text): text
        case .number(let number): number.description
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    /// The value as a number, parsing strings as HCL does.
    public var asNumber: HCLDecimal? {
        switch self {
        case .number(let number): number
        case .string(let text): HCLDecimal(text)
        default: nil
        }
    }

    /// The value as a bool, accepting the strings `"true"` and `"false"`.
    public var asBool: Bool? {
        switch self {
        case .bool(let flag): flag
        case .string("true"): true
        case .string("false"): false
        default: nil
        }
    }

    /// Converts to a type by HCL's conversion rules; `nil` when impossible. Null and unknown convert to anything.
    public func converted(to type: HCLType) -> HCLValue? {
        if case .null = self { return self }
        if case .unknown = self { return self }
        switch type {
        case .any: return self
        case .string: return asString.map(HCLValue.string)
        case .number: return asNumber.map(HCLValue.number)
        case .bool: return asBool.map(HCLValue.bool)
        case .list(.any), .set(.any), .map(.any):
            let members = elements ?? fields.map { Array($0.values) } ?? []
            guard let common = Self.unifiedType(members) else { return nil }
            if common == .any {
                if case .map = type { return fields.map(HCLValue.map) }
                guard let items = elements else { return nil }
                if case .set = type {
                    return .set(Self.distinct(items))
                }
                return .list(items)
            }
            switch type {
            case .list: return converted(to: .list(common))
            case .set: return converted(to: .set(common))
            default: return converted(to: .map(common))
            }
        case .list(let element), .set(let element):
            guard let items = elements else { return nil }
            var converted: [HCLValue] = []
            converted.reserveCapacity(items.count)
            for item in items {
                guard let value = item.converted(to: element) else { return nil }
                converted.append(value)
            }
            if case .set = type {
                return .set(Self.distinct(converted))
            }
            return .list(converted)
        case .tuple(let types):
            guard let items = elements, items.count == types.count else { return nil }
            var converted: [HCLValue] = []
            for (item, elementType) in zip(items, types) {
                guard let value = item.converted(to: elementType) else { return nil }
                converted.append(value)
            }
            return .tuple(converted)
        case .map(let element):
            guard let fields else { return nil }
            var converted: [String: HCLValue] = [:]
            for (key, value) in fields {
                guard let value = value.converted(to: element) else { return nil }
                converted[key] = value
            }
            return .map(converted)
        case .object(let types):
            guard let fields, Set(fields.keys).isSubset(of: types.keys) else { return nil }
            var converted: [String: HCLValue] = [:]
            for (key, fieldType) in types {
                guard let value = (fields[key] ?? .null).converted(to: fieldType) else { return nil }
                converted[key] = value
            }
            return .object(converted)
        }
    }

    /// The values without repeats, first occurrences in order.
    static func distinct(_ values: [HCLValue]) -> [HCLValue] {
        var seen = Set<HCLValue>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The one type all (non-null) values convert to for a collection: their shared type, or `string`
    /// for a mix of primitives; `nil` when there is none.
    static func unifiedType(_ values: [HCLValue]) -> HCLType? {
        var types = Set<HCLType>()
        for value in values where !value.isNull {
            if case .unknown = value { continue }
            types.insert(value.type)
        }
        if types.count <= 1 { return types.first ?? .any }
        let primitives: Set<HCLType> = [.string, .number, .bool]
        if types.isSubset(of: primitives), types.contains(.string) { return .string }
        return nil
    }

    /// Structural equality: numbers by value, lists and tuples alike, maps and objects alike.
    public func equals(_ other: HCLValue, numbers: (HCLDecimal, HCLDecimal) -> Bool = { $0 == $1 }) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)): return numbers(a, b)
        case (.string(let a), .string(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null), (.unknown, .unknown): return true
        default: break
        }
        if let a = elements, let b = other.elements {
            return a.count == b.count && zip(a, b).allSatisfy { $0.equals($1, numbers: numbers) }
        }
        if let a = fields, let b = other.fields {
            return a.count == b.count
                && a.allSatisfy { key, value in b[key].map { value.equals($0, numbers: numbers) } ?? false }
        }
        return false
    }
}
