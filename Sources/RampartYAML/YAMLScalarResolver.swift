import RampartCore

/// Resolves the text of an untagged plain scalar to null, bool, int or float under a ``YAMLReader/Schema``.
///
/// Works on the raw bytes with a first-byte dispatch, so the common case (a word such as `nginx`)
/// costs one comparison and no allocation.
struct YAMLScalarResolver {
    let schema: YAMLReader.Schema

    /// The typed value, or `nil` when the scalar is a string.
    func resolve(_ text: UnsafeBufferPointer<UInt8>) -> Node.Value? {
        guard let first = text.first else { return .null }
        switch first {
        case UInt8(ascii: "~"):
            return text.count == 1 ? .null : nil
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
            UInt8(ascii: "o"), UInt8(ascii: "O"):
            return resolveWord(text)
        case UInt8(ascii: "."):
            return resolveSpecialFloat(text, sign: 1) ?? resolveNumber(text)
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            if text.count > 1, text[1] == UInt8(ascii: "."),
                let special = resolveSpecialFloat(
                    UnsafeBufferPointer(rebasing: text[1...]), sign: first == UInt8(ascii: "-") ? -1 : 1)
            {
                return special
            }
            return resolveNumber(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return resolveNumber(text)
        default:
            return nil
        }
    }

    // MARK: Words

    /// Words that resolve to null or bool in both schemas, packed by ``pack(_:)``.
    private static let coreWords: [(UInt64, Node.Value)] =
        ["null", "Null", "NULL"].map { (pack($0), Node.Value.null) }
        + ["true", "True", "TRUE"].map { (pack($0), .bool(true)) }
        + ["false", "False", "FALSE"].map { (pack($0), .bool(false)) }

    /// YAML 1.1 booleans that go-yaml v2 (and so `kubectl`) also accepts.
    private static let legacyWords: [(UInt64, Node.Value)] =
        ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"].map { (pack($0), .bool(true)) }
        + ["n", "N", "no", "No", "NO", "off", "Off", "OFF"].map { (pack($0), .bool(false)) }

    private func resolveWord(_ text: UnsafeBufferPointer<UInt8>) -> Node.Value? {
        guard text.count <= 5 else { return nil }
        var packed: UInt64 = 0
        for byte in text { packed = packed << 8 | UInt64(byte) }
        for (word, value) in Self.coreWords where word == packed { return value }
        guard schema == .kubernetes else { return nil }
        for (word, value) in Self.legacyWords where word == packed { return value }
        return nil
    }

    /// A short ASCII word as one big-endian integer, so a word compares in one instruction.
    private static func pack(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// `.inf`, `.Inf`, `.INF`, `.nan`, `.NaN`, `.NAN` (the text starts at the dot).
    private func resolveSpecialFloat(_ text: UnsafeBufferPointer<UInt8>, sign: Double) -> Node.Value? {
        guard text.count == 4, text[0] == UInt8(ascii: ".") else { return nil }
        switch String(decoding: text, as: UTF8.self) {
        case ".inf", ".Inf", ".INF": return .double(sign * .infinity)
        case ".nan", ".NaN", ".NAN": return sign > 0 ? .double(.nan) : nil
        default: return nil
        }
    }

    // MARK: Numbers

    private func resolveNumber(_ raw: UnsafeBufferPointer<UInt8>) -> Node.Value? {
        if schema == .kubernetes, raw.contains(UInt8(ascii: "_")) {
            let digits = raw.filter { $0 != UInt8(ascii: "_") }
            return digits.withUnsafeBufferPointer { resolveNumberWithoutSeparators($0) }
        }
        return resolveNumberWithoutSeparators(raw)
    }

    private func resolveNumberWithoutSeparators(_ text: UnsafeBufferPointer<UInt8>) -> Node.Value? {
        var index = 0
        var negative = false
        if let first = text.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < text.count else { return nil }
        let body = UnsafeBufferPointer(rebasing: text[index...])
        if body.count > 2, body[0] == UInt8(ascii: "0") {
            let prefix = body[1] | 0x20
            let radix: Int64? =
                switch prefix {
                case UInt8(ascii: "x"): 16
                case UInt8(ascii: "o"): 8
                case UInt8(ascii: "b"): schema == .kubernetes ? 2 : nil
                default: nil
                }
            if let radix {
                if schema == .core, index > 0 { return nil }
                if schema == .core, body[1] != prefix { return nil }
                return Self.integer(UnsafeBufferPointer(rebasing: body[2...]), radix: radix, negative: negative)
                    .map { .int($0) }
            }
        }
        if schema == .kubernetes, body.count > 1, body[0] == UInt8(ascii: "0"),
            let octal = Self.integer(UnsafeBufferPointer(rebasing: body[1...]), radix: 8, negative: negative)
        {
            return .int(octal)
        }
        if Self.isDecimal(body) {
            if let value = Self.integer(body, radix: 10, negative: negative) { return .int(value) }
            return Double(String(decoding: text, as: UTF8.self)).map { .double($0) }
        }
        if Self.isFloat(body) {
            return Double(String(decoding: text, as: UTF8.self)).map { .double($0) }
        }
        return nil
    }

    private static func isDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, the float form of both schemas (sign already removed).
    private static func isFloat(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        func digits() -> Int {
            let start = index
            while index < count, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        let integerDigits = digits()
        if index < count, text[index] == UInt8(ascii: ".") {
            index += 1
            let fractionDigits = digits()
            if integerDigits == 0, fractionDigits == 0 { return false }
        } else if integerDigits == 0 {
            return false
        }
        if index < count, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { return false }
        }
        return index == count
    }

    /// Parses digits in a radix into an Int64, or `nil` on a bad digit, no digits or overflow.
    private static func integer(_ text: UnsafeBufferPointer<UInt8>, radix: Int64, negative: Bool) -> Int64? {
        guard !text.isEmpty else { return nil }
        var value: Int64 = 0
        for byte in text {
            let digit: Int64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int64(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int64(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (next, overflow2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = next
        }
        return value
    }
}
