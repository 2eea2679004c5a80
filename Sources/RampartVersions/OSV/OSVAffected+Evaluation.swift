extension OSVAffected {
    /// Decides whether `version` is affected, with the ecosystem's scheme for `ECOSYSTEM` ranges.
    ///
    /// Implements the OSV schema's evaluation: each `SEMVER`/`ECOSYSTEM` range sorts its events
    /// (`introduced: "0"` first) and walks them — `introduced` at or below the version turns
    /// "affected" on, `fixed` at or below and `last_affected` strictly below turn it off — after
    /// checking the version is below some `limit` (if any). Then ``versions`` is searched.
    /// `GIT` ranges cannot be evaluated for a version string and are reported in
    /// ``OSVEvaluation/unevaluatedRanges``.
    ///
    /// - Returns: `nil` when ``ecosystem`` has no known scheme and there are `ECOSYSTEM` ranges.
    public func evaluate(version: String) -> OSVEvaluation? {
        guard let scheme = VersionEcosystems.scheme(forEcosystem: ecosystem) else {
            if ranges.contains(where: { $0.type == .ecosystem }) { return nil }
            return evaluate(version: version, ecosystemScheme: SemanticVersionScheme(.npm))
        }
        return evaluate(version: version, ecosystemScheme: scheme)
    }

    /// Decides whether `version` is affected, ordering `ECOSYSTEM` ranges with `ecosystemScheme`
    /// and `SEMVER` ranges with `semverScheme` (SemVer precedence, a `v` prefix tolerated).
    public func evaluate(
        version: String,
        ecosystemScheme: any VersionScheme,
        semverScheme: any VersionScheme = SemanticVersionScheme(.npm)
    ) -> OSVEvaluation {
        var unevaluated: [Int] = []
        var versionError: VersionParseError?
        for (index, range) in ranges.enumerated() {
            let scheme: any VersionScheme
            switch range.type {
            case .ecosystem: scheme = ecosystemScheme
            case .semver: scheme = semverScheme
            default:
                unevaluated.append(index)
                continue
            }
            let (inside, error) = Self.rangeContains(range.events, version: version, scheme: scheme)
            versionError = versionError ?? error
            if inside {
                return OSVEvaluation(isAffected: true, reason: .range(index: index), unevaluatedRanges: unevaluated, versionError: versionError)
            }
        }
        if versions.contains(version) {
            return OSVEvaluation(isAffected: true, reason: .listedVersion, unevaluatedRanges: unevaluated, versionError: versionError)
        }
        return OSVEvaluation(isAffected: false, reason: nil, unevaluatedRanges: unevaluated, versionError: versionError)
    }

    /// A version or event parsed once for the walk; unparsable strings keep their text.
    private enum Point<Version: Comparable> {
        case zero
        case parsed(Version)
        case unparsed(String)
    }

    /// The OSV walk over one range's events.
    static func rangeContains<Scheme: VersionScheme>(
        _ events: [OSVEvent], version: String, scheme: Scheme
    ) -> (Bool, VersionParseError?) {
        var error: VersionParseError?
        let target: Point<Scheme.Version>
        do { target = .parsed(try scheme.parse(version)) } catch let failure {
            error = failure
            target = .unparsed(version)
        }
        func point(_ event: OSVEvent) -> Point<Scheme.Version> {
            if event.isIntroducedAtZero { return .zero }
            if let parsed = try? scheme.parse(event.version) { return .parsed(parsed) }
            return .unparsed(event.version)
        }
        func order(_ a: Point<Scheme.Version>, _ b: Point<Scheme.Version>) -> Int {
            switch (a, b) {
            case (.zero, .zero): return 0
            case (.zero, _): return -1
            case (_, .zero): return 1
            case let (.parsed(x), .parsed(y)): return x.threeWay(y)
            case let (.unparsed(x), .unparsed(y)): return scheme.compare(x, y)
            case let (.parsed(x), .unparsed(y)): return scheme.compare(String(describing: x), y)
            case let (.unparsed(x), .parsed(y)): return scheme.compare(x, String(describing: y))
            }
        }

        var walk: [(kind: OSVEvent.Kind, point: Point<Scheme.Version>)] = []
        walk.reserveCapacity(events.count)
        var limits: [Point<Scheme.Version>] = []
        for event in events {
            if event.kind == .limit {
                if event.version != "*" { limits.append(point(event)) }
            } else {
                walk.append((event.kind, point(event)))
            }
        }
        if !limits.isEmpty, !limits.contains(where: { order(target, $0) < 0 }) { return (false, error) }
        let sorted = walk.enumerated().sorted { lhs, rhs in
            let comparison = order(lhs.element.point, rhs.element.point)
            return comparison != 0 ? comparison < 0 : lhs.offset < rhs.offset
        }
        var affected = false
        for (_, event) in sorted {
            let comparison = order(target, event.point)
            switch event.kind {
            case .introduced where comparison >= 0: affected = true
            case .fixed where comparison >= 0: affected = false
            case .lastAffected where comparison > 0: affected = false
            default: break
            }
        }
        return (affected, error)
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
