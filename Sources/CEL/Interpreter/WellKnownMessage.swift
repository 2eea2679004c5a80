/// Construction of the `google.protobuf` well-known messages that CEL maps to its own values:
/// wrappers (`Int64Value{value: 1}` is `1`), `Value`, `Struct`, `ListValue`, `Timestamp`,
/// `Duration` and an empty `Any`.
enum WellKnownMessage {
    static let prefix = "google.protobuf."
    static let names: Set<String> = [
        "BoolValue", "BytesValue", "DoubleValue", "FloatValue", "Int32Value", "Int64Value", "StringValue",
        "UInt32Value", "UInt64Value", "Value", "Struct", "ListValue", "Timestamp", "Duration", "Any",
    ]

    static func isKnown(_ typeName: String) -> Bool {
        typeName.hasPrefix(prefix) && names.contains(String(typeName.dropFirst(prefix.count)))
    }

    static func build(_ typeName: String, _ fields: [(String, CELValue)]) -> CELValue {
        let short = String(typeName.dropFirst(prefix.count))
        var byName: [String: CELValue] = [:]
        for (name, value) in fields { byName[name] = value }
        func bad(_ field: String) -> CELValue { .error(.noSuchField, "no such field '\(field)' in \(typeName)") }
        for (name, _) in fields {
            let allowed: Set<String>
            switch short {
            case "Value":
                allowed = ["null_value", "number_value", "string_value", "bool_value", "struct_value", "list_value"]
            case "Struct": allowed = ["fields"]
            case "ListValue": allowed = ["values"]
            case "Timestamp", "Duration": allowed = ["seconds", "nanos"]
            case "Any": allowed = ["type_url", "value"]
            default: allowed = ["value"]
            }
            if !allowed.contains(name) { return bad(name) }
        }
        let value = byName["value"]
        switch short {
        case "BoolValue": return value ?? .bool(false)
        case "BytesValue": return value ?? .bytes([])
        case "StringValue": return value ?? .string("")
        case "DoubleValue": return value ?? .double(0)
        case "FloatValue":
            if case .double(let d)? = value { return .double(Double(Float(d))) }
            return value ?? .double(0)
        case "Int64Value": return value ?? .int(0)
        case "UInt64Value": return value ?? .uint(0)
        case "Int32Value":
            if case .int(let i)? = value, Int32(exactly: i) == nil { return .error(.overflow, "int32 range error") }
            return value ?? .int(0)
        case "UInt32Value":
            if case .uint(let u)? = value, UInt32(exactly: u) == nil { return .error(.overflow, "uint32 range error") }
            return value ?? .uint(0)
        case "Struct": return byName["fields"] ?? .map(CELDictionaryMap.empty)
        case "ListValue": return byName["values"] ?? .list(CELArrayList.empty)
        case "Value":
            guard let (name, content) = fields.first else { return .null }
            switch name {
            case "null_value": return .null
            default: return content
            }
        case "Timestamp":
            var seconds: Int64 = 0
            var nanos: Int64 = 0
            if case .int(let s)? = byName["seconds"] { seconds = s }
            if case .int(let n)? = byName["nanos"] { nanos = n }
            let t = CELTimestamp(seconds: seconds, nanos: Int32(clamping: nanos))
            return t.isInRange ? .timestamp(t) : TimeMath.rangeError()
        case "Duration":
            var seconds: Int64 = 0
            var nanos: Int64 = 0
            if case .int(let s)? = byName["seconds"] { seconds = s }
            if case .int(let n)? = byName["nanos"] { nanos = n }
            return CELDuration(seconds: seconds, nanos: nanos).map { .duration($0) } ?? TimeMath.rangeError("duration")
        default:
            return .error(.invalidArgument, "cannot construct \(typeName) without its packed message")
        }
    }
}

/// A well-known message literal such as `google.protobuf.Int64Value{value: 1}`.
final class WellKnownMessageNode: PlanNode, @unchecked Sendable {
    let typeName: String
    let fields: [String]
    let values: [PlanNode]
    let optional: [Bool]
    init(id: Int64, typeName: String, fields: [String], values: [PlanNode], optional: [Bool]) {
        self.typeName = typeName
        self.fields = fields
        self.values = values
        self.optional = optional
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        var evaluated: [(String, CELValue)] = []
        for index in fields.indices {
            var value = values[index].evaluate(context)
            if value.isErrorOrUnknown { return value }
            if optional[index] {
                guard case .optional(let wrapped) = value else {
                    return .error(CELError.noSuchOverload("optional field", [value]))
                }
                guard let wrapped else { continue }
                value = wrapped
            }
            evaluated.append((fields[index], value))
        }
        return WellKnownMessage.build(typeName, evaluated)
    }
}
