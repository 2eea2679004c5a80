/// An RPM `[epoch:]version[-release]` (EVR), ordered like librpm's `rpmvercmp` and EVR comparison.
///
/// Segments are maximal runs of digits or of letters; other characters only separate them.
/// Numeric segments beat alphabetic ones, `~` sorts before everything (even the end), and `^` sorts
/// after the end but before any further segment. Leading zeros are ignored.
public struct RpmVersion: Comparable, Sendable, CustomStringConvertible {
    /// The epoch digits (zero when absent).
    public let epoch: DigitString
    /// The version part.
    public let version: String
    /// The release part (`nil` when absent).
    public let release: String?

    let versionBytes: [UInt8]
    let releaseBytes: [UInt8]?

    /// Parses an EVR: the epoch is the digits before the first `:`, the release follows the last `-`.
    ///
    /// - Throws: ``VersionParseError`` for an empty string, a non-numeric epoch or an empty version.
    public init(_ text: String) throws(VersionParseError) {
        let bytes = ASCII.trimmed(text)
        guard !bytes.isEmpty else {
            throw VersionParseError(
                code: .empty, message: "version is empty; expected [epoch:]version[-release] such as 1:2.3-4.el9",
                text: text, offset: 0)
        }
        var versionStart = bytes.startIndex
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
            let digits = bytes[bytes.startIndex..<colon]
            guard !digits.isEmpty, digits.allSatisfy(ASCII.isDigit) else {
                throw VersionParseError(
                    code: .invalidEpoch, message: "epoch before ':' must be a number", text: text,
                    offset: bytes.startIndex)
            }
            epoch = DigitString(ascii: digits)
            versionStart = colon + 1
        } else {
            epoch = .zero
        }
        var versionEnd = bytes.endIndex
        if let hyphen = bytes[versionStart...].lastIndex(of: UInt8(ascii: "-")) {
            versionEnd = hyphen
            releaseBytes = Array(bytes[(hyphen + 1)...])
        } else {
            releaseBytes = nil
        }
        guard versionStart < versionEnd else {
            throw VersionParseError(
                code: .missingComponent, message: "version part is empty; write e.g. 1.2-3", text: text,
                offset: versionStart)
        }
        versionBytes = Array(bytes[versionStart..<versionEnd])
        version = String(decoding: versionBytes, as: UTF8.self)
        release = releaseBytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The text form.
    public var description: String {
        (epoch.isZero ? "" : "\(epoch):") + version + (release.map { "-" + $0 } ?? "")
    }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: RpmVersion, rhs: RpmVersion) -> Bool { compare(lhs, rhs) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: RpmVersion, rhs: RpmVersion) -> Bool { compare(lhs, rhs) < 0 }

    /// Compares epoch, version, then release (a missing release compares as empty).
    static func compare(_ lhs: RpmVersion, _ rhs: RpmVersion) -> Int {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        let version = rpmvercmp(lhs.versionBytes, rhs.versionBytes)
        if version != 0 { return version }
        return rpmvercmp(lhs.releaseBytes ?? [], rhs.releaseBytes ?? [])
    }

    /// librpm's segment-wise comparison of one version or release string.
    static func rpmvercmp(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a == b { return 0 }
        let tilde = UInt8(ascii: "~"), caret = UInt8(ascii: "^")
        var i = 0, j = 0
        while i < a.count || j < b.count {
            while i < a.count, !ASCII.isAlphanumeric(a[i]), a[i] != tilde, a[i] != caret { i += 1 }
            while j < b.count, !ASCII.isAlphanumeric(b[j]), b[j] != tilde, b[j] != caret { j += 1 }
            let x: UInt8? = i < a.count ? a[i] : nil, y: UInt8? = j < b.count ? b[j] : nil
            if x == tilde || y == tilde {
                if x != tilde { return 1 }
                if y != tilde { return -1 }
                i += 1; j += 1
                continue
            }
            if x == caret || y == caret {
                if x == nil { return -1 }
                if y == nil { return 1 }
                if x != caret { return 1 }
                if y != caret { return -1 }
                i += 1; j += 1
                continue
            }
            guard let first = x, y != nil else { break }
            let leftStart = i, rightStart = j
            let numeric = ASCII.isDigit(first)
            let inSegment: (UInt8) -> Bool = { numeric ? ASCII.isDigit($0) : ASCII.isLetter($0) }
            while i < a.count, inSegment(a[i]) { i += 1 }
            while j < b.count, inSegment(b[j]) { j += 1 }
            if rightStart == j { return numeric ? 1 : -1 }
            let order =
                numeric
                ? ASCII.compareNumeric(a[leftStart..<i], b[rightStart..<j])
                : ASCII.compareBytes(a[leftStart..<i], b[rightStart..<j])
            if order != 0 { return order }
        }
        if i >= a.count && j >= b.count { return 0 }
        return i < a.count ? 1 : -1
    }
}

/// RPM's version ordering (librpm `rpmvercmp` over epoch, version, release): Red Hat, Rocky, SUSE, ….
public struct RpmVersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "rpm" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> RpmVersion {
        try RpmVersion(text)
    }
}
