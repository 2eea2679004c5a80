/// A CEL map: keys of type int, uint, bool or string mapped to values, with an iteration order.
///
/// Conform a host class (a document mapping node, say) to expose it to expressions without
/// copying: field selection (`m.f`), `has(m.f)`, indexing, `in`, `size` and comprehensions all go
/// through this protocol. ``CELDictionaryMap`` is CEL's own map.
///
/// Lookups receive keys of the exact kind written in the expression; the interpreter retries
/// numerically equal keys of the other numeric kinds (`{1: 'a'}[1u]`), so a conformer only does
/// exact matching.
public protocol CELMap: AnyObject, Sendable {
    /// Number of entries.
    var count: Int { get }
    /// The key of the entry at `index` (`0..<count`) in iteration order.
    func key(at index: Int) -> CELValue
    /// The value of the entry at `index` (`0..<count`) in iteration order.
    func value(at index: Int) -> CELValue
    /// The value for `key`, or `nil` when absent.
    func value(forKey key: CELValue) -> CELValue?
    /// The value for a string key, used by field selection (`m.name`); the hot path of host data.
    func value(forField name: String) -> CELValue?
    /// `true` when a string key is present, used by `has(m.name)`; cheaper than fetching the value.
    func containsField(_ name: String) -> Bool
    /// The type name reported by `type(m)`: `map` for plain maps, or an object type name.
    var typeName: String { get }
}

extension CELMap {
    /// Default: looks the name up as a string key.
    public func value(forField name: String) -> CELValue? { value(forKey: .string(name)) }
    /// Default: whether ``value(forField:)`` finds a value.
    public func containsField(_ name: String) -> Bool { value(forField: name) != nil }
    /// Default: `map`.
    public var typeName: String { "map" }
}

/// A map key in hashable form: CEL map keys are bool, int, uint or string.
public enum CELMapKey: Hashable, Sendable {
    /// A `bool` key.
    case bool(Bool)
    /// An `int` key.
    case int(Int64)
    /// A `uint` key.
    case uint(UInt64)
    /// A `string` key.
    case string(String)

    /// The key of a value, or `nil` when the value cannot be a map key.
    @inlinable
    public init?(_ value: CELValue) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .uint(let u): self = .uint(u)
        case .string(let s): self = .string(s)
        default: return nil
        }
    }

    /// The key as a value.
    public var value: CELValue {
        switch self {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return .uint(u)
        case .string(let s): return .string(s)
        }
    }
}

/// CEL's own map: insertion-ordered entries with hashed lookup.
public final class CELDictionaryMap: CELMap {
    /// Keys in insertion order.
    public let keys: [CELMapKey]
    /// Values, parallel to ``keys``.
    public let values: [CELValue]
    /// Hashed positions, built only for maps larger than ``linearScanLimit`` (small maps are
    /// scanned, which is faster than hashing a string).
    private let index: [CELMapKey: Int]
    private static let linearScanLimit = 12

    /// Creates a map; a later duplicate key replaces the earlier value.
    public init(_ entries: [(key: CELMapKey, value: CELValue)]) {
        var keys: [CELMapKey] = []
        var values: [CELValue] = []
        var index: [CELMapKey: Int] = [:]
        keys.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        let small = entries.count <= Self.linearScanLimit
        for (key, value) in entries {
            if small {
                if let existing = keys.firstIndex(of: key) {
                    values[existing] = value
                } else {
                    keys.append(key)
                    values.append(value)
                }
                continue
            }
            if let existing = index[key] {
                values[existing] = value
            } else {
                index[key] = keys.count
                keys.append(key)
                values.append(value)
            }
        }
        self.keys = keys
        self.values = values
        self.index = keys.count > Self.linearScanLimit ? index : [:]
    }

    @inline(__always)
    private func position(of key: CELMapKey) -> Int? {
        if keys.count > Self.linearScanLimit { return index[key] }
        for i in keys.indices where keys[i] == key { return i }
        return nil
    }

    /// Creates a map from string keys, e.g. `CELDictionaryMap(["name": "web"])`.
    public convenience init(_ dictionary: [String: CELValue]) {
        self.init(dictionary.sorted { $0.key < $1.key }.map { (CELMapKey.string($0.key), $0.value) })
    }

    /// The shared empty map.
    public static let empty = CELDictionaryMap([(key: CELMapKey, value: CELValue)]())

    /// Number of entries.
    public var count: Int { keys.count }
    /// The key at `index` in insertion order.
    public func key(at index: Int) -> CELValue { keys[index].value }
    /// The value at `index` in insertion order.
    public func value(at index: Int) -> CELValue { values[index] }
    /// The value for an exact key, or `nil`.
    public func value(forKey key: CELValue) -> CELValue? {
        guard let mapKey = CELMapKey(key), let position = position(of: mapKey) else { return nil }
        return values[position]
    }
    /// The value for a string key, or `nil`.
    public func value(forField name: String) -> CELValue? {
        if keys.count > Self.linearScanLimit {
            guard let position = index[.string(name)] else { return nil }
            return values[position]
        }
        for i in keys.indices {
            if case .string(let key) = keys[i], key == name { return values[i] }
        }
        return nil
    }
    /// `true` when the string key is present.
    public func containsField(_ name: String) -> Bool {
        if keys.count > Self.linearScanLimit { return index[.string(name)] != nil }
        for key in keys {
            if case .string(let key) = key, key == name { return true }
        }
        return false
    }
}
