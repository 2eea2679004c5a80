/// A Debian package version `[epoch:]upstream[-revision]`, ordered by Debian Policy §5.6.12.
///
/// `~` sorts before everything (even the end of the string), letters sort before other
/// characters, and digit runs compare numerically at any length. A missing revision equals `0`,
/// so `1.0` and `1.0-0` are equal, exactly as `dpkg --compare-versions` says.
public struct DpkgVersion: Comparable, Sendable, CustomStringConvertible {
    /// The epoch (0 when absent).
    public let epoch: Int
    /// The upstream version.
    public let upstream: String
    /// The Debian revision (empty when absent).
    public let revision: String

    let upstreamBytes: [UInt8]
    let revisionBytes: [UInt8]

    /// Parses a Debian version.
    ///
    /// - Parameter strict: when `false`, only the errors `dpkg` itself refuses to compare (empty
    ///   string, bad epoch, empty upstream or revision) are thrown; bad characters are accepted.
    /// - Throws: ``VersionParseError``.
    public init(_ text: String, strict: Bool = true) throws(VersionParseError) {
        let bytes = ASCII.trimmed(text)
        func fail(_ code: VersionParseError.Code, _ message: String, _ at: Int) -> VersionParseError {
            VersionParseError(code: code, message: message, text: text, offset: at)
        }
        guard !bytes.isEmpty else {
            throw fail(.empty, "version is empty; expected [epoch:]upstream[-revision] such as 1:2.36-9", 0)
        }
        if let space = bytes.firstIndex(where: ASCII.isSpace) {
            throw fail(.invalidCharacter, "version has embedded whitespace; remove it", space)
        }
        var upstreamStart = bytes.startIndex
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
            let epochDigits = bytes[bytes.startIndex..<colon]
            guard !epochDigits.isEmpty else {
                throw fail(.invalidEpoch, "epoch before ':' is empty; write a number such as 1:", colon)
            }
            guard epochDigits.allSatisfy(ASCII.isDigit) else {
                throw fail(.invalidEpoch, "epoch before ':' is not a number; an epoch is digits only", bytes.startIndex)
            }
            guard ASCII.compareNumeric(epochDigits, Array("2147483647".utf8)) <= 0 else {
                throw fail(.invalidEpoch, "epoch is larger than 2147483647", bytes.startIndex)
            }
            epoch = epochDigits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            upstreamStart = colon + 1
            guard upstreamStart < bytes.endIndex else {
                throw fail(.missingComponent, "nothing after the epoch's ':'; add the upstream version", colon)
            }
        } else {
            epoch = 0
        }
        var upstreamEnd = bytes.endIndex
        if let hyphen = bytes[upstreamStart...].lastIndex(of: UInt8(ascii: "-")) {
            guard hyphen + 1 < bytes.endIndex else {
                throw fail(
                    .missingComponent, "revision after the last '-' is empty; remove the '-' or add a revision", hyphen)
            }
            upstreamEnd = hyphen
        }
        guard upstreamStart < upstreamEnd else {
            throw fail(.missingComponent, "upstream version is empty", upstreamStart)
        }
        let upstreamPart = bytes[upstreamStart..<upstreamEnd]
        let revisionPart = upstreamEnd < bytes.endIndex ? bytes[(upstreamEnd + 1)...] : []
        if strict {
            guard ASCII.isDigit(upstreamPart.first!) else {
                throw fail(.malformed, "upstream version must start with a digit", upstreamStart)
            }
            if let bad = upstreamPart.firstIndex(where: { !ASCII.isAlphanumeric($0) && !".+-~:".utf8.contains($0) }) {
                throw fail(.invalidCharacter, "upstream version may only contain letters, digits and . + - ~ :", bad)
            }
            if let bad = revisionPart.firstIndex(where: { !ASCII.isAlphanumeric($0) && !".+~".utf8.contains($0) }) {
                throw fail(.invalidCharacter, "revision may only contain letters, digits and . + ~", bad)
            }
        }
        upstreamBytes = Array(upstreamPart)
        revisionBytes = Array(revisionPart)
        upstream = String(decoding: upstreamBytes, as: UTF8.self)
        revision = String(decoding: revisionBytes, as: UTF8.self)
    }

    /// The text form.
    public var description: String {
        (epoch != 0 ? "\(epoch):" : "") + upstream + (revision.isEmpty ? "" : "-" + revision)
    }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: DpkgVersion, rhs: DpkgVersion) -> Bool { compare(lhs, rhs) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: DpkgVersion, rhs: DpkgVersion) -> Bool { compare(lhs, rhs) < 0 }

    /// Three-way comparison by epoch, upstream, then revision.
    static func compare(_ lhs: DpkgVersion, _ rhs: DpkgVersion) -> Int {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        let upstream = compareFragment(lhs.upstreamBytes, rhs.upstreamBytes)
        return upstream != 0 ? upstream : compareFragment(lhs.revisionBytes, rhs.revisionBytes)
    }

    /// The sort weight of a non-digit byte: `~` < end < letters < everything else.
    @inline(__always) private static func weight(_ byte: UInt8?) -> Int {
        guard let byte else { return 0 }
        if ASCII.isDigit(byte) { return 0 }
        if ASCII.isLetter(byte) { return Int(byte) }
        if byte == UInt8(ascii: "~") { return -1 }
        return Int(byte) + 256
    }

    /// Debian's alternating non-digit / digit comparison of one version fragment.
    static func compareFragment(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var i = 0, j = 0
        while i < a.count || j < b.count {
            while (i < a.count && !ASCII.isDigit(a[i])) || (j < b.count && !ASCII.isDigit(b[j])) {
                let left = weight(i < a.count ? a[i] : nil), right = weight(j < b.count ? b[j] : nil)
                if left != right { return left < right ? -1 : 1 }
                i += 1; j += 1
            }
            let leftStart = i, rightStart = j
            while i < a.count, ASCII.isDigit(a[i]) { i += 1 }
            while j < b.count, ASCII.isDigit(b[j]) { j += 1 }
            let numeric = ASCII.compareNumeric(a[leftStart..<i], b[rightStart..<j])
            if numeric != 0 { return numeric }
        }
        return 0
    }
}

/// Debian's dpkg version ordering (Debian Policy §5.6.12), used by Debian and Ubuntu.
public struct DpkgVersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "dpkg" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> DpkgVersion {
        try DpkgVersion(text)
    }

    /// Orders like `dpkg --compare-versions`: versions with bad characters still compare.
    public func compare(_ a: String, _ b: String) -> Int {
        let left = try? DpkgVersion(a, strict: false), right = try? DpkgVersion(b, strict: false)
        switch (left, right) {
        case let (left?, right?): return DpkgVersion.compare(left, right)
        case (nil, _?): return -1
        case (_?, nil): return 1
        case (nil, nil): return ASCII.compareBytes(a.utf8, b.utf8)
        }
    }
}
