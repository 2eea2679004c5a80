import RampartCore

extension JSONParser {
    // MARK: Strings

    /// Parses a string starting at its opening quote and leaves the cursor after the closing one.
    mutating func parseString() throws(JSONStop) -> String {
        let open = position
        index += 1
        let contentStart = index
        let count = text.count
        while index < count {
            var cursor = index
            var byte: UInt8 = 0
            while cursor < count {
                byte = text[cursor]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
                cursor += 1
            }
            index = cursor
            guard cursor < count else { break }
            if byte == UInt8(ascii: "\"") {
                let string = String(decoding: UnsafeBufferPointer(rebasing: text[contentStart..<index]), as: UTF8.self)
                index += 1
                return string
            }
            if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(from: contentStart, open: open)
            }
            if byte < 0x20 { throw controlCharacter(byte) }
            skipUTF8Sequence()
        }
        throw JSONStop(code: .syntaxError, message: "unterminated string; add the closing '\"'", position: open)
    }

    /// The slow path, once a backslash is seen: the text is rebuilt in the scratch buffer.
    private mutating func parseEscapedString(from contentStart: Int, open: SourcePosition) throws(JSONStop) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[contentStart..<index]))
        while index < text.count {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape()
            case 0..<0x20:
                throw controlCharacter(byte)
            case 0x80...:
                let start = index
                skipUTF8Sequence()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            default:
                scratch.append(byte)
                index += 1
            }
        }
        throw JSONStop(code: .syntaxError, message: "unterminated string; add the closing '\"'", position: open)
    }

    private mutating func parseEscape() throws(JSONStop) {
        let escapeStart = position
        index += 1
        guard index < text.count else { throw stop("unterminated escape at the end of the input") }
        let byte = text[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad(escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                if index + 1 < text.count, text[index] == UInt8(ascii: "\\"), text[index + 1] == UInt8(ascii: "u") {
                    let save = index
                    index += 2
                    let low = try hexQuad(escapeStart)
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = save
                        scalar = loneSurrogate(at: escapeStart)
                    }
                } else {
                    scalar = loneSurrogate(at: escapeStart)
                }
            } else if (0xDC00...0xDFFF).contains(scalar) {
                scalar = loneSurrogate(at: escapeStart)
            }
            appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}")
        default:
            index -= 1
            throw JSONStop(
                code: .syntaxError,
                message:
                    "invalid escape \(describe(byte)) in string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                position: escapeStart)
        }
    }

    private mutating func hexQuad(_ escapeStart: SourcePosition) throws(JSONStop) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < text.count else { throw stop("unterminated \\u escape; it needs four hex digits") }
            let byte = text[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                throw JSONStop(code: .syntaxError, message: "a \\u escape needs four hex digits", position: escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func loneSurrogate(at position: SourcePosition) -> UInt32 {
        record(
            .loneSurrogate, "a \\u escape holds half of a surrogate pair; it was read as U+FFFD. Escape the whole pair",
            level: .warning, span: SourceSpan(start: position, end: self.position))
        return 0xFFFD
    }

    private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { scratch.append($0) }
    }

    private func controlCharacter(_ byte: UInt8) -> JSONStop {
        stop(
            "control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(4)) must be escaped in a string (use \\n, \\t or \\u00XX)"
        )
    }

    /// Moves past one UTF-8 sequence, counting its continuation bytes for columns; an invalid byte is
    /// reported (once per file) and skipped alone.
    mutating func skipUTF8Sequence() {
        let lead = text[index]
        var length = 0
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: break
        }
        var valid = length > 0 && index + length <= text.count
        if valid {
            valid = secondRange.contains(text[index + 1])
            var offset = 2
            while valid, offset < length {
                valid = text[index + offset] & 0xC0 == 0x80
                offset += 1
            }
        }
        guard valid else {
            if !reportedEncoding {
                reportedEncoding = true
                problems.append(
                    JSONProblem(
                        code: .invalidEncoding,
                        message:
                            "invalid UTF-8 (byte 0x\(String(lead, radix: 16, uppercase: true))); it was read as U+FFFD. Save the file as UTF-8",
                        level: .error, span: SourceSpan(at: position)))
            }
            index += 1
            return
        }
        index += length
        continuationBytes += length - 1
    }

    // MARK: Numbers

    /// Parses an RFC 8259 number: integral values in Int64 range become `.int`, others `.double`.
    mutating func parseNumber() throws(JSONStop) -> Node {
        let start = position
        let begin = index
        if text[index] == UInt8(ascii: "-") { index += 1 }
        guard index < text.count, isDigit(text[index]) else { throw stop("expected a digit after '-'") }
        if text[index] == UInt8(ascii: "0") {
            index += 1
            if index < text.count, isDigit(text[index]) { throw stop("numbers may not have leading zeros") }
        } else {
            while index < text.count, isDigit(text[index]) { index += 1 }
        }
        var isIntegral = true
        if index < text.count, text[index] == UInt8(ascii: ".") {
            isIntegral = false
            index += 1
            guard index < text.count, isDigit(text[index]) else {
                throw stop("expected a digit after the decimal point")
            }
            while index < text.count, isDigit(text[index]) { index += 1 }
        }
        if index < text.count, text[index] | 0x20 == UInt8(ascii: "e") {
            isIntegral = false
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            guard index < text.count, isDigit(text[index]) else { throw stop("expected a digit in the exponent") }
            while index < text.count, isDigit(text[index]) { index += 1 }
        }
        let bytes = UnsafeBufferPointer(rebasing: text[begin..<index])
        let span = SourceSpan(start: start, end: position)
        if isIntegral, let value = Self.int64(bytes) { return Node(.int(value), span: span) }
        return Node(.double(Double(String(decoding: bytes, as: UTF8.self)) ?? .nan), span: span)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func int64(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        let negative = bytes.first == UInt8(ascii: "-")
        var value: Int64 = 0
        for byte in bytes.dropFirst(negative ? 1 : 0) {
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = next
        }
        return value
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
