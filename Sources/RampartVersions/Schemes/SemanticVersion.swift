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

        public var description: String {
            switch self {
            case .numeric(let number): number.description
            case .alphanumeric(let text): text
            }
        }

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

        /// Strict SemVer 2.0.0.
        public static let strict = Dialect(id: "semver", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false)
        /// npm (node-semver loose): `v`/`=` prefix, whitespace, leading zeros.
        public static let npm = Dialect(id: "npm", allowsPrefix: true, allowsShorthand: false, lenient: true, caseInsensitivePrerelease: false)
        /// crates.io (Cargo's semver): strict.
        public static let cargo = Dialect(id: "cargo", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false)
        /// Go modules: `v` prefix (optional here because OSV strips it), shorthands, `+incompatible`
        /// ignored as build metadata, pseudo-versions ordered as prereleases.
        public static let go = Dialect(id: "go", allowsPrefix: true, allowsShorthand: true, lenient: false, caseInsensitivePrerelease: false)
        /// Hex (Elixir's `Version`): strict SemVer 2.0.0.
        public static let hex = Dialect(id: "hex", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false)
        /// Dart's Pub: SemVer 2.0.0 precedence (build metadata ignored here).
        public static let pub = Dialect(id: "pub", allowsPrefix: false, allowsShorthand: false, lenient: false, caseInsensitivePrerelease: false)
    }

    /// The major version.
    public let major: DigitString
    /// The minor version.
    public let minor: DigitString
    /// The patch version.
    public let patch: DigitString
    /// The prerelease identifiers (empty for a release).
    public let prerelease: [Identifier]
    /// The build metadata identifiers (ignored for ordering).
    public let build: [String]

    /// `true` when the version has prerelease identifiers.
    public var isPrerelease: Bool { !prerelease.isEmpty }

    /// Parses a version in the given dialect.
    ///
    /// - Throws: ``VersionParseError`` naming the offending component.
    public init(_ text: String, dialect: Dialect = .strict) throws(VersionParseError) {
        var parser = SemanticVersionParser(text: text, dialect: dialect)
        (major, minor, patch, prerelease, build) = try parser.parse()
    }

    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease.map(\.description).joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    public static func == (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { compare(lhs, rhs) == 0 }
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { compare(lhs, rhs) < 0 }

    /// SemVer precedence: core numbers, then a release above any prerelease, then identifiers.
    static func compare(_ lhs: SemanticVersion, _ rhs: SemanticVersion) -> Int {
        if lhs.major != rhs.major { return lhs.major < rhs.major ? -1 : 1 }
        if lhs.minor != rhs.minor { return lhs.minor < rhs.minor ? -1 : 1 }
        if lhs.patch != rhs.patch { return lhs.patch < rhs.patch ? -1 : 1 }
        switch (lhs.prerelease.isEmpty, rhs.prerelease.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): break
        }
        for (x, y) in zip(lhs.prerelease, rhs.prerelease) where x != y {
            return x < y ? -1 : 1
        }
        return lhs.prerelease.count.threeWay(rhs.prerelease.count)
    }
}

/// A SemVer scheme in one ecosystem dialect (strict, npm, crates.io, Go, Hex, Pub).
public struct SemanticVersionScheme: VersionScheme {
    /// The dialect this scheme parses.
    public let dialect: SemanticVersion.Dialect

    /// Creates the scheme for a dialect.
    public init(_ dialect: SemanticVersion.Dialect = .strict) { self.dialect = dialect }
    public var id: String { dialect.id }
    public var version: Int { 1 }

    public func parse(_ text: String) throws(VersionParseError) -> SemanticVersion {
        try SemanticVersion(text, dialect: dialect)
    }
}
