/// An evaluation error, carried as a value (`CELValue.error`) so that `&&`, `||` and `?:` can
/// absorb it as the CEL specification requires.
///
/// ```swift
/// CELError(.divisionByZero, "division by zero")
/// ```
public struct CELError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable machine-readable category.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable name of the code.
        public var rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The stable name.
        public var description: String { rawValue }

        /// No overload of a function accepts the argument types.
        public static let noSuchOverload = Code(rawValue: "no_such_overload")
        /// A map has no entry for the key.
        public static let noSuchKey = Code(rawValue: "no_such_key")
        /// An object has no such field.
        public static let noSuchField = Code(rawValue: "no_such_field")
        /// A variable or type name is not bound.
        public static let undeclaredReference = Code(rawValue: "undeclared_reference")
        /// Integer division or modulo by zero.
        public static let divisionByZero = Code(rawValue: "division_by_zero")
        /// Integer overflow or a value out of its type's range.
        public static let overflow = Code(rawValue: "overflow")
        /// A list index outside the list.
        public static let indexOutOfRange = Code(rawValue: "index_out_of_range")
        /// An argument has the right type but an invalid value (bad regex, unparsable string …).
        public static let invalidArgument = Code(rawValue: "invalid_argument")
        /// The evaluation exceeded its cost budget or a size limit.
        public static let costLimitExceeded = Code(rawValue: "cost_limit_exceeded")
        /// Anything else.
        public static let other = Code(rawValue: "error")
    }

    /// The category.
    public var code: Code
    /// A human-readable message.
    public var message: String
    /// Id of the expression node that failed, when known.
    public var exprID: Int64?

    /// Creates an error.
    public init(_ code: Code, _ message: String, exprID: Int64? = nil) {
        self.code = code
        self.message = message
        self.exprID = exprID
    }

    /// The message.
    public var description: String { message }

    /// The message of a failed overload resolution: `no such overload: name(int, string)`.
    public static func noSuchOverload(_ function: String, _ arguments: [CELValue]) -> CELError {
        let types = arguments.map { $0.celType.description }.joined(separator: ", ")
        return CELError(.noSuchOverload, "no such overload: \(function)(\(types))")
    }
}

/// The expression ids whose values are unknown (partial evaluation).
public struct CELUnknownSet: Sendable, Hashable {
    /// The ids, sorted and unique.
    public private(set) var ids: [Int64]

    /// Creates a set of ids.
    public init(_ ids: [Int64]) { self.ids = Array(Set(ids)).sorted() }

    /// The union of two sets.
    public func union(_ other: CELUnknownSet) -> CELUnknownSet { CELUnknownSet(ids + other.ids) }
}

/// A host or extension value with its own CEL type (an IP address, a Kubernetes quantity …).
///
/// Equality between two opaque values of the same ``celType`` uses ``isEqual(to:)``; functions
/// taking the type are ordinary overloads whose parameter is ``celType``.
public protocol CELOpaqueValue: Sendable {
    /// The value's CEL type, usually `.opaque(name, [])`.
    var celType: CELType { get }
    /// `true` when `other` is the same value.
    func isEqual(to other: any CELOpaqueValue) -> Bool
}
