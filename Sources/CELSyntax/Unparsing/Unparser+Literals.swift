extension Unparser.Writer {
    /// Prints a literal so that it parses back to the same constant.
    mutating func writeLiteral(_ constant: Constant, id: Int64) throws(UnparseError) {
        switch constant {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .uint(let value): output += String(value) + "u"
        case .double(let value):
            if value.isNaN {
                output += "double(\"NaN\")"
            } else if value.isInfinite {
                output += value < 0 ? "double(\"-Infinity\")" : "double(\"Infinity\")"
            } else {
                output += value.description
            }
        case .string(let value):
            output += "\""
            for scalar in value.unicodeScalars { appendEscaped(scalar.value, isBytes: false) }
            output += "\""
        case .bytes(let value):
            output += "b\""
            for byte in value { appendEscaped(UInt32(byte), isBytes: true) }
            output += "\""
        }
    }

    /// Appends one character of a double-quoted literal, escaping quotes, backslashes, control
    /// characters and (in bytes) every non-ASCII byte.
    private mutating func appendEscaped(_ value: UInt32, isBytes: Bool) {
        switch value {
        case 0x22: output += "\\\""
        case 0x5C: output += "\\\\"
        case 0x0A: output += "\\n"
        case 0x0D: output += "\\r"
        case 0x09: output += "\\t"
        case 0x20..<0x7F: output.unicodeScalars.append(Unicode.Scalar(UInt8(value)))
        default:
            if isBytes || value < 0x20 || value == 0x7F {
                output += "\\x" + hex(value, digits: 2)
            } else if let scalar = Unicode.Scalar(value) {
                output.unicodeScalars.append(scalar)
            }
        }
    }

    private func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
