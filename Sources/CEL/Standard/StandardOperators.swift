/// Declarations of the operators. The planner evaluates built-in types with dedicated nodes; these
/// overloads give the checker its signatures and serve dynamic dispatch.
enum StandardOperators {
    static let a = CELType.typeParameter("A")
    static let k = CELType.typeParameter("K")
    static let v = CELType.typeParameter("V")

    static func binary(_ name: String, _ apply: @escaping @Sendable (CELValue, CELValue) -> CELValue?)
        -> @Sendable (CELValue, CELValue) -> CELValue
    {
        { lhs, rhs in apply(lhs, rhs) ?? .error(CELError.noSuchOverload(name, [lhs, rhs])) }
    }

    static func arithmetic(
        _ name: String, _ prefix: String, _ types: [(String, CELType, CELType, CELType)],
        _ apply: @escaping @Sendable (CELValue, CELValue) -> CELValue?
    ) -> CELFunction {
        CELFunction(
            name, types.map { CELOverload.binary("std.\(prefix)_\($0.0)", $0.1, $0.2, $0.3, binary(name, apply)) })
    }

    static func comparison(_ name: String, _ prefix: String, _ kind: CompareNode.Kind) -> CELFunction {
        let same: [(String, CELType)] = [
            ("bool", .bool), ("int64", .int), ("uint64", .uint), ("double", .double), ("string", .string),
            ("bytes", .bytes), ("timestamp", .timestamp), ("duration", .duration),
        ]
        var overloads = same.map { entry in
            CELOverload.binary("std.\(prefix)_\(entry.0)", entry.1, entry.1, .bool) { lhs, rhs in
                CompareNode.apply(kind, lhs, rhs, function: name, fallback: nil, context: nil)
            }
        }
        let mixed: [(String, CELType, CELType)] = [
            ("int64_uint64", .int, .uint), ("int64_double", .int, .double), ("uint64_int64", .uint, .int),
            ("uint64_double", .uint, .double), ("double_int64", .double, .int), ("double_uint64", .double, .uint),
        ]
        overloads += mixed.map { entry in
            CELOverload.binary("std.\(prefix)_\(entry.0)", entry.1, entry.2, .bool) { lhs, rhs in
                CompareNode.apply(kind, lhs, rhs, function: name, fallback: nil, context: nil)
            }
        }
        return CELFunction(name, overloads)
    }

    static var functions: [CELFunction] {
        let numeric: [(String, CELType, CELType, CELType)] = [
            ("int64", .int, .int, .int), ("uint64", .uint, .uint, .uint), ("double", .double, .double, .double),
        ]
        let add =
            numeric + [
                ("string", .string, .string, .string), ("bytes", .bytes, .bytes, .bytes),
                ("list", .list(a), .list(a), .list(a)),
                ("timestamp_duration", .timestamp, .duration, .timestamp),
                ("duration_timestamp", .duration, .timestamp, .timestamp),
                ("duration_duration", .duration, .duration, .duration),
            ]
        let subtract =
            numeric + [
                ("timestamp_timestamp", .timestamp, .timestamp, .duration),
                ("timestamp_duration", .timestamp, .duration, .timestamp),
                ("duration_duration", .duration, .duration, .duration),
            ]
        return [
            arithmetic("_+_", "add", add, Arithmetic.add),
            arithmetic("_-_", "subtract", subtract, Arithmetic.subtract),
            arithmetic("_*_", "multiply", numeric, Arithmetic.multiply),
            arithmetic("_/_", "divide", numeric, Arithmetic.divide),
            arithmetic("_%_", "modulo", Array(numeric.prefix(2)), Arithmetic.modulo),
            CELFunction(
                "-_",
                [("int64", CELType.int), ("double", .double), ("duration", .duration)].map { entry in
                    CELOverload.unary("std.negate_\(entry.0)", entry.1, entry.1) { value in
                        Arithmetic.negate(value) ?? .error(CELError.noSuchOverload("-_", [value]))
                    }
                }),
            CELFunction("!_", .unary("std.logical_not", .bool, .bool) { .bool(!($0.boolValue ?? true)) }),
            CELFunction(
                "_&&_", CELOverload("std.logical_and", [.bool, .bool], .bool, strict: false, implementation: nil)),
            CELFunction(
                "_||_", CELOverload("std.logical_or", [.bool, .bool], .bool, strict: false, implementation: nil)),
            CELFunction(
                "_?_:_", CELOverload("std.conditional", [.bool, a, a], a, strict: false, implementation: nil)),
            CELFunction(
                "@not_strictly_false",
                CELOverload("std.not_strictly_false", [.bool], .bool, strict: false, implementation: nil)),
            CELFunction("_==_", .binary("std.equals", a, a, .bool) { CELValue.celEquals($0, $1) }),
            CELFunction(
                "_!=_",
                .binary("std.not_equals", a, a, .bool) { lhs, rhs in
                    if case .bool(let b) = CELValue.celEquals(lhs, rhs) { return .bool(!b) }
                    return CELValue.celEquals(lhs, rhs)
                }),
            comparison("_<_", "less", .less),
            comparison("_<=_", "less_equals", .lessEquals),
            comparison("_>_", "greater", .greater),
            comparison("_>=_", "greater_equals", .greaterEquals),
            CELFunction(
                "_[_]",
                .binary("std.index_list", .list(a), .int, a) { IndexNode.index($0, $1) },
                .binary("std.index_map", .map(k, v), k, v) { IndexNode.index($0, $1) }),
            CELFunction(
                "@in",
                .binary("std.in_list", a, .list(a), .bool) { element, list in
                    guard case .list(let l) = list else {
                        return .error(CELError.noSuchOverload("@in", [element, list]))
                    }
                    for index in 0..<l.count where l.element(at: index).isEqual(to: element) { return .bool(true) }
                    return .bool(false)
                },
                .binary("std.in_map", k, .map(k, v), .bool) { key, map in
                    guard case .map(let m) = map else { return .error(CELError.noSuchOverload("@in", [key, map])) }
                    return .bool(m.lookup(key) != nil)
                }),
        ]
    }
}
