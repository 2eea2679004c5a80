/// One OSV range: a type (how versions are ordered) and its events.
public struct OSVRange: Sendable, Hashable {
    /// How the range's versions are ordered.
    public struct RangeType: Hashable, Sendable, CustomStringConvertible {
        /// The OSV spelling, such as `SEMVER`.
        public let rawValue: String

        /// Creates a type from its OSV spelling.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// SemVer 2.0.0 precedence, whatever the ecosystem.
        public static let semver = RangeType("SEMVER")
        /// The ecosystem's own ordering (dpkg for Debian, PEP 440 for PyPI, …).
        public static let ecosystem = RangeType("ECOSYSTEM")
        /// Git commits: cannot be evaluated for a version string.
        public static let git = RangeType("GIT")

        /// The text form.
        public var description: String { rawValue }
    }

    /// The range type.
    public let type: RangeType
    /// The repository URL of a `GIT` range.
    public let repository: String?
    /// The events, in any order (evaluation sorts them).
    public let events: [OSVEvent]

    /// Creates a range.
    public init(type: RangeType, repository: String? = nil, events: [OSVEvent]) {
        self.type = type
        self.repository = repository
        self.events = events
    }
}

/// The part of an OSV record about one package: its ranges and explicit version list.
public struct OSVAffected: Sendable, Hashable {
    /// The OSV ecosystem, such as `PyPI` or `Debian:12`.
    public let ecosystem: String
    /// The package name (a source package for Debian and Alpine).
    public let name: String
    /// The ranges of affected versions.
    public let ranges: [OSVRange]
    /// Versions listed explicitly as affected.
    public let versions: [String]

    /// Creates an affected entry.
    public init(ecosystem: String, name: String, ranges: [OSVRange] = [], versions: [String] = []) {
        self.ecosystem = ecosystem
        self.name = name
        self.ranges = ranges
        self.versions = versions
    }
}

/// The parts of an OSV record needed to decide whether a package version is affected.
public struct OSVAdvisory: Sendable, Hashable {
    /// The record id, such as `GHSA-…` or `DSA-5514-1`.
    public let id: String
    /// The `withdrawn` timestamp, when the record was withdrawn.
    public let withdrawn: String?
    /// The affected packages.
    public let affected: [OSVAffected]

    /// Creates an advisory.
    public init(id: String, withdrawn: String? = nil, affected: [OSVAffected]) {
        self.id = id
        self.withdrawn = withdrawn
        self.affected = affected
    }

    /// `true` when the record carries a `withdrawn` time: it must not produce findings.
    public var isWithdrawn: Bool { !(withdrawn ?? "").isEmpty }
}
