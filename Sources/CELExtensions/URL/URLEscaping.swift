/// Percent-encoding rules of Go's `net/url` for the parts the URL library needs.
enum URLEscaping {
    enum Mode {
        case path, host, query, fragment
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 97...102: byte - 87
        case 65...70: byte - 55
        default: nil
        }
    }

    /// Whether Go would percent-encode `byte` in `mode`.
    static func shouldEscape(_ byte: UInt8, mode: Mode) -> Bool {
        if isAlphanumeric(byte) { return false }
        if mode == .host {
            switch byte {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                UInt8(ascii: ">"), UInt8(ascii: "\""):
                return false
            default: break
            }
        }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
            UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return byte == UInt8(ascii: "?")
            case .fragment: return false
            case .host, .query: return true
            }
        default:
            break
        }
        if mode == .fragment,
            byte == UInt8(ascii: "!") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "*")
        {
            return false
        }
        return true
    }

    /// Decodes `%XX` escapes (and `+` as space in queries).
    static func unescape(_ bytes: ArraySlice<UInt8>, mode: Mode) throws(GoURL.ParseError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                    let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                else {
                    let end = min(index + 3, bytes.endIndex)
                    throw GoURL.ParseError(
                        message: "invalid URL escape \(goQuoted(String(decoding: bytes[index..<end], as: UTF8.self)))")
                }
                output.append(high << 4 | low)
                index += 3
                continue
            }
            if mode == .host, byte < 0x80, shouldEscape(byte, mode: .host) {
                throw GoURL.ParseError(
                    message: "invalid character \(goQuoted(String(UnicodeScalar(byte)))) in host name")
            }
            output.append(mode == .query && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Percent-encodes what Go would in `mode` (uppercase hex).
    static func escape(_ text: String, mode: Mode) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            if shouldEscape(byte, mode: mode) {
                output += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let pathPunctuation = Set("!$&'()*+,;=:@[]".utf8)

    /// Go `validEncoded(s, encodePath)`: only characters a path may carry unescaped.
    static func isValidEncodedPath(_ text: String) -> Bool {
        for byte in text.utf8 {
            if pathPunctuation.contains(byte) || byte == UInt8(ascii: "%") { continue }
            if shouldEscape(byte, mode: .path) { return false }
        }
        return true
    }
}
