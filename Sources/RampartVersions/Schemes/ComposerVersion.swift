/// A Composer (Packagist) version, normalised like Composer's `VersionParser` and ordered like
/// PHP's `version_compare`.
///
/// `v1.2` becomes `1.2.0.0`; stability suffixes normalise to `-dev < -alpha < -beta < -RC <`
/// (stable) `< -patch` (`b2` → `beta2`, `pl1`/`p1` → `patch1`, `-stable` is dropped), and a
/// trailing `-dev` is kept. Branch aliases `1.x-dev` normalise to `1.9999999.9999999.9999999-dev`; branch
/// names (`dev-main`) are not versions and are rejected.
public struct ComposerVersion: Comparable, Sendable, CustomStringConvertible {
    /// The normalised form, such as `1.2.0.0-beta2`.
    public let normalized: String
    let parts: [[UInt8]]

    /// Normalises a Composer version.
    ///
    /// - Throws: ``VersionParseError`` for branch names and text outside Composer's grammar.
    public init(_ text: String) throws(VersionParseError) {
        let bytes = Array(ASCII.trimmed(text).map(ASCII.lowercased))
        var index = 0
        func fail(_ code: VersionParseError.Code, _ message: String) -> VersionParseError {
            VersionParseError(code: code, message: message, text: text, offset: index)
        }
        guard !bytes.isEmpty else { throw fail(.empty, "version is empty; expected e.g. 1.2.3 or 2.0.0-RC1") }
        func digits() -> [UInt8]? {
            let start = index
            while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
            return index > start ? Array(bytes[start..<index]) : nil
        }
        func isSeparator(_ allowed: String) -> Bool { index < bytes.count && allowed.utf8.contains(bytes[index]) }
        if bytes.first == UInt8(ascii: "v") { index = 1 }
        var numbers: [[UInt8]] = []
        guard let major = digits() else {
            throw fail(
                .malformed, "a Composer version starts with a number; branch names such as dev-main are not versions")
        }
        numbers.append(major)
        while numbers.count < 4, isSeparator("."), index + 1 < bytes.count, ASCII.isDigit(bytes[index + 1]) {
            index += 1
            numbers.append(digits()!)
        }
        // A branch alias such as `1.x-dev` or `2.1.*-dev` stands for the newest dev build of it.
        if isSeparator("."), index + 1 < bytes.count,
            bytes[index + 1] == UInt8(ascii: "x") || bytes[index + 1] == UInt8(ascii: "*")
        {
            let wildcard = index
            index += 2
            if isSeparator(".-_"), Self.hasPrefix(bytes, "dev", at: index + 1), index + 4 == bytes.count {
                while numbers.count < 4 { numbers.append(Array("9999999".utf8)) }
                self.normalized = numbers.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ".") + "-dev"
                self.parts = PHPVersionCompare.canonicalParts(Array(normalized.utf8))
                return
            }
            index = wildcard
        }
        while numbers.count < 4 { numbers.append(Array("0".utf8)) }
        var normalized = numbers.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ".")
        let afterNumbers = index
        if isSeparator("._-") { index += 1 }
        let stabilities: [(String, String)] = [
            ("stable", ""), ("beta", "beta"), ("b", "beta"), ("rc", "RC"), ("alpha", "alpha"), ("a", "alpha"),
            ("patch", "patch"), ("pl", "patch"), ("p", "patch"),
        ]
        var matched = false
        for (word, expanded) in stabilities where Self.hasPrefix(bytes, word, at: index) {
            index += word.utf8.count
            var suffix: [String] = []
            while true {
                let mark = index
                if isSeparator(".-") { index += 1 }
                guard let number = digits() else { index = mark; break }
                suffix.append(String(decoding: number, as: UTF8.self))
            }
            if !expanded.isEmpty { normalized += "-" + expanded + suffix.joined(separator: ".") }
            matched = true
            break
        }
        if !matched { index = afterNumbers }
        let beforeDev = index
        if isSeparator(".-") { index += 1 }
        if Self.hasPrefix(bytes, "dev", at: index) {
            index += 3
            normalized += "-dev"
        } else {
            index = beforeDev
        }
        guard index == bytes.count else {
            throw fail(
                .malformed,
                "unexpected text; Composer versions look like 1.2.3, 1.2.3-beta2, 1.2.3-RC1, 1.2.3-p1 or 1.2.3-dev")
        }
        self.normalized = normalized
        self.parts = PHPVersionCompare.canonicalParts(Array(normalized.utf8))
    }

    private static func hasPrefix(_ bytes: [UInt8], _ word: String, at index: Int) -> Bool {
        let word = Array(word.utf8)
        return index + word.count <= bytes.count && bytes[index..<(index + word.count)].elementsEqual(word)
    }

    /// The text form.
    public var description: String { normalized }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: Self, rhs: Self) -> Bool { PHPVersionCompare.compare(lhs.parts, rhs.parts) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: Self, rhs: Self) -> Bool { PHPVersionCompare.compare(lhs.parts, rhs.parts) < 0 }
}

/// Composer's (Packagist) version ordering.
public struct ComposerVersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "composer" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> ComposerVersion {
        try ComposerVersion(text)
    }
}
