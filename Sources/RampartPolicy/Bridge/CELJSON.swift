public import CEL
import CELExtensions

/// Renders a CEL value as JSON for people and scripts (`rampart cel eval`, `rampart policy eval`).
///
/// Booleans, strings, null, lists and string-keyed maps are plain JSON; every other type keeps its
/// CEL type in a one-key tagged object: `{"int": "1"}`, `{"uint": "1"}`, `{"double": 1.5}`,
/// `{"bytes": "<base64>"}`, `{"timestamp": "2024-01-01T00:00:00Z"}`, `{"duration": "1.5s"}`,
/// `{"type": "int"}`, `{"optional": V}`, `{"error": "message"}`, `{"unknown": [ids]}`,
/// `{"opaque": {"type": "net.IP", "value": "10.0.0.1"}}`, and maps with non-string keys as
/// `{"map": [{"key": K, "value": V}]}`. 64-bit integers are strings so no JSON reader loses digits.
public enum CELJSON {
    /// JSON text of a value (compact; `pretty` indents with two spaces).
    public static func render(_ value: CELValue, pretty: Bool = false) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? 0 : nil)
        return out
    }

    static func write(_ value: CELValue, into out: inout String, indent: Int?) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): tagged("int", "\"\(number)\"", into: &out)
        case .uint(let number): tagged("uint", "\"\(number)\"", into: &out)
        case .double(let number):
            let text =
                number.isNaN
                ? "\"NaN\"" : number.isInfinite ? (number > 0 ? "\"Infinity\"" : "\"-Infinity\"") : "\(number)"
            tagged("double", text, into: &out)
        case .string(let text): out += quote(text)
        case .bytes(let bytes): tagged("bytes", quote(Base64Codec.encode(bytes)), into: &out)
        case .list(let list):
            writeArray((0..<list.count).map { list.element(at: $0) }, into: &out, indent: indent)
        case .map(let map):
            let keys = (0..<map.count).map { map.key(at: $0) }
            if keys.allSatisfy({ $0.stringValue != nil }) {
                let pairs = (0..<map.count).map { (keys[$0].stringValue!, map.value(at: $0)) }
                writeObject(pairs, into: &out, indent: indent)
            } else {
                let entries: [CELValue] = (0..<map.count).map { index in
                    .map(CELDictionaryMap([(.string("key"), keys[index]), (.string("value"), map.value(at: index))]))
                }
                out += "{\"map\": "
                writeArray(entries, into: &out, indent: indent)
                out += "}"
            }
        case .type(let type): tagged("type", quote(type.description), into: &out)
        case .timestamp(let timestamp): tagged("timestamp", quote(timestamp.rfc3339), into: &out)
        case .duration(let duration): tagged("duration", quote(duration.secondsText), into: &out)
        case .optional(let inner):
            out += "{\"optional\": "
            if let inner { write(inner, into: &out, indent: indent) } else { out += "null" }
            out += "}"
        case .error(let error): tagged("error", quote(error.message), into: &out)
        case .unknown(let set): tagged("unknown", quote("\(set)"), into: &out)
        case .opaque(let opaque):
            out +=
                "{\"opaque\": {\"type\": \(quote(opaque.celType.description)), \"value\": \(quote(String(describing: opaque)))}}"
        }
    }

    static func tagged(_ tag: String, _ json: String, into out: inout String) {
        out += "{\"\(tag)\": \(json)}"
    }

    static func writeArray(_ items: [CELValue], into out: inout String, indent: Int?) {
        guard !items.isEmpty else { return out += "[]" }
        out += "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            newline(indent.map { $0 + 1 }, into: &out)
            write(item, into: &out, indent: indent.map { $0 + 1 })
        }
        newline(indent, into: &out)
        out += "]"
    }

    static func writeObject(_ pairs: [(String, CELValue)], into out: inout String, indent: Int?) {
        guard !pairs.isEmpty else { return out += "{}" }
        out += "{"
        for (index, (key, value)) in pairs.enumerated() {
            if index > 0 { out += "," }
            newline(indent.map { $0 + 1 }, into: &out)
            out += quote(key) + ": "
            write(value, into: &out, indent: indent.map { $0 + 1 })
        }
        newline(indent, into: &out)
        out += "}"
    }

    static func newline(_ indent: Int?, into out: inout String) {
        guard let indent else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }

    /// A JSON string literal.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
