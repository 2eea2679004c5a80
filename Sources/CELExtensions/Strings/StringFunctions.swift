/// The cel-go strings extension's string operations on Swift strings. Indices count Unicode code
/// points, as CEL does.
public enum StringFunctions {
    /// The code point at `index` as a string; `""` at the end. Throws when out of range.
    public static func charAt(_ text: String, _ index: Int64) throws(ExtensionError) -> String {
        let scalars = Array(text.unicodeScalars)
        guard index >= 0, index <= Int64(scalars.count) else { throw .indexOutOfRange(index) }
        if index == Int64(scalars.count) { return "" }
        return String(scalars[Int(index)])
    }

    /// First code-point index of `substring` at or after `offset`, or -1.
    public static func indexOf(_ text: String, _ substring: String, offset: Int64 = 0) throws(ExtensionError) -> Int64 {
        if substring.isEmpty { return offset }
        let count = text.unicodeScalars.count
        guard offset >= 0, offset < Int64(max(count, 1)) else { throw .indexOutOfRange(offset) }
        let bytes = Array(text.utf8)
        let start = byteOffset(ofScalar: Int(offset), in: bytes)
        guard let match = ByteSearch(Array(substring.utf8)).first(in: bytes, from: start) else { return -1 }
        return Int64(scalarCount(bytes[..<match]))
    }

    /// Byte offset of the code point at `index` (the end when `index` is past it).
    static func byteOffset(ofScalar index: Int, in bytes: [UInt8]) -> Int {
        var seen = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if seen == index { return offset }
            seen += 1
        }
        return bytes.count
    }

    /// Number of code points in well-formed UTF-8 bytes.
    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    /// Last code-point index of `substring` starting at or before `offset` (default: the end), or -1.
    public static func lastIndexOf(_ text: String, _ substring: String, offset: Int64? = nil) throws(ExtensionError)
        -> Int64
    {
        let count = text.unicodeScalars.count
        if substring.isEmpty { return offset ?? Int64(count) }
        if let offset, offset < 0 || offset >= Int64(count) { throw .indexOutOfRange(offset) }
        let bytes = Array(text.utf8)
        let needle = Array(substring.utf8)
        let limit = offset.map { byteOffset(ofScalar: Int($0), in: bytes) } ?? bytes.count
        // Overlapping matches matter here (`'nanana'.lastIndexOf('nana')` is 2).
        let starts = ByteSearch(needle).matches(in: bytes, overlapping: true)
        guard let best = starts.last(where: { $0 <= limit }) else { return -1 }
        return Int64(scalarCount(bytes[..<best]))
    }

    /// ASCII letters lower-cased; everything else unchanged.
    public static func lowerASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// ASCII letters upper-cased; everything else unchanged.
    public static func upperASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }, as: UTF8.self)
    }

    /// Replaces the first `limit` occurrences of `old` (all when negative), as Go's `strings.Replace`.
    public static func replace(_ text: String, _ old: String, _ new: String, limit: Int64 = -1) -> String {
        if limit == 0 || old == new && !old.isEmpty { return text }
        let source = Array(text.utf8)
        let needle = Array(old.utf8)
        let replacement = Array(new.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        if needle.isEmpty {
            var count: Int64 = 0
            // Insert before every code point and at the end.
            var index = 0
            for scalar in text.unicodeScalars {
                if limit >= 0, count >= limit { break }
                output += replacement
                count += 1
                let width = UTF8.width(scalar)
                output += source[index..<(index + width)]
                index += width
            }
            if limit < 0 || count < limit {
                if index == source.count { output += replacement }
            }
            output += source[index...]
            return String(decoding: output, as: UTF8.self)
        }
        let starts = ByteSearch(needle).matches(in: source, limit: limit < 0 ? -1 : Int(clamping: limit))
        var index = 0
        for start in starts {
            output += source[index..<start]
            output += replacement
            index = start + needle.count
        }
        output += source[index...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Splits around `separator` into at most `limit` parts (all when negative, none when zero),
    /// as Go's `strings.SplitN`; an empty separator splits into code points.
    public static func split(_ text: String, _ separator: String, limit: Int64 = -1) -> [String] {
        if limit == 0 { return [] }
        if limit == 1 { return [text] }
        if separator.isEmpty {
            var parts: [String] = []
            var scalars = Substring(text).unicodeScalars[...]
            while let first = scalars.first {
                if limit > 0, Int64(parts.count) == limit - 1 {
                    parts.append(String(String.UnicodeScalarView(scalars)))
                    return parts
                }
                parts.append(String(first))
                scalars = scalars.dropFirst()
            }
            return parts
        }
        let source = Array(text.utf8)
        let needle = Array(separator.utf8)
        let starts = ByteSearch(needle).matches(in: source, limit: limit > 0 ? Int(clamping: limit - 1) : -1)
        var parts: [String] = []
        parts.reserveCapacity(starts.count + 1)
        var start = 0
        for match in starts {
            parts.append(String(decoding: source[start..<match], as: UTF8.self))
            start = match + needle.count
        }
        parts.append(String(decoding: source[start...], as: UTF8.self))
        return parts
    }

    /// Code points `start..<end` (to the end when `end` is nil).
    public static func substring(_ text: String, _ start: Int64, _ end: Int64? = nil) throws(ExtensionError) -> String {
        let scalars = Array(text.unicodeScalars)
        let count = Int64(scalars.count)
        guard start >= 0, start <= count else { throw .indexOutOfRange(start) }
        let stop = end ?? count
        guard stop >= 0, stop <= count else { throw .indexOutOfRange(stop) }
        guard start <= stop else {
            throw .invalidArgument("invalid substring range. start: \(start), end: \(stop)")
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[Int(start)..<Int(stop)])
        return String(view)
    }

    /// Removes leading and trailing Unicode white space (Go `strings.TrimSpace`).
    public static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// The code points in reverse order.
    public static func reverse(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.reversed())
        return String(view)
    }

    /// `text` as a double-quoted CEL string literal with escapes (`strings.quote`).
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}": result += "\\v"
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
