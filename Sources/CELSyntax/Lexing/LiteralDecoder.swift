/// Decodes the text of string, bytes and number tokens into constant values.
enum LiteralDecoder {
    /// A decoding problem: what is wrong and the byte offset it points at.
    struct Failure: Error {
        var message: String
        var byteOffset: Int
    }

    /// Decodes a quoted literal token (prefix, quotes and all) into `.string` or `.bytes`.
    static func decodeQuoted(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Result<Constant, Failure> {
        var open = start
        var raw = false
        var isBytes = false
        while bytes[open] != UInt8(ascii: "\"") && bytes[open] != UInt8(ascii: "'") {
            if bytes[open] | 0x20 == UInt8(ascii: "r") { raw = true } else { isBytes = true }
            open += 1
        }
        let quote = bytes[open]
        let quoteLength =
            end - open >= 6 && bytes[open + 1] == quote && bytes[open + 2] == quote ? 3 : 1
        let contentStart = open + quoteLength
        let contentEnd = end - quoteLength
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
        if raw || !content.contains(UInt8(ascii: "\\")) {
            return .success(isBytes ? .bytes(Array(content)) : .string(String(decoding: content, as: UTF8.self)))
        }
        var output: [UInt8] = []
        output.reserveCapacity(content.count)
        var index = contentStart
        while index < contentEnd {
            let current = bytes[index]
            guard current == UInt8(ascii: "\\") else {
                output.append(current)
                index += 1
                continue
            }
            switch decodeEscape(bytes, at: index, end: contentEnd, isBytes: isBytes, into: &output) {
            case .success(let next): index = next
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(isBytes ? .bytes(output) : .string(String(decoding: output, as: UTF8.self)))
    }

    /// Decodes the escape sequence whose backslash is at `index`, appending its bytes; returns
    /// the index after it.
    private static func decodeEscape(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, isBytes: Bool, into output: inout [UInt8]
    ) -> Result<Int, Failure> {
        guard index + 1 < end else {
            return .failure(
                Failure(
                    message: "invalid escape sequence: a backslash must be followed by an escape character",
                    byteOffset: index))
        }
        let letter = bytes[index + 1]
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "a"): 0x07
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            case UInt8(ascii: "v"): 0x0B
            case UInt8(ascii: "\\"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                letter
            default: nil
            }
        if let simple {
            output.append(simple)
            return .success(index + 2)
        }
        let digitCount: Int
        let radix: UInt32
        switch letter {
        case UInt8(ascii: "x"), UInt8(ascii: "X"): (digitCount, radix) = (2, 16)
        case UInt8(ascii: "u"): (digitCount, radix) = (4, 16)
        case UInt8(ascii: "U"): (digitCount, radix) = (8, 16)
        case UInt8(ascii: "0")...UInt8(ascii: "3"): (digitCount, radix) = (3, 8)
        default:
            let shown = String(decoding: [letter], as: UTF8.self)
            return .failure(
                Failure(
                    message: "invalid escape sequence '\\\(shown)'; escape a backslash as '\\\\'", byteOffset: index))
        }
        let digitsStart = radix == 8 ? index + 1 : index + 2
        guard digitsStart + digitCount <= end else {
            return .failure(
                Failure(
                    message:
                        "incomplete escape sequence: expected \(digitCount) \(radix == 8 ? "octal" : "hex") digits",
                    byteOffset: index))
        }
        var value: UInt32 = 0
        for offset in 0..<digitCount {
            guard let digit = digitValue(bytes[digitsStart + offset], radix: radix) else {
                return .failure(
                    Failure(
                        message:
                            "invalid escape sequence: expected \(digitCount) \(radix == 8 ? "octal" : "hex") digits",
                        byteOffset: index))
            }
            value = value &* radix &+ digit
        }
        let next = digitsStart + digitCount
        if isBytes && (radix == 8 || letter | 0x20 == UInt8(ascii: "x")) {
            output.append(UInt8(truncatingIfNeeded: value))
            return .success(next)
        }
        guard let scalar = Unicode.Scalar(value) else {
            return .failure(
                Failure(
                    message:
                        "invalid unicode code point in escape sequence; surrogates and values above \\U0010FFFF are not allowed",
                    byteOffset: index))
        }
        appendUTF8(scalar, to: &output)
        return .success(next)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        if radix == 8 {
            return byte &- UInt8(ascii: "0") < 8 ? UInt32(byte &- UInt8(ascii: "0")) : nil
        }
        if byte.isDigit { return UInt32(byte &- UInt8(ascii: "0")) }
        let lower = byte | 0x20
        if lower &- UInt8(ascii: "a") < 6 { return UInt32(lower &- UInt8(ascii: "a")) + 10 }
        return nil
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        UTF8.encode(scalar) { output.append($0) }
    }

    /// Decodes an int token; `negative` folds a preceding minus sign into the value.
    static func decodeInt(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, negative: Bool) -> Int64? {
        guard let magnitude = decodeMagnitude(bytes, start: start, end: end) else { return nil }
        if negative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(bitPattern: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Decodes a uint token (with its `u` suffix).
    static func decodeUInt(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> UInt64? {
        decodeMagnitude(bytes, start: start, end: end - 1)
    }

    private static func decodeMagnitude(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> UInt64? {
        var value: UInt64 = 0
        if end - start > 2, bytes[start + 1] == UInt8(ascii: "x") {
            for index in (start + 2)..<end {
                guard let digit = digitValue(bytes[index], radix: 16) else { return nil }
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 16)
                if overflow { return nil }
                value = shifted | UInt64(digit)
            }
            return value
        }
        for index in start..<end {
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = scaled.addingReportingOverflow(UInt64(bytes[index] &- UInt8(ascii: "0")))
            if overflow || carry { return nil }
            value = sum
        }
        return value
    }

    /// Decodes a double token; `nil` when out of range.
    static func decodeDouble(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, negative: Bool) -> Double? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return negative ? -value : value
    }
}
