extension OSVAffected {
    /// Decides whether `version` is affected, with the ecosystem's scheme for `ECOSYSTEM` ranges.
    ///
    /// Implements the OSV schema's evaluation: each `SEMVER`/`ECOSYSTEM` range sorts its events
    /// (`introduced: "0"` first) and walks them — `introduced` at or below the version turns
    /// "affected" on, `fixed` at or below and `last_affected` strictly below turn it off — after
    /// checking the version is below some `limit` (if any). Then ``versions`` is searched.
    /// `GIT` ranges cannot be evaluated for a version string and are reported in
    /// ``OSVEvaluation/unevaluatedRanges``. To test many versions, use ``matcher()``.
    ///
    /// - Returns: `nil` when ``ecosystem`` has no known scheme and there are `ECOSYSTEM` ranges.
    public func evaluate(version: String) -> OSVEvaluation? {
        matcher()?.evaluate(version: version)
    }

    /// Decides whether `version` is affected, ordering `ECOSYSTEM` ranges with `ecosystemScheme`
    /// and `SEMVER` ranges with `semverScheme` (SemVer precedence, a `v` prefix tolerated).
    public func evaluate(
        version: String,
        ecosystemScheme: any VersionScheme,
        semverScheme: any VersionScheme = SemanticVersionScheme(.npm)
    ) -> OSVEvaluation {
        OSVAffectedMatcher(self, ecosystemScheme: ecosystemScheme, semverScheme: semverScheme).evaluate(
            version: version)
    }

    /// Compiles the ranges once for evaluating many versions; `nil` when ``ecosystem`` has no known
    /// scheme and there are `ECOSYSTEM` ranges.
    public func matcher() -> OSVAffectedMatcher? {
        if let scheme = VersionEcosystems.scheme(forEcosystem: ecosystem) {
            // SemVer ecosystems (Go, npm, crates.io, …) read SEMVER ranges in their own dialect, so Go's
            // `v1.2` shorthand and npm's loose spellings work there too.
            let semver: any VersionScheme = scheme is SemanticVersionScheme ? scheme : SemanticVersionScheme(.npm)
            return OSVAffectedMatcher(self, ecosystemScheme: scheme, semverScheme: semver)
        }
        if ranges.contains(where: { $0.type == .ecosystem }) { return nil }
        return OSVAffectedMatcher(self, ecosystemScheme: SemanticVersionScheme(.npm))
    }
}

/// An ``OSVAffected`` entry with every range compiled: evaluate many versions cheaply.
public struct OSVAffectedMatcher: Sendable {
    /// A compiled range, type-erased over its scheme.
    private typealias RangeCheck = @Sendable (String) -> (isAffected: Bool, versionError: VersionParseError?)

    private let ranges: [(index: Int, check: RangeCheck)]
    private let unevaluatedRanges: [Int]
    private let versions: Set<String>

    /// Compiles `affected`, ordering `ECOSYSTEM` ranges with `ecosystemScheme` and `SEMVER` ranges
    /// with `semverScheme`.
    public init(
        _ affected: OSVAffected,
        ecosystemScheme: any VersionScheme,
        semverScheme: any VersionScheme = SemanticVersionScheme(.npm)
    ) {
        var ranges: [(index: Int, check: RangeCheck)] = []
        var unevaluated: [Int] = []
        for (index, range) in affected.ranges.enumerated() {
            switch range.type {
            case .ecosystem: ranges.append((index, Self.check(range.events, ecosystemScheme)))
            case .semver: ranges.append((index, Self.check(range.events, semverScheme)))
            default: unevaluated.append(index)
            }
        }
        self.ranges = ranges
        self.unevaluatedRanges = unevaluated
        self.versions = Set(affected.versions)
    }

    private static func check<Scheme: VersionScheme>(_ events: [OSVEvent], _ scheme: Scheme) -> RangeCheck {
        let compiled = CompiledOSVRange(events: events, scheme: scheme)
        return { compiled.contains($0) }
    }

    /// Decides whether `version` is affected (see ``OSVAffected/evaluate(version:)``).
    public func evaluate(version: String) -> OSVEvaluation {
        var versionError: VersionParseError?
        for (index, check) in ranges {
            let (inside, error) = check(version)
            versionError = versionError ?? error
            if inside {
                return OSVEvaluation(
                    isAffected: true, reason: .range(index: index), unevaluatedRanges: unevaluatedRanges,
                    versionError: versionError)
            }
        }
        let listed = versions.contains(version)
        return OSVEvaluation(
            isAffected: listed, reason: listed ? .listedVersion : nil,
            unevaluatedRanges: unevaluatedRanges, versionError: versionError)
    }
}

extension OSVAdvisory {
    /// Checks a package version against every entry naming the package.
    ///
    /// Withdrawn records return ``OSVAdvisoryVerdict/withdrawn`` before anything is evaluated.
    /// Ecosystems match exactly (`Debian:12` is not `Debian:11`); names match exactly.
    public func evaluate(ecosystem: String, name: String, version: String) -> OSVAdvisoryVerdict {
        if isWithdrawn { return .withdrawn }
        var unknown = false
        for entry in affected where entry.ecosystem == ecosystem && entry.name == name {
            guard let evaluation = entry.evaluate(version: version) else {
                unknown = true
                continue
            }
            if evaluation.isAffected { return .affected(evaluation) }
        }
        return unknown ? .unknownEcosystem(ecosystem) : .notAffected
    }
}
