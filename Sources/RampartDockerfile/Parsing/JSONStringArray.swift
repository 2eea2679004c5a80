/// Strict parser for the exec form: a JSON array of strings such as `["sh", "-c", "echo hi"]`.
///
/// Anything that is not valid JSON makes the instruction fall back to the shell form, as Docker
/// does; valid JSON holding something other than strings is reported as ``Outcome/notStrings``.
enum JSONStringArray {
    /// One decoded element and the range of its literal (quotes included).
    struct Element {
        var text: String
        var start: Int
        var end: Int
    }

    enum Outcome {
        case strings([Element])
        case notStrings
        case invalid
    }

    /// Parses `bytes[start..<end]`, which must hold the array and nothing but whitespace after it.
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int) -> Outcome {
        var index = WordScanner.skipSpaces(bytes, start, end)
        guard index < end, bytes[index] == 0x5B else { return .invalid }
        index = WordScanner.skipSpaces(bytes, index + 1, end)
        var elements: [Element] = []
        if index < end, bytes[index] == 0x5D {
            return WordScanner.skipSpaces(bytes, index + 1, end) == end ? .strings([]) : .invalid
        }
        while index < end {
            let elementStart = index
            guard bytes[index] == 0x22 else {
                return looksLikeJSONValue(bytes[index]) ? .notStrings : .invalid
            }
            guard let (text, after) = string(bytes, from: index + 1, to: end) else { return .invalid }
            elements.append(Element(text: text, start: elementStart, end: after))
            index = WordScanner.skipSpaces(bytes, after, end)
            guard index < end else { return .invalid }
            if bytes[index] == 0x2C {
                index = WordScanner.skipSpaces(bytes, index + 1, end)
            } else if bytes[index] == 0x5D {
                return WordScanner.skipSpaces(bytes, index + 1, end) == end ? .strings(elements) : .invalid
            } else {
                return .invalid
            }
        }
        return .invalid
    }

    private static func looksLikeJSONValue(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x74 || byte == 0x66 || byte == 0x6E
            || byte == 0x5B || byte == 0x7B
    }

    /// Decodes a JSON string body starting after its opening quote; returns the text and the
    /// offset after the closing quote.
    private static func string(_ bytes: [UInt8], from start: Int, to end: Int) -> (String, Int)? {
        var scalars = String.UnicodeScalarView()
        var index = start
        var plainStart = start
        func flushPlain(_ upTo: Int) {
            if upTo > plainStart {
                scalars.append(contentsOf: String(decoding: bytes[plainStart..<upTo], as: UTF8.self).unicodeScalars)
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte == 0x22 {
                flushPlain(index)
                return (String(scalars), index + 1)
            }
            if byte < 0x20 { return nil }
            if byte != 0x5C {
                index += 1
                continue
            }
            flushPlain(index)
            guard index + 1 < end else { return nil }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case 0x22: scalars.append("\"")
            case 0x5C: scalars.append("\\")
            case 0x2F: scalars.append("/")
            case 0x62: scalars.append("\u{08}")
            case 0x66: scalars.append("\u{0C}")
            case 0x6E: scalars.append("\n")
            case 0x72: scalars.append("\r")
            case 0x74: scalars.append("\t")
            case 0x75:
                guard let unit = hex4(bytes, index, end) else { return nil }
                index += 4
                var scalar = Unicode.Scalar(unit)
                if (0xD800..<0xDC00).contains(unit), index + 6 <= end, bytes[index] == 0x5C, bytes[index + 1] == 0x75,
                    let low = hex4(bytes, index + 2, end), (0xDC00..<0xE000).contains(low)
                {
                    index += 6
                    scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                }
                scalars.append(scalar ?? "\u{FFFD}")
            default:
                return nil
            }
            plainStart = index
        }
        return nil
    }

    private static func hex4(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt32? {
        guard start + 4 <= end else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
