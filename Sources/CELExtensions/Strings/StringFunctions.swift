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
        let scalars = Array(text.unicodeScalars)
        guard offset >= 0, offset < Int64(max(scalars.count, 1)) || (offset == 0) else { throw .indexOutOfRange(offset) }
        guard offset < Int64(scalars.count) else { return -1 }
        let needle = Array(substring.unicodeScalars)
        guard needle.count <= scalars.count else { return -1 }
        var start = Int(offset)
        while start + needle.count <= scalars.count {
            if scalars[start..<(start + needle.count)].elementsEqual(needle) { return Int64(start) }
            start += 1
        }
        return -1
    }

    /// Last code-point index of `substring` starting at or before `offset` (default: the end), or -1.
    public static func lastIndexOf(_ text: String, _ substring: String, offset: Int64? = nil) throws(ExtensionError) -> Int64 {
        let scalars = Array(text.unicodeScalars)
        if substring.isEmpty { return offset ?? Int64(scalars.count) }
        if let offset, offset < 0 || offset >= Int64(scalars.count) { throw .indexOutOfRange(offset) }
        let needle = Array(substring.unicodeScalars)
        guard needle.count <= scalars.count else { return -1 }
        var start = min(Int(offset ?? Int64(scalars.count)), scalars.count - needle.count)
        while start >= 0 {
            if scalars[start..<(start + needle.count)].elementsEqual(needle) { return Int64(start) }
            start -= 1
        }
        return -1
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
        var count: Int64 = 0
        if needle.isEmpty {
            // Insert before every code point and at the end.
            var index = 0
            for scalar in text.unicodeScalars {
                if limit >= 0, count >= limit { break }
                output += replacement
                count += 1
                let width = String(scalar).utf8.count
                output += source[index..<(index + width)]
                index += width
            }
            if limit < 0 || count < limit {
                if index == source.count { output += replacement }
            }
            output += source[index...]
            return String(decoding: output, as: UTF8.self)
        }
        var index = 0
        while index < source.count {
            if (limit < 0 || count < limit), index + needle.count <= source.count,
               source[index..<(index + needle.count)].elementsEqual(needle) {
                output += replacement
                index += needle.count
                count += 1
            } else {
                output.append(source[index])
                index += 1
            }
        }
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
        var parts: [String] = []
        var start = 0
        var index = 0
        while index + needle.count <= source.count {
            if limit > 0, Int64(parts.count) == limit - 1 { break }
            if source[index..<(index + needle.count)].elementsEqual(needle) {
                parts.append(String(decoding: source[start..<index], as: UTF8.self))
                index += needle.count
                start = index
            } else {
                index += 1
            }
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
