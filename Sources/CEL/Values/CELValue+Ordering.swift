extension CELValue {
    /// Compares two numbers of any numeric kinds exactly; `nil` when either is NaN or not a number.
    public static func compareNumbers(_ lhs: CELValue, _ rhs: CELValue) -> Int? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.uint(let a), .uint(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.double(let a), .double(let b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : (a > b ? 1 : 0)
        case (.int(let a), .uint(let b)):
            if a < 0 { return -1 }
            let ua = UInt64(a)
            return ua < b ? -1 : (ua > b ? 1 : 0)
        case (.uint, .int): return compareNumbers(rhs, lhs).map { -$0 }
        case (.int(let a), .double(let b)): return compareInt(a, b)
        case (.double(let a), .int(let b)): return compareInt(b, a).map { -$0 }
        case (.uint(let a), .double(let b)): return compareUInt(a, b)
        case (.double(let a), .uint(let b)): return compareUInt(b, a).map { -$0 }
        default: return nil
        }
    }

    // int/uint versus double compare after converting the integer to double, as cel-go does
    // (so 9223372036854775807 and 9223372036854775808.0 compare equal).
    private static func compareInt(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        let converted = Double(i)
        return converted < d ? -1 : (converted > d ? 1 : 0)
    }

    private static func compareUInt(_ u: UInt64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        let converted = Double(u)
        return converted < d ? -1 : (converted > d ? 1 : 0)
    }

    /// Orders two values of an orderable type (numbers across kinds, strings, bytes, bools,
    /// timestamps, durations): `-1`, `0`, `1`, or `nil` when they cannot be compared.
    public static func compare(_ lhs: CELValue, _ rhs: CELValue) -> Int? {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)):
            // Code point order, which is UTF-8 byte order.
            return a == b ? 0 : (a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1)
        case (.bytes(let a), .bytes(let b)):
            return a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1)
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (!a ? -1 : 1)
        case (.timestamp(let a), .timestamp(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.duration(let a), .duration(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        default: return compareNumbers(lhs, rhs)
        }
    }

    /// `true` for types that support `<`: numbers, strings, bytes, bools, timestamps, durations.
    var isOrderable: Bool {
        switch self {
        case .int, .uint, .double, .string, .bytes, .bool, .timestamp, .duration: return true
        default: return false
        }
    }
}
