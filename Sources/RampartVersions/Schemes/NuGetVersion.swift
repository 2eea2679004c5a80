/// A NuGet package version: SemVer 2.0.0 with an optional fourth number and case-insensitive labels.
///
/// `1.0` means `1.0.0.0`; prerelease labels compare numerically when both are numbers, numbers
/// sort below text, and text compares case-insensitively (`1.0.0-RC1 == 1.0.0-rc1`). Build metadata
/// after `+` is ignored. An optional leading `v` is not part of NuGet and is rejected.
public struct NuGetVersion: Comparable, Sendable, CustomStringConvertible {
    /// Major, minor, patch and revision (missing ones are zero).
    public let numbers: [DigitString]
    /// The prerelease labels, lower-cased (empty for a release).
    public let prerelease: [SemanticVersion.Identifier]
    /// The original text.
    public let text: String

    /// Parses `N[.N[.N[.N]]][-label(.label)*][+metadata]`.
    ///
    /// - Throws: ``VersionParseError`` at the first byte that does not fit.
    public init(_ text: String) throws(VersionParseError) {
        let bytes = ASCII.trimmed(text)
        var index = bytes.startIndex
        func fail(_ code: VersionParseError.Code, _ message: String) -> VersionParseError {
            VersionParseError(code: code, message: message, text: text, offset: index)
        }
        guard !bytes.isEmpty else { throw fail(.empty, "version is empty; expected e.g. 1.2.3 or 4.0.0.1-beta.2") }
        var numbers: [DigitString] = []
        repeat {
            if !numbers.isEmpty { index += 1 }
            let start = index
            while index < bytes.endIndex, ASCII.isDigit(bytes[index]) { index += 1 }
            guard index > start else {
                throw fail(.missingComponent, "expected a number; NuGet versions are 1 to 4 numbers separated by '.'")
            }
            numbers.append(DigitString(ascii: bytes[start..<index]))
        } while numbers.count < 4 && index < bytes.endIndex && bytes[index] == UInt8(ascii: ".")
        while numbers.count < 4 { numbers.append(.zero) }
        var labels: [SemanticVersion.Identifier] = []
        func identifiers(_ store: Bool) throws(VersionParseError) {
            repeat {
                index += 1
                let start = index
                while index < bytes.endIndex, ASCII.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard index > start else {
                    throw fail(.malformed, "empty label; labels are [0-9A-Za-z-]+ separated by '.'")
                }
                guard store else { continue }
                let label = bytes[start..<index]
                labels.append(
                    label.allSatisfy(ASCII.isDigit)
                        ? .numeric(DigitString(ascii: label))
                        : .alphanumeric(String(decoding: label.map(ASCII.lowercased), as: UTF8.self)))
            } while index < bytes.endIndex && bytes[index] == UInt8(ascii: ".")
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") { try identifiers(true) }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") { try identifiers(false) }
        guard index == bytes.endIndex else { throw fail(.invalidCharacter, "unexpected character in NuGet version") }
        self.numbers = numbers
        self.prerelease = labels
        self.text = text
    }

    /// The text form.
    public var description: String { text }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) < 0 }

    static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        for (x, y) in zip(lhs.numbers, rhs.numbers) where x != y { return x < y ? -1 : 1 }
        switch (lhs.prerelease.isEmpty, rhs.prerelease.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): break
        }
        for (x, y) in zip(lhs.prerelease, rhs.prerelease) where x != y { return x < y ? -1 : 1 }
        return lhs.prerelease.count.threeWay(rhs.prerelease.count)
    }
}

/// NuGet's version ordering.
public struct NuGetVersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "nuget" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> NuGetVersion {
        try NuGetVersion(text)
    }
}
