public import CEL

/// The cel-go math extension (`cel.lib.ext.math`).
///
/// Version 0: `math.greatest` and `math.least` over mixed numbers (1 to 8 arguments, or one list);
/// version 1 adds `ceil`, `floor`, `round` (half away from zero), `trunc`, `abs`, `sign`, `isNaN`,
/// `isInf`, `isFinite` and the `bit…` functions; version 2 adds `sqrt`.
///
/// ```cel
/// math.greatest(1, 2.5, 3u) == 3u && math.bitShiftLeft(1, 3) == 8
/// ```
public struct CELMathExtension: CELLibrary {
    /// `cel.lib.ext.math`.
    public var id: String { "cel.lib.ext.math" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 2

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELMathExtension.latestVersion) { self.version = version }

    static let numericTypes: [(name: String, type: CELType)] = [("int", .int), ("uint", .uint), ("double", .double)]

    /// The functions this version declares.
    public var functions: [CELFunction] {
        var functions = [
            Self.extremum("math.greatest", wantGreater: true), Self.extremum("math.least", wantGreater: false),
        ]
        guard version >= 1 else { return functions }
        functions += [
            Self.doubleFunction("math.ceil") { $0.rounded(.up) },
            Self.doubleFunction("math.floor") { $0.rounded(.down) },
            Self.doubleFunction("math.round") { $0.rounded(.toNearestOrAwayFromZero) },
            Self.doubleFunction("math.trunc") { $0.rounded(.towardZero) },
            CELFunction(
                "math.abs",
                .unary("math_abs_int", .int, .int) { value in
                    guard case .int(let i) = value else { return .noOverload("math.abs", [value]) }
                    if i == .min { return .error(.overflow, "integer overflow: math.abs(\(i))") }
                    return .int(abs(i))
                },
                .unary("math_abs_uint", .uint, .uint) { value in
                    guard case .uint = value else { return .noOverload("math.abs", [value]) }
                    return value
                },
                .unary("math_abs_double", .double, .double) { value in
                    guard case .double(let d) = value else { return .noOverload("math.abs", [value]) }
                    return .double(abs(d))
                }),
            CELFunction(
                "math.sign",
                .unary("math_sign_int", .int, .int) { value in
                    guard case .int(let i) = value else { return .noOverload("math.sign", [value]) }
                    return .int(i.signum())
                },
                .unary("math_sign_uint", .uint, .uint) { value in
                    guard case .uint(let u) = value else { return .noOverload("math.sign", [value]) }
                    return .uint(u == 0 ? 0 : 1)
                },
                .unary("math_sign_double", .double, .double) { value in
                    guard case .double(let d) = value else { return .noOverload("math.sign", [value]) }
                    if d.isNaN { return .double(d) }
                    return .double(d > 0 ? 1 : (d < 0 ? -1 : 0))
                }),
            Self.doublePredicate("math.isNaN") { $0.isNaN },
            Self.doublePredicate("math.isInf") { $0.isInfinite },
            Self.doublePredicate("math.isFinite") { $0.isFinite },
            Self.bitwise("math.bitAnd", &, &),
            Self.bitwise("math.bitOr", |, |),
            Self.bitwise("math.bitXor", ^, ^),
            CELFunction(
                "math.bitNot",
                .unary("math_bitNot_int_int", .int, .int) { value in
                    guard case .int(let i) = value else { return .noOverload("math.bitNot", [value]) }
                    return .int(~i)
                },
                .unary("math_bitNot_uint_uint", .uint, .uint) { value in
                    guard case .uint(let u) = value else { return .noOverload("math.bitNot", [value]) }
                    return .uint(~u)
                }),
            Self.shift("math.bitShiftLeft", left: true),
            Self.shift("math.bitShiftRight", left: false),
        ]
        if version >= 2 {
            functions.append(
                CELFunction(
                    "math.sqrt",
                    Self.numericTypes.map { numeric in
                        CELOverload.unary("math_sqrt_\(numeric.name)", numeric.type, .double) { value in
                            guard let d = Self.double(value) else { return .noOverload("math.sqrt", [value]) }
                            return .double(d.squareRoot())
                        }
                    }))
        }
        return functions
    }

    static func double(_ value: CELValue) -> Double? {
        switch value {
        case .double(let d): d
        case .int(let i): Double(i)
        case .uint(let u): Double(u)
        default: nil
        }
    }

    private static func extremum(_ name: String, wantGreater: Bool) -> CELFunction {
        @Sendable func pick(_ values: [CELValue]) -> CELValue {
            guard var best = values.first else { return .invalid("\(name)(): list must not be empty") }
            for value in values {
                guard let order = CELValue.compareNumbers(value, best) else {
                    if case .double(let d) = value, d.isNaN { return value }
                    if case .double(let d) = best, d.isNaN { return best }
                    return .noOverload(name, values)
                }
                if wantGreater ? order > 0 : order < 0 { best = value }
            }
            return best
        }
        var overloads: [CELOverload] = []
        for numeric in numericTypes {
            overloads.append(.unary("\(name)_\(numeric.name)", numeric.type, numeric.type) { value in pick([value]) })
            overloads.append(
                .unary("\(name)_list_\(numeric.name)", .list(numeric.type), numeric.type) { list in
                    guard let elements = list.listElements else { return .noOverload(name, [list]) }
                    return pick(elements)
                })
        }
        overloads.append(
            .unary("\(name)_list_dyn", .list(.dyn), .dyn) { list in
                guard let elements = list.listElements else { return .noOverload(name, [list]) }
                return pick(elements)
            })
        for first in numericTypes {
            for second in numericTypes {
                let result: CELType = first.name == second.name ? first.type : .dyn
                overloads.append(
                    .binary("\(name)_\(first.name)_\(second.name)", first.type, second.type, result) { pick([$0, $1]) })
            }
        }
        for arity in 3...8 {
            overloads.append(.variadic("\(name)_dyn_\(arity)", Array(repeating: .dyn, count: arity), .dyn) { pick($0) })
        }
        return CELFunction(name, overloads)
    }

    private static func doubleFunction(_ name: String, _ body: @escaping @Sendable (Double) -> Double) -> CELFunction {
        CELFunction(
            name,
            .unary("\(name)_double", .double, .double) { value in
                guard case .double(let d) = value else { return .noOverload(name, [value]) }
                return .double(body(d))
            })
    }

    private static func doublePredicate(_ name: String, _ body: @escaping @Sendable (Double) -> Bool) -> CELFunction {
        CELFunction(
            name,
            .unary("\(name)_double", .double, .bool) { value in
                guard case .double(let d) = value else { return .noOverload(name, [value]) }
                return .bool(body(d))
            })
    }

    private static func bitwise(
        _ name: String, _ intOperation: @escaping @Sendable (Int64, Int64) -> Int64,
        _ uintOperation: @escaping @Sendable (UInt64, UInt64) -> UInt64
    ) -> CELFunction {
        CELFunction(
            name,
            .binary("\(name)_int_int", .int, .int, .int) { lhs, rhs in
                guard case .int(let a) = lhs, case .int(let b) = rhs else { return .noOverload(name, [lhs, rhs]) }
                return .int(intOperation(a, b))
            },
            .binary("\(name)_uint_uint", .uint, .uint, .uint) { lhs, rhs in
                guard case .uint(let a) = lhs, case .uint(let b) = rhs else { return .noOverload(name, [lhs, rhs]) }
                return .uint(uintOperation(a, b))
            })
    }

    private static func shift(_ name: String, left: Bool) -> CELFunction {
        @Sendable func amount(_ value: CELValue) -> Result<Int64, CELError>? {
            guard case .int(let offset) = value else { return nil }
            if offset < 0 { return .failure(CELError(.invalidArgument, "\(name)() negative offset: \(offset)")) }
            return .success(offset)
        }
        return CELFunction(
            name,
            .binary("\(name)_int_int", .int, .int, .int) { lhs, rhs in
                guard case .int(let value) = lhs, let result = amount(rhs) else {
                    return .noOverload(name, [lhs, rhs])
                }
                switch result {
                case .failure(let error): return .error(error)
                case .success(let offset):
                    if offset >= 64 { return .int(0) }
                    let bits = UInt64(bitPattern: value)
                    return .int(Int64(bitPattern: left ? bits << UInt64(offset) : bits >> UInt64(offset)))
                }
            },
            .binary("\(name)_uint_int", .uint, .int, .uint) { lhs, rhs in
                guard case .uint(let value) = lhs, let result = amount(rhs) else {
                    return .noOverload(name, [lhs, rhs])
                }
                switch result {
                case .failure(let error): return .error(error)
                case .success(let offset):
                    if offset >= 64 { return .uint(0) }
                    return .uint(left ? value << UInt64(offset) : value >> UInt64(offset))
                }
            })
    }
}
