extension IPAddress {
    /// Parses an IPv4 (`192.168.0.1`, no leading zeros) or IPv6 (`2001:db8::68`) address.
    /// - Throws: ``NetworkAddressError`` whose message follows Go's `netip.ParseAddr` wording,
    ///   wrapped the way Kubernetes reports it.
    public init(parsing text: String) throws(NetworkAddressError) {
        if text.utf8.contains(UInt8(ascii: "%")) {
            throw NetworkAddressError(code: "ip.zone", message: "IP address with zone value is not allowed")
        }
        let parsed: (address: IPAddress, dottedMapped: Bool)
        do {
            parsed = try Self.parseNetip(Array(text.utf8), text: text)
        } catch {
            throw NetworkAddressError(
                code: "ip.syntax",
                message: "IP Address \(goQuoted(text)) parse error during conversion from string: \(error.message)")
        }
        if parsed.dottedMapped {
            throw NetworkAddressError(code: "ip.mapped", message: "IPv4-mapped IPv6 address is not allowed")
        }
        self = parsed.address
    }

    /// `true` when `text` parses as an address.
    public static func isValid(_ text: String) -> Bool { (try? IPAddress(parsing: text)) != nil }

    /// `true` when `text` parses and is already in canonical form (Kubernetes `ip.isCanonical`).
    /// - Throws: ``NetworkAddressError`` when `text` is not an address.
    public static func isCanonical(_ text: String) throws(NetworkAddressError) -> Bool {
        try IPAddress(parsing: text).description == text
    }

    struct NetipError: Error {
        let message: String
    }

    /// Go `netip.ParseAddr` grammar. Returns the address (IPv4-mapped ones unmapped) and whether it
    /// was an IPv4-mapped IPv6 address written with a dotted quad.
    static func parseNetip(_ bytes: [UInt8], text: String) throws(NetipError) -> (
        address: IPAddress, dottedMapped: Bool
    ) {
        func failure(_ message: String, at rest: ArraySlice<UInt8>? = nil) -> NetipError {
            var full = "ParseAddr(\(goQuoted(text))): \(message)"
            if let rest, !rest.isEmpty { full += " (at \(goQuoted(String(decoding: rest, as: UTF8.self))))" }
            return NetipError(message: full)
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "."):
                let value = try parseIPv4(bytes[...], failure: failure)
                return (IPAddress(ipv4: value), false)
            case UInt8(ascii: ":"):
                return try parseIPv6(bytes, failure: failure)
            default:
                continue
            }
        }
        throw failure("unable to parse IP")
    }

    static func parseIPv4(
        _ bytes: ArraySlice<UInt8>, failure: (String, ArraySlice<UInt8>?) -> NetipError
    ) throws(NetipError) -> UInt32 {
        var fields: [UInt32] = []
        var value: UInt32 = 0
        var digits = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 48, byte <= 57 {
                if digits == 1, value == 0 { throw failure("IPv4 field has octet with leading zero", nil) }
                value = value * 10 + UInt32(byte - 48)
                digits += 1
                if value > 255 { throw failure("IPv4 field has value >255", nil) }
            } else if byte == UInt8(ascii: ".") {
                if index == bytes.startIndex || index == bytes.endIndex - 1 || bytes[index - 1] == UInt8(ascii: ".") {
                    throw failure("IPv4 field must have at least one digit", bytes[index...])
                }
                if fields.count == 3 { throw failure("IPv4 address too long", nil) }
                fields.append(value)
                value = 0
                digits = 0
            } else {
                throw failure("unexpected character", bytes[index...])
            }
            index += 1
        }
        if fields.count < 3 { throw failure("IPv4 address too short", nil) }
        fields.append(value)
        return fields.reduce(0) { $0 << 8 | $1 }
    }

    private static func parseIPv6(
        _ bytes: [UInt8], failure: (String, ArraySlice<UInt8>?) -> NetipError
    ) throws(NetipError) -> (address: IPAddress, dottedMapped: Bool) {
        var address = [UInt8](repeating: 0, count: 16)
        var ellipsis = -1
        var rest = bytes[...]
        var embeddedIPv4 = false
        if rest.count >= 2, rest.first == UInt8(ascii: ":"), rest[rest.startIndex + 1] == UInt8(ascii: ":") {
            ellipsis = 0
            rest = rest.dropFirst(2)
            if rest.isEmpty { return (IPAddress(ipv6High: 0, low: 0), false) }
        }
        var filled = 0
        while filled < 16 {
            var offset = 0
            var accumulator: UInt32 = 0
            while offset < rest.count {
                let byte = rest[rest.startIndex + offset]
                let digit: UInt32
                switch byte {
                case 48...57: digit = UInt32(byte - 48)
                case 97...102: digit = UInt32(byte - 87)
                case 65...70: digit = UInt32(byte - 55)
                default: digit = 16
                }
                if digit == 16 { break }
                accumulator = accumulator << 4 + digit
                if offset > 3 { throw failure("each group must have 4 or less digits", rest) }
                if accumulator > 0xFFFF { throw failure("IPv6 field has value >=2^16", rest) }
                offset += 1
            }
            if offset == 0 { throw failure("each colon-separated field must have at least one digit", rest) }
            if offset < rest.count, rest[rest.startIndex + offset] == UInt8(ascii: ".") {
                if ellipsis < 0, filled != 12 {
                    throw failure("embedded IPv4 address must replace the final 2 fields of the address", rest)
                }
                if filled + 4 > 16 {
                    throw failure("too many hex fields to fit an embedded IPv4 at the end of the address", rest)
                }
                let value = try parseIPv4(rest, failure: failure)
                for shift in 0..<4 { address[filled + shift] = UInt8(truncatingIfNeeded: value >> (24 - 8 * shift)) }
                rest = rest[rest.endIndex...]
                filled += 4
                embeddedIPv4 = true
                break
            }
            address[filled] = UInt8(accumulator >> 8)
            address[filled + 1] = UInt8(accumulator & 0xFF)
            filled += 2
            rest = rest.dropFirst(offset)
            if rest.isEmpty { break }
            if rest.first != UInt8(ascii: ":") {
                throw failure("unexpected character, want colon", rest)
            } else if rest.count == 1 {
                throw failure("colon must be followed by more characters", rest)
            }
            rest = rest.dropFirst()
            if rest.first == UInt8(ascii: ":") {
                if ellipsis >= 0 { throw failure("multiple :: in address", rest) }
                ellipsis = filled
                rest = rest.dropFirst()
                if rest.isEmpty { break }
            }
        }
        if !rest.isEmpty { throw failure("trailing garbage after address", rest) }
        if filled < 16 {
            if ellipsis < 0 { throw failure("address string too short", nil) }
            let gap = 16 - filled
            var index = filled - 1
            while index >= ellipsis {
                address[index + gap] = address[index]
                index -= 1
            }
            for index in ellipsis..<(ellipsis + gap) { address[index] = 0 }
        } else if ellipsis >= 0 {
            throw failure("the :: must expand to at least one field of zeros", nil)
        }
        let high = address[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = address[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        if high == 0, low >> 32 == 0xFFFF {
            return (IPAddress(ipv4: UInt32(truncatingIfNeeded: low)), embeddedIPv4)
        }
        return (IPAddress(ipv6High: high, low: low), false)
    }
}

/// Go's `strconv.Quote` for the ASCII-printable text these messages embed.
func goQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case "\r": result += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}
