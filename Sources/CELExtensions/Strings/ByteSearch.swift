/// Linear-time substring search over UTF-8 bytes (Knuth–Morris–Pratt), so hostile inputs such as
/// `'aaaa…'.indexOf('aaa…b')` cannot take quadratic time. Because UTF-8 is self-synchronizing, a
/// match of a well-formed needle always starts on a code point boundary.
struct ByteSearch {
    let needle: [UInt8]
    private let failure: [Int]

    init(_ needle: [UInt8]) {
        self.needle = needle
        var failure = [Int](repeating: 0, count: needle.count)
        var length = 0
        var index = 1
        while index < needle.count {
            if needle[index] == needle[length] {
                length += 1
                failure[index] = length
                index += 1
            } else if length > 0 {
                length = failure[length - 1]
            } else {
                index += 1
            }
        }
        self.failure = failure
    }

    /// Start offsets of matches in `haystack` from `start`, at most `limit` (all when negative);
    /// non-overlapping unless `overlapping`.
    func matches(in haystack: [UInt8], from start: Int = 0, limit: Int = -1, overlapping: Bool = false) -> [Int] {
        var found: [Int] = []
        guard !needle.isEmpty else { return found }
        var matched = 0
        var index = start
        while index < haystack.count {
            if limit >= 0, found.count >= limit { break }
            if haystack[index] == needle[matched] {
                matched += 1
                index += 1
                if matched == needle.count {
                    found.append(index - matched)
                    matched = overlapping ? failure[matched - 1] : 0
                }
            } else if matched > 0 {
                matched = failure[matched - 1]
            } else {
                index += 1
            }
        }
        return found
    }

    /// The first match at or after `start`, or `nil`.
    func first(in haystack: [UInt8], from start: Int = 0) -> Int? {
        matches(in: haystack, from: start, limit: 1).first
    }
}
