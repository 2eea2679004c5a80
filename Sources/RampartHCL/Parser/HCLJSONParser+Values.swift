extension HCLJSONParser {
    mutating func fail(_ summary: String, _ detail: String) throws(HCLParseAbort) -> Never {
        scanner.error(summary, detail: detail, at: scanner.characterRange())
        throw HCLParseAbort()
    }

    mutating func parseValue() throws(HCLParseAbort) -> JSONValue {
        scanner.skipTrivia(newlines: true)
        scanner.depth += 1
        defer { scanner.depth -= 1 }
        if scanner.depth > HCLParser.maximumDepth {
            try fail("Nesting too deep", "JSON nests more than \(HCLParser.maximumDepth) levels.")
        }
        let start = scanner.position
        let byte = scanner.peek()
        switch byte {
        case UInt8(ascii: "{"):
            scanner.advance()
            var properties: [(key: String, keyRange: HCLRange, value: JSONValue)] = []
            scanner.skipTrivia(newlines: true)
            if scanner.peek() == UInt8(ascii: "}") {
                scanner.advance()
                return .object(properties, HCLRange(start: start, end: scanner.position))
            }
            while true {
                scanner.skipTrivia(newlines: true)
                guard case .string(let key, let keyRange) = try parseValue() else {
                    try fail("Invalid object property name", "Property names must be quoted strings.")
                }
                scanner.skipTrivia(newlines: true)
                guard scanner.peek() == UInt8(ascii: ":") else {
                    try fail("Missing property value colon", "Expected a colon (:).")
                }
                scanner.advance()
                properties.append((key, keyRange, try parseValue()))
                scanner.skipTrivia(newlines: true)
                if scanner.peek() == UInt8(ascii: ",") {
                    scanner.advance()
                    continue
                }
                guard scanner.peek() == UInt8(ascii: "}") else {
                    try fail("Missing comma", "Expected a comma or a closing brace.")
                }
                scanner.advance()
                return .object(properties, HCLRange(start: start, end: scanner.position))
            }
        case UInt8(ascii: "["):
            scanner.advance()
            var items: [JSONValue] = []
            scanner.skipTrivia(newlines: true)
            if scanner.peek() == UInt8(ascii: "]") {
                scanner.advance()
                return .array(items, HCLRange(start: start, end: scanner.position))
            }
            while true {
                items.append(try parseValue())
                scanner.skipTrivia(newlines: true)
                if scanner.peek() == UInt8(ascii: ",") {
                    scanner.advance()
                    continue
                }
                guard scanner.peek() == UInt8(ascii: "]") else {
                    try fail("Missing comma", "Expected a comma or a closing bracket.")
                }
                scanner.advance()
                return .array(items, HCLRange(start: start, end: scanner.position))
            }
        case UInt8(ascii: "\""):
            return try parseString()
        case UInt8(ascii: "-"), 48...57:
            let from = scanner.index
            scanner.advance()
            while true {
                let next = scanner.peek()
                let isNumberByte =
                    (next >= 48 && next <= 57) || next == UInt8(ascii: ".") || next == UInt8(ascii: "e")
                    || next == UInt8(ascii: "E") || next == UInt8(ascii: "+") || next == UInt8(ascii: "-")
                guard isNumberByte else { break }
                scanner.advance()
            }
            let text = String(decoding: scanner.bytes[from..<scanner.index], as: UTF8.self)
            guard let number = HCLDecimal(text) else {
                try fail("Invalid number", "\(text) is not a valid JSON number.")
            }
            return .number(number, HCLRange(start: start, end: scanner.position))
        default:
            if let (word, range) = scanner.readIdentifier() {
                switch word {
                case "true": return .bool(true, range)
                case "false": return .bool(false, range)
                case "null": return .null(range)
                default: break
                }
            }
            try fail("Invalid JSON value", "Expected an object, array, string, number, true, false or null.")
        }
    }

    mutating func parseString() throws(HCLParseAbort) -> JSONValue {
        let start = scanner.position
        let opener = scanner.characterRange()
        scanner.advance()
        var bytes: [UInt8] = []
        while true {
            if scanner.atEnd || scanner.peek() == 10 {
                scanner.error("Unterminated string", detail: "Close the string with a quote (\").", at: opener)
                throw HCLParseAbort()
            }
            let byte = scanner.peek()
            if byte == UInt8(ascii: "\"") {
                scanner.advance()
                break
            }
            if byte == UInt8(ascii: "\\") {
                scanner.advance()
                let escape = scanner.peek()
                switch escape {
                case UInt8(ascii: "b"): bytes.append(8)
                case UInt8(ascii: "f"): bytes.append(12)
                case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "/"))
                case UInt8(ascii: "u"):
                    var value: UInt32 = 0
                    for offset in 1...4 { value = value * 16 + (HCLParser.hexValue(scanner.peek(offset)) ?? 0) }
                    scanner.advance(by: 4)
                    if let scalar = Unicode.Scalar(value) {
                        bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                    }
                default:
                    var decoded: [UInt8] = []
                    scanner.index -= 1
                    scanner.column -= 1
                    scanner.decodeEscape(into: &decoded)
                    bytes.append(contentsOf: decoded)
                    continue
                }
                scanner.advance()
                continue
            }
            bytes.append(byte)
            scanner.advance()
        }
        return .string(String(decoding: bytes, as: UTF8.self), HCLRange(start: start, end: scanner.position))
    }
}
