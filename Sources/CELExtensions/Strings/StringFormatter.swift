import CEL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `string.format(list)` of the cel-go strings extension: `%s %d %f %e %b %o %x %X %%`, with an
/// optional precision (`%.3f`), and cel-go's rules and messages for each type.
struct StringFormatter {
    /// Before version 4 of the strings extension, `%e` used a locale-style exponent (`×10⁰⁰`).
    var legacyScientific: Bool

    func format(_ template: String, _ arguments: [CELValue]) -> CELValue {
        var output = ""
        var argumentIndex = 0
        var scalars = template.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "%" else {
                output.unicodeScalars.append(scalar)
                continue
            }
            guard let next = scalars.first else {
                return .invalid("could not parse formatting clause: unexpected end of string")
            }
            if next == "%" {
                output += "%"
                scalars = scalars.dropFirst()
                continue
            }
            var precision: Int?
            if next == "." {
                scalars = scalars.dropFirst()
                var digits = ""
                while let digit = scalars.first, digit.properties.numericType != nil, digit.isASCII {
                    digits.unicodeScalars.append(digit)
                    scalars = scalars.dropFirst()
                }
                guard let value = Int(digits) else {
                    return .invalid("could not parse formatting clause: unable to find end of precision specifier")
                }
                precision = value
            }
            guard let verb = scalars.first else {
                return .invalid("could not parse formatting clause: unexpected end of string")
            }
            scalars = scalars.dropFirst()
            guard "sdfeboxX".unicodeScalars.contains(verb) else {
                return .invalid("could not parse formatting clause: unrecognized formatting clause \"\(verb)\"")
            }
            guard argumentIndex < arguments.count else { return .invalid("index \(argumentIndex) out of range") }
            let argument = arguments[argumentIndex]
            argumentIndex += 1
            switch clause(Character(verb), precision, argument) {
            case .success(let text): output += text
            case .failure(let message): return .invalid("error during formatting: \(message.text)")
            }
        }
        return .string(output)
    }

    struct Message: Error {
        let text: String
    }

    private func clause(_ verb: Character, _ precision: Int?, _ value: CELValue) -> Result<String, Message> {
        let typeName = value.celType.description
        switch verb {
        case "s":
            guard let text = Self.stringClause(value) else {
                return .failure(
                    Message(
                        text:
                            "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given \(typeName)"
                    ))
            }
            return .success(text)
        case "d":
            switch value {
            case .int(let integer): return .success(String(integer))
            case .uint(let unsigned): return .success(String(unsigned))
            case .double(let double) where !double.isFinite: return .success(Self.nonFinite(double))
            default:
                return .failure(Message(text: "decimal clause can only be used on integers, was given \(typeName)"))
            }
        case "f", "e":
            let double: Double
            switch value {
            case .double(let d): double = d
            case .int(let i): double = Double(i)
            case .uint(let u): double = Double(u)
            default:
                let clause = verb == "f" ? "fixed-point" : "scientific"
                return .failure(Message(text: "\(clause) clause can only be used on doubles, was given \(typeName)"))
            }
            if !double.isFinite { return .success(Self.nonFinite(double)) }
            let text = Self.printf(verb == "f" ? "%.*f" : "%.*e", precision ?? 6, double)
            return .success(verb == "e" && legacyScientific ? Self.superscriptExponent(text) : text)
        case "b":
            switch value {
            case .int(let integer): return .success(Self.radix(integer, 2))
            case .uint(let unsigned): return .success(String(unsigned, radix: 2))
            case .bool(let flag): return .success(flag ? "1" : "0")
            default:
                return .failure(
                    Message(text: "only integers and bools can be formatted as binary, was given \(typeName)"))
            }
        case "o":
            switch value {
            case .int(let integer): return .success(Self.radix(integer, 8))
            case .uint(let unsigned): return .success(String(unsigned, radix: 8))
            default: return .failure(Message(text: "octal clause can only be used on integers, was given \(typeName)"))
            }
        default:
            let upper = verb == "X"
            let text: String
            switch value {
            case .int(let integer): text = Self.radix(integer, 16)
            case .uint(let unsigned): text = String(unsigned, radix: 16)
            case .string(let string): text = Self.hex(Array(string.utf8))
            case .bytes(let bytes): text = Self.hex(bytes)
            default:
                return .failure(
                    Message(
                        text: "only integers, byte buffers, and strings can be formatted as hex, was given \(typeName)")
                )
            }
            return .success(upper ? StringFunctions.upperASCII(text) : text)
        }
    }

    static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity")
    }

    static func radix(_ value: Int64, _ base: Int) -> String {
        value < 0 ? "-" + String(value.magnitude, radix: base) : String(value, radix: base)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// C `printf` of one double with a precision: exact decimal rounding, ties to even, like Go.
    static func printf(_ format: String, _ precision: Int, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let clamped = Int32(min(max(precision, 0), 300))
        let written = withVaList([clamped, value]) { arguments in
            vsnprintf(&buffer, buffer.count, format, arguments)
        }
        if written >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(written) + 1)
            _ = withVaList([clamped, value]) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `3.140000e+00` → `3.140000×10⁰⁰` (the exponent style older cel-go versions printed).
    static func superscriptExponent(_ text: String) -> String {
        guard let marker = text.lastIndex(of: "e") else { return text }
        let superscripts: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
            "-": "⁻",
        ]
        var result = String(text[..<marker]) + "×10"
        for character in text[text.index(after: marker)...] where character != "+" {
            result.append(superscripts[character] ?? character)
        }
        return result
    }

    /// The `%s` text of a value, or `nil` for types the clause does not accept.
    static func stringClause(_ value: CELValue) -> String? {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let integer): return String(integer)
        case .uint(let unsigned): return String(unsigned)
        case .double(let double): return plainDouble(double)
        case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .null: return "null"
        case .type(let type): return type.runtimeName
        case .timestamp, .duration: return StandardConversions.text(of: value)
        case .list(let list):
            var parts: [String] = []
            parts.reserveCapacity(list.count)
            for index in 0..<list.count {
                guard let part = stringClause(list.element(at: index)) else { return nil }
                parts.append(part)
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .map(let map):
            var entries: [(key: String, value: String)] = []
            for index in 0..<map.count {
                guard let key = stringClause(map.key(at: index)), let value = stringClause(map.value(at: index)) else {
                    return nil
                }
                entries.append((key, value))
            }
            entries.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        default:
            return nil
        }
    }

    /// Shortest round-tripping decimal without an exponent (`3.14`, `5`, `NaN`, `Infinity`).
    static func plainDouble(_ value: Double) -> String {
        if !value.isFinite { return nonFinite(value) }
        var text = "\(value)"
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let exponent = Int(text[text.index(after: marker)...]) ?? 0
            var mantissa = String(text[..<marker])
            let negative = mantissa.hasPrefix("-")
            if negative { mantissa.removeFirst() }
            let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
            var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
            var pointPosition = parts[0].count + exponent
            if pointPosition <= 0 {
                digits = String(repeating: "0", count: -pointPosition + 1) + digits
                pointPosition = 1
            }
            if pointPosition >= digits.count {
                digits += String(repeating: "0", count: pointPosition - digits.count)
                text = digits
            } else {
                text = String(digits.prefix(pointPosition)) + "." + String(digits.dropFirst(pointPosition))
            }
            if negative { text = "-" + text }
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
