/// Optional values (cel-go's optional library): `optional.of`, `optional.none`,
/// `optional.ofNonZeroValue`, `hasValue`, `value`, `or`, `orValue`, and the type
/// `optional_type`. The syntax `a.?b`, `a[?k]`, `[?x]`, `{?k: v}` and the `optMap` / `optFlatMap`
/// calls are evaluated by the interpreter directly (no parser macro needed).
public struct CELOptionalLibrary: CELLibrary {
    /// `cel.lib.optional`.
    public var id: String { "cel.lib.optional" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 1

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELOptionalLibrary.latestVersion) { self.version = version }

    /// The constant variables the library declares.
    public var variables: [CELVariable] {
        [CELVariable("optional_type", .type(.optional(.dyn)), value: .type(.optional(.dyn)))]
    }

    /// Parser macros the library relies on.
    /// The functions the library declares, with implementations.
    public var functions: [CELFunction] {
        let a = CELType.typeParameter("A")
        let optionalA = CELType.optional(a)
        return [
            CELFunction("optional.of", .unary("optional_of", a, optionalA) { .optional($0) }),
            CELFunction(
                "optional.none",
                CELOverload("optional_none", [], optionalA, implementation: .variadic { _ in .optional(nil) })),
            CELFunction(
                "optional.ofNonZeroValue",
                .unary("optional_ofNonZeroValue", a, optionalA) { $0.isZeroValue ? .optional(nil) : .optional($0) }),
            CELFunction(
                "hasValue",
                .unary("optional_hasValue", optionalA, .bool, member: true) { value in
                    if case .optional(let wrapped) = value { return .bool(wrapped != nil) }
                    return .error(CELError.noSuchOverload("hasValue", [value]))
                }),
            CELFunction(
                "value",
                .unary("optional_value", optionalA, a, member: true) { value in
                    guard case .optional(let wrapped) = value else {
                        return .error(CELError.noSuchOverload("value", [value]))
                    }
                    return wrapped ?? .error(.invalidArgument, "optional.none() dereference")
                }),
            CELFunction(
                "or",
                .binary("optional_or_optional", optionalA, optionalA, optionalA, member: true) { lhs, rhs in
                    if case .optional(let wrapped) = lhs { return wrapped != nil ? lhs : rhs }
                    return .error(CELError.noSuchOverload("or", [lhs, rhs]))
                }),
            CELFunction(
                "orValue",
                .binary("optional_orValue_value", optionalA, a, a, member: true) { lhs, rhs in
                    if case .optional(let wrapped) = lhs { return wrapped ?? rhs }
                    return .error(CELError.noSuchOverload("orValue", [lhs, rhs]))
                }),
            CELFunction(
                "_?._", CELOverload("select_optional_field", [.dyn, .string], .optional(.dyn), implementation: nil)),
            CELFunction(
                "_[?_]",
                CELOverload("list_optindex_optional_int", [.list(a), .int], optionalA, implementation: nil),
                CELOverload(
                    "map_optindex_optional_value", [.map(.typeParameter("K"), a), .typeParameter("K")], optionalA,
                    implementation: nil)),
        ]
    }
}

extension CELValue {
    /// `true` for the zero value of the type: `0`, `0u`, `0.0`, `false`, `""`, `b""`, `[]`, `{}`,
    /// `null`, a zero duration or the epoch timestamp.
    public var isZeroValue: Bool {
        switch self {
        case .null: return true
        case .bool(let b): return !b
        case .int(let i): return i == 0
        case .uint(let u): return u == 0
        case .double(let d): return d == 0
        case .string(let s): return s.isEmpty
        case .bytes(let b): return b.isEmpty
        case .list(let l): return l.count == 0
        case .map(let m): return m.count == 0
        case .duration(let d): return d.flooredSeconds == 0 && d.flooredNanos == 0
        case .timestamp(let t): return t.seconds == 0 && t.nanos == 0
        case .optional(let wrapped): return wrapped == nil
        default: return false
        }
    }
}
