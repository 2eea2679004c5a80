/// A RubyGems version, ordered like `Gem::Version#<=>`.
///
/// The text is split into runs of digits and of letters; a version with any letter is a
/// prerelease, and a `-` means `.pre.` (`1.0-1` is `1.0.pre.1`). Trailing zeros of the release and
/// of the prerelease part are ignored; a letter segment sorts below any number, so `1.0.a < 1.0`.
public struct RubyGemsVersion: Comparable, Sendable, CustomStringConvertible {
    /// One segment: a number or a letter run.
    enum Segment: Equatable, Sendable {
        case number(DigitString)
        case text(String)
    }

    /// The original text.
    public let text: String
    let segments: [Segment]

    /// `true` when the version contains a letter (RubyGems' `prerelease?`).
    public var isPrerelease: Bool { segments.contains { if case .text = $0 { true } else { false } } }

    /// Parses a gem version (`Gem::Version.correct?` grammar; an empty string is `0`).
    ///
    /// - Throws: ``VersionParseError`` for text outside `N(.X)*(-X(.X)*)?`.
    public init(_ text: String) throws(VersionParseError) {
        let bytes = ASCII.trimmed(text)
        var index = bytes.startIndex
        func fail(_ message: String) -> VersionParseError {
            VersionParseError(code: .malformed, message: message, text: text, offset: index)
        }
        if !bytes.isEmpty {
            guard ASCII.isDigit(bytes[index]) else {
                throw fail("a gem version starts with a digit, e.g. 1.2.3 or 2.0.0.rc1")
            }
            while index < bytes.endIndex, ASCII.isDigit(bytes[index]) { index += 1 }
            while index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < bytes.endIndex, ASCII.isAlphanumeric(bytes[index]) { index += 1 }
                guard index > start else { throw fail("empty segment after '.'") }
            }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") {
                repeat {
                    index += 1
                    let start = index
                    while index < bytes.endIndex,
                        ASCII.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")
                    { index += 1 }
                    guard index > start else { throw fail("empty prerelease segment after '-' or '.'") }
                } while index < bytes.endIndex && bytes[index] == UInt8(ascii: ".")
            }
            guard index == bytes.endIndex else {
                throw fail("unexpected character; gem versions use digits, letters, '.' and '-'")
            }
        }
        self.text = text
        self.segments = Self.canonicalSegments(bytes)
    }

    /// The text form.
    public var description: String { text }

    /// Splits into digit and letter runs (`-` counting as a `pre` segment), then drops trailing
    /// zeros of the release part and of the prerelease part.
    private static func canonicalSegments(_ bytes: ArraySlice<UInt8>) -> [Segment] {
        var segments: [Segment] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") {
                segments.append(.text("pre"))
                index += 1
            } else if ASCII.isDigit(byte) {
                let start = index
                while index < bytes.endIndex, ASCII.isDigit(bytes[index]) { index += 1 }
                segments.append(.number(DigitString(ascii: bytes[start..<index])))
            } else if ASCII.isLetter(byte) {
                let start = index
                while index < bytes.endIndex, ASCII.isLetter(bytes[index]) { index += 1 }
                segments.append(.text(String(decoding: bytes[start..<index], as: UTF8.self)))
            } else {
                index += 1
            }
        }
        if segments.isEmpty { return [] }
        let split = segments.firstIndex { if case .text = $0 { true } else { false } } ?? segments.count
        func trimmed(_ part: ArraySlice<Segment>) -> ArraySlice<Segment> {
            var end = part.endIndex
            while end > part.startIndex, part[end - 1] == .number(.zero) { end -= 1 }
            return part[part.startIndex..<end]
        }
        return Array(trimmed(segments[..<split])) + Array(trimmed(segments[split...]))
    }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) < 0 }

    /// Segment-wise comparison, missing segments counting as 0; letters below numbers.
    static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        let zero = Segment.number(.zero)
        for index in 0..<max(lhs.segments.count, rhs.segments.count) {
            let x = index < lhs.segments.count ? lhs.segments[index] : zero
            let y = index < rhs.segments.count ? rhs.segments[index] : zero
            switch (x, y) {
            case let (.number(a), .number(b)) where a != b: return a < b ? -1 : 1
            case let (.text(a), .text(b)) where a != b: return ASCII.compareBytes(a.utf8, b.utf8)
            case (.text, .number): return -1
            case (.number, .text): return 1
            default: continue
            }
        }
        return 0
    }
}

/// RubyGems' `Gem::Version` ordering.
public struct RubyGemsVersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "rubygems" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> RubyGemsVersion {
        try RubyGemsVersion(text)
    }
}
