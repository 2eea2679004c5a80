/// A Python package version per PEP 440, ordered like `packaging.version.Version`.
///
/// Accepts every spelling PEP 440 normalises: a `v` prefix, any case, `alpha`/`beta`/`c`/`pre`/
/// `preview` for `a`/`b`/`rc`, `rev`/`r`/`-N` for `.post`, optional `.`/`-`/`_` separators and
/// implicit zero numbers (`1.0a` is `1.0a0`). Trailing zeros of the release do not matter
/// (`1.0 == 1.0.0`); a bare `.devN` sorts before every prerelease of the same release.
public struct PEP440Version: Comparable, Sendable, CustomStringConvertible {
    /// A prerelease phase, in ascending order.
    public enum PrereleasePhase: Int, Comparable, Sendable {
        /// `a` (alpha).
        case alpha
        /// `b` (beta).
        case beta
        /// `rc` (release candidate, also `c`, `pre`, `preview`).
        case releaseCandidate

        /// Orders by the scheme's precedence rules.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        var spelling: String { ["a", "b", "rc"][rawValue] }
    }

    /// One dot-separated segment of a local version label (`+ubuntu.1`).
    public enum LocalSegment: Comparable, Sendable, CustomStringConvertible {
        /// Digits: sorts above every alphanumeric segment.
        case numeric(DigitString)
        /// Lower-cased letters and digits.
        case text(String)

        /// The text form.
        public var description: String {
            switch self {
            case .numeric(let number): number.description
            case .text(let text): text
            }
        }

        /// Orders by the scheme's precedence rules.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            switch (lhs, rhs) {
            case let (.numeric(x), .numeric(y)): x < y
            case (.text, .numeric): true
            case (.numeric, .text): false
            case let (.text(x), .text(y)): ASCII.compareBytes(x.utf8, y.utf8) < 0
            }
        }
    }

    /// The epoch (`1!`), zero when absent.
    public let epoch: DigitString
    /// The release numbers as written (`1.0.0` keeps its zeros).
    public let release: [DigitString]
    /// The prerelease phase and number.
    public let prerelease: (phase: PrereleasePhase, number: DigitString)?
    /// The post-release number.
    public let postRelease: DigitString?
    /// The development release number.
    public let developmentRelease: DigitString?
    /// The local version label segments (`nil` when there is no `+label`).
    public let local: [LocalSegment]?

    /// Parses a PEP 440 version (any accepted spelling).
    ///
    /// - Throws: ``VersionParseError`` when the text is not a valid PEP 440 version.
    public init(_ text: String) throws(VersionParseError) {
        var parser = PEP440Parser(text: text)
        let parts = try parser.parse()
        epoch = parts.epoch
        release = parts.release
        prerelease = parts.prerelease
        postRelease = parts.post
        developmentRelease = parts.dev
        local = parts.local
    }

    /// `true` for alpha, beta, release-candidate and development releases.
    public var isPrerelease: Bool { prerelease != nil || developmentRelease != nil }

    /// The normalised form (`1!2.0rc1.post2.dev3+local.1`).
    public var description: String {
        var text = epoch.isZero ? "" : "\(epoch)!"
        text += release.map(\.description).joined(separator: ".")
        if let prerelease { text += prerelease.phase.spelling + prerelease.number.description }
        if let postRelease { text += ".post\(postRelease)" }
        if let developmentRelease { text += ".dev\(developmentRelease)" }
        if let local { text += "+" + local.map(\.description).joined(separator: ".") }
        return text
    }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) < 0 }

    /// The release without trailing zeros, the form releases are compared in.
    private var significantRelease: ArraySlice<DigitString> {
        var end = release.count
        while end > 0, release[end - 1].isZero { end -= 1 }
        return release[0..<end]
    }

    /// Orders by epoch, release, prerelease, post, dev and local label, as `packaging` does.
    static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        let left = lhs.significantRelease, right = rhs.significantRelease
        for (x, y) in zip(left, right) where x != y { return x < y ? -1 : 1 }
        if left.count != right.count { return left.count < right.count ? -1 : 1 }
        let pre = lhs.prereleaseRank.threeWay(rhs.prereleaseRank)
        if pre != 0 { return pre }
        if let order = optionalCompare(lhs.prerelease?.number, rhs.prerelease?.number, missing: 0), order != 0 {
            return order
        }
        if let order = optionalCompare(lhs.postRelease, rhs.postRelease, missing: -1), order != 0 { return order }
        if let order = optionalCompare(lhs.developmentRelease, rhs.developmentRelease, missing: 1), order != 0 {
            return order
        }
        switch (lhs.local, rhs.local) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case let (x?, y?):
            for (a, b) in zip(x, y) where a != b { return a < b ? -1 : 1 }
            return x.count.threeWay(y.count)
        }
    }

    /// 0 for a bare dev release (below every prerelease), 1–3 for a/b/rc, 4 for no prerelease.
    private var prereleaseRank: Int {
        if let prerelease { return prerelease.phase.rawValue + 1 }
        return postRelease == nil && developmentRelease != nil ? 0 : 4
    }

    /// Compares optional numbers where a missing one sorts below (`missing: -1`) or above (`1`)
    /// any present one; `missing: 0` means both are absent together.
    private static func optionalCompare(_ x: DigitString?, _ y: DigitString?, missing: Int) -> Int? {
        switch (x, y) {
        case (nil, nil): return 0
        case let (x?, y?): return x.threeWay(y)
        case (nil, _): return missing
        case (_, nil): return -missing
        }
    }
}

/// Python's PEP 440 ordering (`packaging.version`), used by PyPI.
public struct PEP440VersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "pep440" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> PEP440Version {
        try PEP440Version(text)
    }
}
