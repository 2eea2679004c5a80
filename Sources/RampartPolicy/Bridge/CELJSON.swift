public import CEL

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
        case .bytes(let bytes): tagged("bytes", quote(base64(bytes)), into: &out)
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
        case .timestamp(let timestamp): tagged("timestamp", quote(RFC3339.format(timestamp)), into: &out)
        case .duration(let duration): tagged("duration", quote(RFC3339.format(duration)), into: &out)
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

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value =
                (UInt32(chunk[0]) << 16) | (chunk.count > 1 ? UInt32(chunk[1]) << 8 : 0)
                | (chunk.count > 2 ? UInt32(chunk[2]) : 0)
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[Int((value >> UInt32(18 - 6 * position)) & 63)] : "=")
            }
            index += 3
        }
        return out
    }
}

/// RFC 3339 timestamps and CEL duration strings.
enum RFC3339 {
    static func format(_ timestamp: CELTimestamp) -> String {
        let days = Int64((Double(timestamp.seconds) / 86_400).rounded(.down))
        let secondsOfDay = timestamp.seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
        text += pad(secondsOfDay / 3600, 2) + ":" + pad(secondsOfDay / 60 % 60, 2) + ":" + pad(secondsOfDay % 60, 2)
        if timestamp.nanos > 0 { text += "." + fraction(Int64(timestamp.nanos)) }
        return text + "Z"
    }

    static func format(_ duration: CELDuration) -> String {
        let seconds = duration.seconds
        let nanos = duration.nanos
        let negative = seconds < 0 || nanos < 0
        var text = negative ? "-" : ""
        text += String(abs(seconds))
        if nanos != 0 { text += "." + fraction(abs(nanos)) }
        return text + "s"
    }

    /// Nanoseconds as 3, 6 or 9 fraction digits.
    static func fraction(_ nanos: Int64) -> String {
        var digits = pad(nanos, 9)
        while digits.count > 3 && digits.hasSuffix("000") { digits.removeLast(3) }
        return digits
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
