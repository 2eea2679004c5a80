extension CELValue: CustomStringConvertible {
    /// The value in CEL literal syntax where one exists (`[1, "a"]`, `{"k": 2u}`,
    /// `timestamp("2009-02-13T23:31:30Z")`), for messages and debugging.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "\(u)u"
        case .double(let d):
            let text = DoubleFormat.format(d)
            return text.contains(where: { $0 == "." || $0 == "e" || $0 == "N" || $0 == "I" }) ? text : text + ".0"
        case .string(let s): return quoted(s)
        case .bytes(let b):
            return "b\""
                + b.map { byte in
                    (32..<127).contains(byte) && byte != 34 && byte != 92
                        ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16).leftPadded(2)
                }.joined() + "\""
        case .list(let list):
            return "[" + (0..<list.count).map { list.element(at: $0).description }.joined(separator: ", ") + "]"
        case .map(let map):
            let entries = (0..<map.count).map { "\(map.key(at: $0).description): \(map.value(at: $0).description)" }
            return "{" + entries.joined(separator: ", ") + "}"
        case .type(let type): return type.runtimeName
        case .timestamp(let t): return "timestamp(\(quoted(TimeText.format(t))))"
        case .duration(let d): return "duration(\(quoted(TimeText.format(d))))"
        case .optional(let wrapped): return wrapped.map { "optional.of(\($0.description))" } ?? "optional.none()"
        case .error(let error): return "error(\(quoted(error.message)))"
        case .unknown(let set): return "unknown(\(set.ids.map(String.init).joined(separator: ", ")))"
        case .opaque(let value): return "\(value.celType)(\(value))"
        }
    }

    private func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
