/// A Swift type that maps one-to-one onto a CEL type, so overloads can be written as closures
/// over native values: `CELOverload.typed("greet_string") { (s: String) in "hi " + s }`.
public protocol CELNativeValue: Sendable {
    /// The CEL type of the values.
    static var celType: CELType { get }
    /// The native value of a CEL value, or `nil` when it has another type.
    init?(celValue: CELValue)
    /// The value as a CEL value.
    var celValue: CELValue { get }
}

extension Int64: CELNativeValue {
    /// `int`.
    public static var celType: CELType { .int }
    /// The integer of an `int` value.
    public init?(celValue: CELValue) {
        guard case .int(let value) = celValue else { return nil }
        self = value
    }
    /// `.int(self)`.
    public var celValue: CELValue { .int(self) }
}

extension UInt64: CELNativeValue {
    /// `uint`.
    public static var celType: CELType { .uint }
    /// The integer of a `uint` value.
    public init?(celValue: CELValue) {
        guard case .uint(let value) = celValue else { return nil }
        self = value
    }
    /// `.uint(self)`.
    public var celValue: CELValue { .uint(self) }
}

extension Double: CELNativeValue {
    /// `double`.
    public static var celType: CELType { .double }
    /// The number of a `double` value.
    public init?(celValue: CELValue) {
        guard case .double(let value) = celValue else { return nil }
        self = value
    }
    /// `.double(self)`.
    public var celValue: CELValue { .double(self) }
}

extension Bool: CELNativeValue {
    /// `bool`.
    public static var celType: CELType { .bool }
    /// The flag of a `bool` value.
    public init?(celValue: CELValue) {
        guard case .bool(let value) = celValue else { return nil }
        self = value
    }
    /// `.bool(self)`.
    public var celValue: CELValue { .bool(self) }
}

extension String: CELNativeValue {
    /// `string`.
    public static var celType: CELType { .string }
    /// The text of a `string` value.
    public init?(celValue: CELValue) {
        guard case .string(let value) = celValue else { return nil }
        self = value
    }
    /// `.string(self)`.
    public var celValue: CELValue { .string(self) }
}

extension CELTimestamp: CELNativeValue {
    /// `google.protobuf.Timestamp`.
    public static var celType: CELType { .timestamp }
    /// The instant of a `timestamp` value.
    public init?(celValue: CELValue) {
        guard case .timestamp(let value) = celValue else { return nil }
        self = value
    }
    /// `.timestamp(self)`.
    public var celValue: CELValue { .timestamp(self) }
}

extension CELDuration: CELNativeValue {
    /// `google.protobuf.Duration`.
    public static var celType: CELType { .duration }
    /// The span of a `duration` value.
    public init?(celValue: CELValue) {
        guard case .duration(let value) = celValue else { return nil }
        self = value
    }
    /// `.duration(self)`.
    public var celValue: CELValue { .duration(self) }
}

extension CELValue: CELNativeValue {
    /// `dyn`: any value.
    public static var celType: CELType { .dyn }
    /// The value itself.
    public init?(celValue: CELValue) { self = celValue }
    /// The value itself.
    public var celValue: CELValue { self }
}

extension CELOverload {
    /// A one-argument overload over native values; the signature comes from the types.
    ///
    /// ```swift
    /// CELOverload.typed("string_reverse", member: true) { (s: String) in String(s.reversed()) }
    /// ```
    public static func typed<A: CELNativeValue, R: CELNativeValue>(
        _ id: String, member: Bool = false, cost: CELCallCost = .fixed(1), _ body: @escaping @Sendable (A) -> R
    ) -> CELOverload {
        .unary(id, A.celType, R.celType, member: member, cost: cost) { value in
            guard let a = A(celValue: value) else { return .error(CELError.noSuchOverload(id, [value])) }
            return body(a).celValue
        }
    }

    /// A two-argument overload over native values.
    public static func typed<A: CELNativeValue, B: CELNativeValue, R: CELNativeValue>(
        _ id: String, member: Bool = false, cost: CELCallCost = .fixed(1), _ body: @escaping @Sendable (A, B) -> R
    ) -> CELOverload {
        .binary(id, A.celType, B.celType, R.celType, member: member, cost: cost) { first, second in
            guard let a = A(celValue: first), let b = B(celValue: second) else {
                return .error(CELError.noSuchOverload(id, [first, second]))
            }
            return body(a, b).celValue
        }
    }

    /// A two-argument overload over native values whose body may fail with a ``CELError``.
    public static func typedThrowing<A: CELNativeValue, B: CELNativeValue, R: CELNativeValue>(
        _ id: String, member: Bool = false, cost: CELCallCost = .fixed(1),
        _ body: @escaping @Sendable (A, B) throws(CELError) -> R
    ) -> CELOverload {
        .binary(id, A.celType, B.celType, R.celType, member: member, cost: cost) { first, second in
            guard let a = A(celValue: first), let b = B(celValue: second) else {
                return .error(CELError.noSuchOverload(id, [first, second]))
            }
            do throws(CELError) {
                return try body(a, b).celValue
            } catch {
                return .error(error)
            }
        }
    }
}
