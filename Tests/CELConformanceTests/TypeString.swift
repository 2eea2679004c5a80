import CEL

/// Parses the suite's type strings: `int`, `list(int)`, `map(string, int)`, `wrapper(int)`,
/// `google.protobuf.Timestamp`, `type(T)`, `optional_type(int)`, `A` (type parameter), `tuple(T, U)`.
enum TypeString {
    static func parse(_ text: String) throws -> CELType {
        var parser = Scanner(text: Array(text))
        return parser.parseType()
    }

    struct Scanner {
        var text: [Character]
        var position = 0

        mutating func skipSpaces() { while position < text.count, text[position] == " " { position += 1 } }

        mutating func name() -> String {
            skipSpaces()
            var result = ""
            while position < text.count, text[position] != "(", text[position] != ")", text[position] != ",",
                text[position] != " "
            {
                result.append(text[position])
                position += 1
            }
            return result
        }

        mutating func parseType() -> CELType {
            let head = name()
            var parameters: [CELType] = []
            skipSpaces()
            if position < text.count, text[position] == "(" {
                position += 1
                while position < text.count {
                    parameters.append(parseType())
                    skipSpaces()
                    if position < text.count, text[position] == "," {
                        position += 1
                        continue
                    }
                    if position < text.count, text[position] == ")" { position += 1 }
                    break
                }
            }
            switch (head, parameters.count) {
            case ("int", 0): return .int
            case ("uint", 0): return .uint
            case ("double", 0): return .double
            case ("bool", 0): return .bool
            case ("string", 0): return .string
            case ("bytes", 0): return .bytes
            case ("null_type", 0): return .null
            case ("dyn", 0): return .dyn
            case ("error", 0): return .error
            case ("list", 0): return .list(.dyn)
            case ("list", 1): return .list(parameters[0])
            case ("map", 0): return .map(.dyn, .dyn)
            case ("map", 2): return .map(parameters[0], parameters[1])
            case ("type", 0): return .type(.dyn)
            case ("type", 1): return .type(parameters[0])
            case ("wrapper", 1): return .wrapper(parameters[0])
            case ("optional_type", 0): return .optional(.dyn)
            case ("optional_type", 1): return .optional(parameters[0])
            case ("google.protobuf.Timestamp", 0): return .timestamp
            case ("google.protobuf.Duration", 0): return .duration
            case ("google.protobuf.Value", 0), ("google.protobuf.Any", 0): return .dyn
            case ("google.protobuf.Struct", 0): return .map(.string, .dyn)
            case ("google.protobuf.ListValue", 0): return .list(.dyn)
            case ("google.protobuf.Int32Value", 0), ("google.protobuf.Int64Value", 0): return .wrapper(.int)
            case ("google.protobuf.UInt32Value", 0), ("google.protobuf.UInt64Value", 0): return .wrapper(.uint)
            case ("google.protobuf.FloatValue", 0), ("google.protobuf.DoubleValue", 0): return .wrapper(.double)
            case ("google.protobuf.BoolValue", 0): return .wrapper(.bool)
            case ("google.protobuf.StringValue", 0): return .wrapper(.string)
            case ("google.protobuf.BytesValue", 0): return .wrapper(.bytes)
            default:
                if parameters.isEmpty, head.count == 1, head.first!.isUppercase { return .typeParameter(head) }
                if parameters.isEmpty, head.contains(".") { return .object(head) }
                return .opaque(head, parameters)
            }
        }
    }
}
