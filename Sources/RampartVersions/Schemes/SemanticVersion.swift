/// A SemVer 2.0.0 version `MAJOR.MINOR.PATCH[-prerelease][+build]`, ordered by precedence.
///
/// Build metadata is kept but ignored for ordering (`1.0.0+a == 1.0.0+b`). Numbers of any length
/// are compared without overflow. Ecosystem dialects (npm, crates.io, Go, Hex, Pub) differ only in
/// what they accept; see ``SemanticVersion/Dialect``.
public struct SemanticVersion: Comparable, Sendable, CustomStringConvertible {
    /// One dot-separated prerelease identifier.
    public enum Identifier: Comparable, Sendable, CustomStringConvertible {
        /// Digits only: compared numerically, and lower than any alphanumeric identifier.
        case numeric(DigitString)
        /// Anything else: compared by ASCII bytes.
        case alphanumeric(String)

        /// The text form.
        /// Classifies an identifier: digits only are numeric.
        init(_ text: String) {
            self = text.utf8.allSatisfy(ASCII.isDigit) ? .numeric(DigitString(ascii: text.utf8)) : .alphanumeric(text)
        }

        /// The text form.
        public var description: String {
            switch self {
            case .numeric(let number): number.description
            case .alphanumeric(let text): text
            }
        }

        /// Orders by the scheme's precedence rules.
        public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
            switch (lhs, rhs) {
            case let (.numeric(x), .numeric(y)): x < y
            case (.numeric, .alphanumeric): true
            case (.alphanumeric, .numeric): false
            case let (.alphanumeric(x), .alphanumeric(y)): ASCII.compareBytes(x.utf8, y.utf8) < 0
            }
        }
    }

    /// What a particular ecosystem accepts on top of strict SemVer 2.0.0.
    public struct Dialect: Sendable, Hashable {
        /// The scheme identifier (`semver`, `npm`, …).
        public let id: String
        /// Accept a leading `v` (and, when lenient, `=`).
        public let allowsPrefix: Bool
        /// Accept `v1` and `v1.2` as `v1.0.0` / `v1.2.0` (Go's shorthands).
        public let allowsShorthand: Bool
        /// Accept leading zeros and surrounding whitespace (node-semver's loose mode).
        public let lenient: Bool
        /// Compare alphanumeric prerelease identifiers case-insensitively.
        public let caseInsensitivePrerelease: Bool
        /// Order build metadata after equal prereleases (`1.0.0 < 1.0.0+1`), as Dart's pub_semver does.
        public var ordersBuildMetadata = false

        /// Strict SemVer 2.0.0.
        public static let strict = Dialect(
            id: "semver", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false)
        /// npm (node-semver loose): `v`/`=` prefix, whitespace, leading zeros.
        public static let npm = Dialect(
            id: "npm", allowsPrefix: true, allowsShorthand: false, lenient: true, caseInsensitivePrerelease: false)
        /// crates.io (Cargo's semver): strict.
        public static let cargo = Dialect(
            id: "cargo", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false)
        /// Go modules: `v` prefix (optional here because OSV strips it), shorthands, `+incompatible`
        /// ignored as build metadata, pseudo-versions ordered as prereleases.
        public static let go = Dialect(
            id: "go", allowsPrefix: true, allowsShorthand: true, lenient: false, caseInsensitivePrerelease: false)
        /// Hex (Elixir's `Version`): strict SemVer 2.0.0.
        public static let hex = Dialect(
            id: "hex", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false)
        /// Dart's Pub (pub_semver): a version with build metadata sorts after the same version without.
        public static let pub = Dialect(
            id: "pub", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false,
            ordersBuildMetadata: true)
    }

    /// The major version.
    public let major: DigitString
    /// The minor version.
    public let minor: DigitString
    /// The patch version.
    public let patch: DigitString
    /// The prerelease identifiers (empty for a release).
    public let prerelease: [Identifier]
    /// The build metadata identifiers (ignored for ordering except in the Pub dialect).
    public let build: [String]
    /// Whether ``build`` takes part in ordering (the dialect's ``Dialect/ordersBuildMetadata``).
    let ordersBuildMetadata: Bool

    /// `true` when the version has prerelease identifiers.
    public var isPrerelease: Bool { !prerelease.isEmpty }

    /// Parses a version in the given dialect.
    ///
    /// - Throws: ``VersionParseError`` naming the offending component.
    public init(_ text: String, dialect: Dialect = .strict) throws(VersionParseError) {
        var parser = SemanticVersionParser(text: text, dialect: dialect)
        (major, minor, patch, prerelease, build) = try parser.parse()
        ordersBuildMetadata = dialect.ordersBuildMetadata
    }

    /// The text form.
    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease.map(\.description).joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { compare(lhs, rhs) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { compare(lhs, rhs) < 0 }

    /// SemVer precedence: core numbers, then a release above any prerelease, then identifiers.
    static func compare(_ lhs: SemanticVersion, _ rhs: SemanticVersion) -> Int {
        if lhs.major != rhs.major { return lhs.major < rhs.major ? -1 : 1 }
        if lhs.minor != rhs.minor { return lhs.minor < rhs.minor ? -1 : 1 }
        if lhs.patch != rhs.patch { return lhs.patch < rhs.patch ? -1 : 1 }
        let prerelease = compareIdentifiers(lhs.prerelease, rhs.prerelease, emptyIsGreater: true)
        guard prerelease == 0, lhs.ordersBuildMetadata || rhs.ordersBuildMetadata else { return prerelease }
        return compareIdentifiers(lhs.build.map(Identifier.init), rhs.build.map(Identifier.init), emptyIsGreater: false)
    }

    /// Compares identifier lists; an empty list sorts above (prerelease) or below (build) any other.
    private static func compareIdentifiers(_ lhs: [Identifier], _ rhs: [Identifier], emptyIsGreater: Bool) -> Int {
        switch (lhs.isEmpty, rhs.isEmpty) {
        case (true, true): return 0
        case (true, false): return emptyIsGreater ? 1 : -1
        case (false, true): return emptyIsGreater ? -1 : 1
        case (false, false): break
        }
        for (x, y) in zip(lhs, rhs) where x != y {
            return x < y ? -1 : 1
        }
        return lhs.count.threeWay(rhs.count)
    }
}

/// A SemVer scheme in one ecosystem dialect (strict, npm, crates.io, Go, Hex, Pub).
public struct SemanticVersionScheme: VersionScheme {
    /// The dialect this scheme parses.
    public let dialect: SemanticVersion.Dialect

    /// Creates the scheme for a dialect.
    public init(_ dialect: SemanticVersion.Dialect = .strict) { self.dialect = dialect }
    /// The scheme identifier used in the registry.
    public var id: String { dialect.id }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> SemanticVersion {
        try SemanticVersion(text, dialect: dialect)
    }
}
