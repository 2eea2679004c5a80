/// The executable body of an overload: a closure over already-evaluated arguments.
///
/// Arguments are never `.error` or `.unknown` for strict overloads (the interpreter propagates
/// those before calling), and have the run-time types of the overload's parameters. For member
/// overloads the receiver is the first argument. Return `.error` to fail.
public enum CELImplementation: Sendable {
    /// One argument.
    case unary(@Sendable (CELValue) -> CELValue)
    /// Two arguments.
    case binary(@Sendable (CELValue, CELValue) -> CELValue)
    /// Three arguments.
    case ternary(@Sendable (CELValue, CELValue, CELValue) -> CELValue)
    /// Any number of arguments.
    case variadic(@Sendable ([CELValue]) -> CELValue)
}

/// How much a call costs toward the evaluation's budget.
public enum CELCallCost: Sendable, Hashable {
    /// A fixed number of units.
    case fixed(Int)
    /// `base` plus `perUnit` × (sum of the sizes of string, bytes, list and map arguments), rounded
    /// up: for functions that traverse their input (`contains`, `matches`, concatenation …).
    case linear(base: Int, perUnit: Double)
}

/// One signature of a function, with its implementation.
///
/// ```swift
/// CELOverload("size_string", [.string], .int, member: true, implementation: .unary { value in
///     guard case .string(let s) = value else { return .error(.noSuchOverload, "size") }
///     return .int(Int64(s.unicodeScalars.count))
/// })
/// ```
public struct CELOverload: Sendable {
    /// A unique id such as `add_int64` or `string_contains_string`.
    public var id: String
    /// Parameter types; for member overloads the receiver's type comes first.
    public var parameters: [CELType]
    /// Result type (may use type parameters of ``parameters``).
    public var result: CELType
    /// `true` for receiver-style calls `x.f(y)`.
    public var isMember: Bool
    /// Names of the type parameters used in the signature.
    public var typeParameters: [String]
    /// `false` when the implementation wants `.error` / `.unknown` arguments passed through.
    public var isStrict: Bool
    /// Cost toward the evaluation budget.
    public var cost: CELCallCost
    /// The body; `nil` for declarations used only by the checker.
    public var implementation: CELImplementation?
    /// Optional plan-time specialization: receives the arguments that are constants (others
    /// `nil`) and may return a faster implementation, e.g. with a precompiled regex. Returning an
    /// `.error` value in place of an implementation is expressed by returning an implementation
    /// that always fails.
    public var specialize: (@Sendable ([CELValue?]) -> CELImplementation?)?

    /// Creates an overload.
    public init(
        _ id: String, _ parameters: [CELType], _ result: CELType, member: Bool = false,
        typeParameters: [String] = [], strict: Bool = true, cost: CELCallCost = .fixed(1),
        implementation: CELImplementation?,
        specialize: (@Sendable ([CELValue?]) -> CELImplementation?)? = nil
    ) {
        self.id = id
        self.parameters = parameters
        self.result = result
        self.isMember = member
        var names = typeParameters
        if names.isEmpty {
            var found: [String] = []
            for type in parameters + [result] { type.collectTypeParameters(into: &found) }
            names = found
        }
        self.typeParameters = names
        self.isStrict = strict
        self.cost = cost
        self.implementation = implementation
        self.specialize = specialize
    }

    /// A one-argument overload.
    public static func unary(
        _ id: String, _ parameter: CELType, _ result: CELType, member: Bool = false, cost: CELCallCost = .fixed(1),
        _ body: @escaping @Sendable (CELValue) -> CELValue
    ) -> CELOverload {
        CELOverload(id, [parameter], result, member: member, cost: cost, implementation: .unary(body))
    }

    /// A two-argument overload.
    public static func binary(
        _ id: String, _ first: CELType, _ second: CELType, _ result: CELType, member: Bool = false,
        cost: CELCallCost = .fixed(1), _ body: @escaping @Sendable (CELValue, CELValue) -> CELValue
    ) -> CELOverload {
        CELOverload(id, [first, second], result, member: member, cost: cost, implementation: .binary(body))
    }

    /// A three-argument overload.
    public static func ternary(
        _ id: String, _ first: CELType, _ second: CELType, _ third: CELType, _ result: CELType,
        member: Bool = false, cost: CELCallCost = .fixed(1),
        _ body: @escaping @Sendable (CELValue, CELValue, CELValue) -> CELValue
    ) -> CELOverload {
        CELOverload(id, [first, second, third], result, member: member, cost: cost, implementation: .ternary(body))
    }

    /// An overload taking its arguments as an array.
    public static func variadic(
        _ id: String, _ parameters: [CELType], _ result: CELType, member: Bool = false,
        cost: CELCallCost = .fixed(1), _ body: @escaping @Sendable ([CELValue]) -> CELValue
    ) -> CELOverload {
        CELOverload(id, parameters, result, member: member, cost: cost, implementation: .variadic(body))
    }
}

extension CELType {
    /// Appends the names of type parameters occurring in this type (no duplicates).
    func collectTypeParameters(into names: inout [String]) {
        switch self {
        case .typeParameter(let name): if !names.contains(name) { names.append(name) }
        case .list(let element): element.collectTypeParameters(into: &names)
        case .map(let key, let value):
            key.collectTypeParameters(into: &names)
            value.collectTypeParameters(into: &names)
        case .type(let type), .optional(let type), .wrapper(let type): type.collectTypeParameters(into: &names)
        case .opaque(_, let parameters): for parameter in parameters { parameter.collectTypeParameters(into: &names) }
        default: break
        }
    }
}
