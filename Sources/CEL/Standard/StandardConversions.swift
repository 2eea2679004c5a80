/// Type conversions `int() uint() double() string() bytes() bool() timestamp() duration() dyn()
/// type()`.
enum StandardConversions {
    static func rangeError(_ what: String) -> CELValue { .error(.overflow, "\(what) range error") }

    static func toInt(_ value: CELValue) -> CELValue {
        switch value {
        case .int: return value
        case .uint(let u): return u > UInt64(Int64.max) ? rangeError("int") : .int(Int64(u))
        case .double(let d):
            guard d.isFinite, d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else {
                return rangeError("int")
            }
            return .int(Int64(d.rounded(.towardZero)))
        case .string(let s):
            guard let i = Int64(s) else { return .error(.invalidArgument, "int('\(s)'): invalid integer") }
            return .int(i)
        case .timestamp(let t): return .int(t.seconds)
        default: return .error(CELError.noSuchOverload("int", [value]))
        }
    }

    static func toUInt(_ value: CELValue) -> CELValue {
        switch value {
        case .uint: return value
        case .int(let i): return i < 0 ? rangeError("uint") : .uint(UInt64(i))
        case .double(let d):
            guard d.isFinite, d > -1, d < 18_446_744_073_709_551_616.0 else { return rangeError("uint") }
            return .uint(UInt64(d.rounded(.towardZero)))
        case .string(let s):
            guard let u = UInt64(s) else { return .error(.invalidArgument, "uint('\(s)'): invalid unsigned integer") }
            return .uint(u)
        default: return .error(CELError.noSuchOverload("uint", [value]))
        }
    }

    static func toDouble(_ value: CELValue) -> CELValue {
        switch value {
        case .double: return value
        case .int(let i): return .double(Double(i))
        case .uint(let u): return .double(Double(u))
        case .string(let s):
            let lowered = s.lowercased()
            switch lowered {
            case "nan": return .double(.nan)
            case "inf", "+inf", "infinity", "+infinity": return .double(.infinity)
            case "-inf", "-infinity": return .double(-.infinity)
            default: break
            }
            guard let d = Double(s), !s.contains(where: { $0 == "n" || $0 == "N" || $0 == "x" || $0 == "X" }) else {
                return .error(.invalidArgument, "double('\(s)'): invalid number")
            }
            return .double(d)
        default: return .error(CELError.noSuchOverload("double", [value]))
        }
    }

    static func toString(_ value: CELValue) -> CELValue {
        switch value {
        case .string: return value
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d): return .string(DoubleFormat.format(d))
        case .bool(let b): return .string(b ? "true" : "false")
        case .bytes(let b):
            guard let s = String(validating: b, as: UTF8.self) else {
                return .error(.invalidArgument, "string(bytes): invalid UTF-8")
            }
            return .string(s)
        case .timestamp(let t): return .string(TimeText.format(t))
        case .duration(let d): return .string(TimeText.format(d))
        default: return .error(CELError.noSuchOverload("string", [value]))
        }
    }

    static func toBool(_ value: CELValue) -> CELValue {
        switch value {
        case .bool: return value
        case .string(let s):
            switch s {
            case "1", "t", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "false", "FALSE", "False": return .bool(false)
            default: return .error(.invalidArgument, "Type conversion error: bool('\(s)')")
            }
        default: return .error(CELError.noSuchOverload("bool", [value]))
        }
    }

    static func toTimestamp(_ value: CELValue) -> CELValue {
        switch value {
        case .timestamp: return value
        case .string(let s): return TimeText.parseTimestamp(s)
        case .int(let i):
            let t = CELTimestamp(seconds: i)
            return t.isInRange ? .timestamp(t) : TimeMath.rangeError()
        default: return .error(CELError.noSuchOverload("timestamp", [value]))
        }
    }

    static func toDuration(_ value: CELValue) -> CELValue {
        switch value {
        case .duration: return value
        case .string(let s): return TimeText.parseDuration(s)
        default: return .error(CELError.noSuchOverload("duration", [value]))
        }
    }

    static func conversion(
        _ name: String, _ sources: [(String, CELType)], _ result: CELType,
        _ body: @escaping @Sendable (CELValue) -> CELValue
    ) -> CELFunction {
        CELFunction(name, sources.map { CELOverload.unary("\($0.0)_to_\(name)", $0.1, result, body) })
    }

    static var functions: [CELFunction] {
        let a = CELType.typeParameter("A")
        return [
            conversion(
                "int",
                [
                    ("int64", .int), ("uint64", .uint), ("double", .double), ("string", .string),
                    ("timestamp", .timestamp),
                ], .int, toInt),
            conversion(
                "uint", [("uint64", .uint), ("int64", .int), ("double", .double), ("string", .string)], .uint, toUInt),
            conversion(
                "double", [("double", .double), ("int64", .int), ("uint64", .uint), ("string", .string)], .double,
                toDouble),
            conversion(
                "string",
                [
                    ("string", .string), ("int64", .int), ("uint64", .uint), ("double", .double), ("bool", .bool),
                    ("bytes", .bytes),
                    ("timestamp", .timestamp), ("duration", .duration),
                ], .string, toString),
            CELFunction(
                "bytes",
                .unary("bytes_to_bytes", .bytes, .bytes) { $0 },
                .unary("string_to_bytes", .string, .bytes) { value in
                    guard case .string(let s) = value else { return .error(CELError.noSuchOverload("bytes", [value])) }
                    return .bytes(Array(s.utf8))
                }),
            conversion("bool", [("bool", .bool), ("string", .string)], .bool, toBool),
            conversion(
                "timestamp", [("timestamp", .timestamp), ("string", .string), ("int64", .int)], .timestamp, toTimestamp),
            conversion("duration", [("duration", .duration), ("string", .string)], .duration, toDuration),
            CELFunction("dyn", .unary("to_dyn", a, .dyn) { $0 }),
            CELFunction("type", .unary("type", a, .type(a)) { .type($0.celType) }),
        ]
    }
}
