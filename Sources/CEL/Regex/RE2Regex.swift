import CRE2

/// A compiled regular expression with RE2 semantics: matching time is linear in the input, so a
/// hostile pattern or subject cannot hang evaluation. Backed by Debian's libre2.
///
/// ```swift
/// let regex = try RE2Regex("^[a-z]+$")
/// regex.matches("abc")  // true
/// ```
public final class RE2Regex: @unchecked Sendable {
    // RE2 objects are thread-safe for matching after construction (documented by RE2).
    private let handle: OpaquePointer

    /// The pattern text.
    public let pattern: String

    /// Largest compiled program accepted (bytes); RE2 rejects patterns that need more.
    public static let defaultMemoryBudget: Int64 = 8 << 20

    /// Compiles a pattern.
    /// - Throws: ``RE2Regex/SyntaxError`` with RE2's message when the pattern is invalid.
    public init(_ pattern: String, memoryBudget: Int64 = RE2Regex.defaultMemoryBudget) throws(SyntaxError) {
        var error: UnsafeMutablePointer<CChar>?
        var utf8 = Array(pattern.utf8)
        utf8.append(0)
        let compiled = utf8.withUnsafeBufferPointer { buffer in
            cre2_compile(buffer.baseAddress, buffer.count - 1, memoryBudget, &error)
        }
        guard let compiled else {
            let message = error.map { String(cString: $0) } ?? "invalid regular expression"
            if let error { cre2_free_string(error) }
            throw SyntaxError(pattern: pattern, message: message)
        }
        self.handle = compiled
        self.pattern = pattern
    }

    deinit { cre2_release(handle) }

    /// Number of capturing groups in the pattern.
    public var groupCount: Int { Int(cre2_group_count(handle)) }

    /// `true` when the pattern matches any substring of `text` (CEL `matches` semantics).
    public func matches(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer in
            cre2_partial_match(
                handle, buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                buffer.count) == 1
        }
    }

    /// Byte ranges (into `text.utf8`) of successive non-overlapping matches, at most `limit`, with
    /// Go's `FindAll` rules: an empty match right after the previous match is skipped, and after an
    /// empty match the search resumes at the next code point.
    /// With `group > 0`, the range of that capturing group (whole match when it did not take part).
    public func matchRanges(in text: String, group: Int = 0, limit: Int = .max) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { buffer -> [Range<Int>] in
            let base = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var ranges: [Range<Int>] = []
            var position = 0
            var previousEnd = -1
            while ranges.count < limit, position <= buffer.count {
                var wholeStart = 0
                var wholeEnd = 0
                if cre2_find(handle, base, buffer.count, position, 0, &wholeStart, &wholeEnd) == 0 { break }
                var accept = true
                if wholeEnd == position && wholeStart == wholeEnd {
                    if wholeStart == previousEnd { accept = false }
                    position += position < buffer.count ? Self.sequenceLength(buffer[position]) : 1
                } else {
                    position = wholeEnd
                }
                previousEnd = wholeEnd
                guard accept else { continue }
                if group == 0 {
                    ranges.append(wholeStart..<wholeEnd)
                } else {
                    var start = 0
                    var end = 0
                    _ = cre2_find(handle, base, buffer.count, wholeStart, Int32(group), &start, &end)
                    ranges.append(start..<end)
                }
            }
            return ranges
        }
    }

    /// Length of the UTF-8 sequence that starts with `lead` (1 for stray continuation bytes).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    /// The first matching substring, or `nil`.
    public func firstMatch(in text: String) -> String? {
        guard let range = matchRanges(in: text, limit: 1).first else { return nil }
        return Self.substring(text, range)
    }

    /// Every non-overlapping matching substring, at most `limit` (negative: all).
    public func allMatches(in text: String, limit: Int = -1) -> [String] {
        let ranges = matchRanges(in: text, limit: limit < 0 ? .max : limit)
        guard !ranges.isEmpty else { return [] }
        let utf8 = Array(text.utf8)
        return ranges.map { String(decoding: utf8[$0], as: UTF8.self) }
    }

    static func substring(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = Array(text.utf8)
        return String(decoding: utf8[range], as: UTF8.self)
    }

    /// A pattern RE2 cannot compile.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        /// The rejected pattern.
        public let pattern: String
        /// RE2's reason.
        public let message: String
        /// Text form.
        public var description: String { "invalid regular expression '\(pattern)': \(message)" }

        /// The message in Go `regexp`'s shape (`error parsing regexp: unexpected ): `)``), which
        /// Kubernetes and cel-go users see.
        public var goStyleMessage: String {
            let bytes = Array(message.utf8)
            guard
                let colon = bytes.indices.first(where: {
                    bytes[$0] == UInt8(ascii: ":") && $0 + 1 < bytes.count && bytes[$0 + 1] == UInt8(ascii: " ")
                })
            else {
                return "error parsing regexp: \(message)"
            }
            let reason = String(decoding: bytes[..<colon], as: UTF8.self)
            let fragment = String(decoding: bytes[(colon + 2)...], as: UTF8.self)
            return "error parsing regexp: \(reason): `\(fragment)`"
        }
    }
}
