/// A CEL runtime value: the result of evaluating an expression and the currency of every function.
///
/// Scalars are stored inline; lists, maps and opaque values are reference types behind small
/// protocols so that host data (a parsed YAML document, a JSON tree …) can be exposed to
/// expressions lazily, without copying it into CEL's own containers. Errors and unknowns are
/// values too: evaluation never throws, it returns `.error` or `.unknown`.
///
/// ```swift
/// let value: CELValue = .list(CELArrayList([1, "two", 3.0]))
/// value.celType  // list(dyn)
/// ```
public enum CELValue: Sendable {
    /// `null`.
    case null
    /// A boolean.
    case bool(Bool)
    /// A signed 64-bit integer (`int`).
    case int(Int64)
    /// An unsigned 64-bit integer (`uint`).
    case uint(UInt64)
    /// An IEEE 754 double.
    case double(Double)
    /// A Unicode string.
    case string(String)
    /// A byte sequence.
    case bytes([UInt8])
    /// A list: CEL's own ``CELArrayList`` or any host list.
    case list(any CELList)
    /// A map: CEL's own ``CELDictionaryMap`` or any host map.
    case map(any CELMap)
    /// A type value such as `int` or `list` (what `type(x)` returns).
    case type(CELType)
    /// A point in time with nanosecond precision.
    case timestamp(CELTimestamp)
    /// A signed span of time with nanosecond precision.
    case duration(CELDuration)
    /// An optional value (`optional.of(x)` is `.optional(x)`, `optional.none()` is `.optional(nil)`).
    indirect case optional(CELValue?)
    /// An evaluation error.
    indirect case error(CELError)
    /// A value depending on inputs that are not known yet (the ids of the expressions involved).
    indirect case unknown(CELUnknownSet)
    /// A host or extension value with its own type (an IP address, a quantity …).
    indirect case opaque(any CELOpaqueValue)
}

extension CELValue {
    /// `true` for `.error` and `.unknown`, the values that functions propagate instead of computing.
    @inlinable
    public var isErrorOrUnknown: Bool {
        switch self {
        case .error, .unknown: return true
        default: return false
        }
    }

    /// The error carried by an `.error` value, or `nil`.
    public var error: CELError? {
        if case .error(let error) = self { return error }
        return nil
    }

    /// The boolean, or `nil` when the value is not a `bool`.
    @inlinable
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The string, or `nil` when the value is not a `string`.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The host object behind a list, map or opaque value, or `nil` for scalars and for CEL's own
    /// containers. Host objects survive `filter`, `map`, indexing and concatenation unchanged, so a
    /// caller can recover, e.g., the document node of each element of a returned list.
    public var hostObject: AnyObject? {
        switch self {
        case .list(let list): return list is CELArrayList ? nil : list
        case .map(let map): return map is CELDictionaryMap ? nil : map
        case .opaque(let value): return value as AnyObject
        default: return nil
        }
    }

    /// Makes an error value with a code and message.
    public static func error(_ code: CELError.Code, _ message: String) -> CELValue {
        .error(CELError(code, message))
    }

    /// Makes a map value with string keys (sorted by key for a stable iteration order).
    public static func dictionary(_ entries: [String: CELValue]) -> CELValue {
        .map(CELDictionaryMap(entries))
    }

    /// Makes a list value from CEL values.
    public static func array(_ elements: [CELValue]) -> CELValue {
        .list(CELArrayList(elements))
    }
}

extension CELValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// An `int` literal.
    public init(integerLiteral value: Int64) { self = .int(value) }
    /// A `double` literal.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A `string` literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A `bool` literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A list literal.
    public init(arrayLiteral elements: CELValue...) { self = .list(CELArrayList(elements)) }
}
