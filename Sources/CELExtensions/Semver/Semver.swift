/// A semantic version (SemVer 2.0.0) with the parsing and ordering rules of `blang/semver`, as used
/// by the Kubernetes CEL `semver` library.
///
/// Build metadata is kept but ignored by comparison and equality.
///
/// ```swift
/// let version = try Semver(parsing: "1.2.3-beta.1+build.5")
/// version.major  // 1
/// try Semver(parsing: "v01.1", normalize: true) == (try Semver(parsing: "1.1.0"))  // true
/// ```
public struct Semver: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Major version number.
    public let major: UInt64
    /// Minor version number.
    public let minor: UInt64
    /// Patch version number.
    public let patch: UInt64
    /// Dot-separated pre-release identifiers (`beta`, `1`).
    public let preRelease: [PreReleaseIdentifier]
    /// Dot-separated build metadata (ignored by comparison).
    public let build: [String]

    /// One pre-release identifier: numeric identifiers order numerically and below alphanumeric ones.
    public enum PreReleaseIdentifier: Sendable, Hashable, Comparable, CustomStringConvertible {
        case numeric(UInt64)
        case alphanumeric(String)

        /// Text form.
        public var description: String {
            switch self {
            case .numeric(let value): String(value)
            case .alphanumeric(let text): text
            }
        }

        /// Numeric identifiers order numerically and before alphanumeric ones, which order by bytes.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            switch (lhs, rhs) {
            case let (.numeric(left), .numeric(right)): left < right
            case (.numeric, .alphanumeric): true
            case (.alphanumeric, .numeric): false
            case let (.alphanumeric(left), .alphanumeric(right)): Array(left.utf8).lexicographicallyPrecedes(right.utf8)
            }
        }
    }

    /// Creates a version from its parts.
    public init(
        major: UInt64, minor: UInt64, patch: UInt64, preRelease: [PreReleaseIdentifier] = [], build: [String] = []
    ) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.preRelease = preRelease
        self.build = build
    }

    /// `1.2.3-beta.1+build`.
    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !preRelease.isEmpty { text += "-" + preRelease.map(\.description).joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    /// -1, 0 or 1 by SemVer precedence (build metadata ignored).
    public func compare(to other: Semver) -> Int {
        for (left, right) in [(major, other.major), (minor, other.minor), (patch, other.patch)] where left != right {
            return left < right ? -1 : 1
        }
        switch (preRelease.isEmpty, other.preRelease.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): break
        }
        for (left, right) in zip(preRelease, other.preRelease) where left != right {
            return left < right ? -1 : 1
        }
        if preRelease.count == other.preRelease.count { return 0 }
        return preRelease.count < other.preRelease.count ? -1 : 1
    }

    /// Precedence equality (build metadata ignored).
    public static func == (lhs: Semver, rhs: Semver) -> Bool { lhs.compare(to: rhs) == 0 }

    /// Precedence order.
    public static func < (lhs: Semver, rhs: Semver) -> Bool { lhs.compare(to: rhs) < 0 }

    /// Hashes the parts that take part in equality.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(preRelease)
    }
}
