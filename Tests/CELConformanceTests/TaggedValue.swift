import CEL
import Foundation

/// Decodes the suite's tagged JSON values (`{"int64": "1"}`, `{"list": [...]}` …) into CEL values.
enum TaggedValue {
    struct Unsupported: Error { var description: String }

    static func decode(_ json: Any) throws -> CELValue {
        guard let object = json as? [String: Any], let (tag, payload) = object.first else {
            throw Unsupported(description: "not a tagged value: \(json)")
        }
        switch tag {
        case "null": return .null
        case "bool": return .bool(payload as? Bool ?? false)
        case "int64":
            guard let text = payload as? String, let value = Int64(text) else {
                throw Unsupported(description: "int64 \(payload)")
            }
            return .int(value)
        case "uint64":
            guard let text = payload as? String, let value = UInt64(text) else {
                throw Unsupported(description: "uint64 \(payload)")
            }
            return .uint(value)
        case "double": return .double(try double(payload))
        case "string": return .string(payload as? String ?? "")
        case "bytes":
            guard let text = payload as? String, let data = Data(base64Encoded: text) else {
                throw Unsupported(description: "bytes")
            }
            return .bytes(Array(data))
        case "list": return .list(CELArrayList(try (payload as? [Any] ?? []).map(decode)))
        case "map":
            var entries: [(key: CELMapKey, value: CELValue)] = []
            for entry in payload as? [[String: Any]] ?? [] {
                guard let key = CELMapKey(try decode(entry["key"] ?? [:])) else {
                    throw Unsupported(description: "map key")
                }
                entries.append((key, try decode(entry["value"] ?? [:])))
            }
            return .map(CELDictionaryMap(entries))
        case "type": return .type(try TypeString.parse(payload as? String ?? "dyn"))
        case "object": return try message(payload as? [String: Any] ?? [:])
        default: throw Unsupported(description: "tag \(tag)")
        }
    }

    static func double(_ payload: Any) throws -> Double {
        if let text = payload as? String {
            switch text {
            case "NaN": return .nan
            case "Infinity": return .infinity
            case "-Infinity": return -.infinity
            default: if let value = Double(text) { return value }
            }
        }
        if let number = payload as? NSNumber { return number.doubleValue }
        throw Unsupported(description: "double \(payload)")
    }

    /// Well-known protobuf messages carry CEL meaning; other messages are unsupported.
    static func message(_ object: [String: Any]) throws -> CELValue {
        let type = object["type"] as? String ?? ""
        let json = object["json"] ?? NSNull()
        switch type {
        case "google.protobuf.Timestamp":
            let value = try CELEnvironment(options: CELOptions(typeCheck: false)).compile("timestamp(t)").evaluate([
                "t": .string(json as? String ?? "")
            ])
            return value
        case "google.protobuf.Duration":
            return try CELEnvironment(options: CELOptions(typeCheck: false)).compile("duration(d)").evaluate([
                "d": .string(json as? String ?? "")
            ])
        case "google.protobuf.Int32Value", "google.protobuf.Int64Value":
            if let text = json as? String, let value = Int64(text) { return .int(value) }
            return .int((json as? NSNumber)?.int64Value ?? 0)
        case "google.protobuf.UInt32Value", "google.protobuf.UInt64Value":
            if let text = json as? String, let value = UInt64(text) { return .uint(value) }
            return .uint((json as? NSNumber)?.uint64Value ?? 0)
        case "google.protobuf.FloatValue", "google.protobuf.DoubleValue": return .double(try double(json))
        case "google.protobuf.BoolValue": return .bool(json as? Bool ?? false)
        case "google.protobuf.StringValue": return .string(json as? String ?? "")
        case "google.protobuf.BytesValue":
            return .bytes(Array(Data(base64Encoded: json as? String ?? "") ?? Data()))
        case "google.protobuf.Value", "google.protobuf.Struct", "google.protobuf.ListValue": return fromJSON(json)
        default: throw Unsupported(description: "message \(type)")
        }
    }

    /// Plain JSON as CEL values (numbers are doubles, as in `google.protobuf.Value`).
    static func fromJSON(_ json: Any) -> CELValue {
        switch json {
        case is NSNull: return .null
        case let number as NSNumber:
            // JSONSerialization boxes booleans as NSNumber too; their Objective-C type is "c".
            if String(cString: number.objCType) == "c" { return .bool(number.boolValue) }
            return .double(number.doubleValue)
        case let string as String: return .string(string)
        case let array as [Any]: return .list(CELArrayList(array.map(fromJSON)))
        case let object as [String: Any]:
            return .map(
                CELDictionaryMap(
                    object.sorted { $0.key < $1.key }.map { (CELMapKey.string($0.key), fromJSON($0.value)) }))
        default: return .null
        }
    }

    /// Suite equality: like `==` but NaN matches NaN and types must match exactly.
    static func matches(_ actual: CELValue, _ expected: CELValue) -> Bool {
        switch (actual, expected) {
        case (.double(let a), .double(let b)): return (a.isNaN && b.isNaN) || (a == b && a.sign == b.sign) || a == b
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            return (0..<a.count).allSatisfy { matches(a.element(at: $0), b.element(at: $0)) }
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for index in 0..<b.count {
                guard let value = a.value(forKey: b.key(at: index)), matches(value, b.value(at: index)) else {
                    return false
                }
            }
            return true
        case (.int, _), (.uint, _), (.double, _), (.list, _), (.map, _): return false
        case (.type(let a), .type(let b)): return a.runtimeName == b.runtimeName
        default:
            if case .error = actual { return false }
            return actual.isEqual(to: expected)
        }
    }
}
