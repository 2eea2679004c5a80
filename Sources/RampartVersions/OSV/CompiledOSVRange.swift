/// One `SEMVER` or `ECOSYSTEM` range with its events parsed and sorted once, ready to test many
/// versions (the OSV schema's evaluation algorithm, compiled).
///
/// ```swift
/// let range = CompiledOSVRange(events: [OSVEvent(.introduced, "0"), OSVEvent(.fixed, "2.36-9+deb12u3")],
///                              scheme: DpkgVersionScheme())
/// range.contains("2.36-9+deb12u2").isAffected   // true
/// ```
public struct CompiledOSVRange<Scheme: VersionScheme>: Sendable {
    /// A position on the version line: before everything (`introduced: "0"`), a parsed version, or
    /// text the scheme could not parse (ordered by the scheme's fallback rules).
    enum Point: Sendable {
        case zero
        case parsed(Scheme.Version)
        case unparsed(String)
    }

    /// The scheme that orders this range.
    public let scheme: Scheme
    let walk: [(kind: OSVEvent.Kind, point: Point)]
    let limits: [Point]

    /// Parses and sorts the events (`introduced: "0"` first; equal versions keep their order).
    /// `limit: "*"` is dropped, since it limits nothing.
    public init(events: [OSVEvent], scheme: Scheme) {
        self.scheme = scheme
        var walk: [(kind: OSVEvent.Kind, point: Point)] = []
        var limits: [Point] = []
        walk.reserveCapacity(events.count)
        for event in events {
            let point: Point
            if event.isIntroducedAtZero {
                point = .zero
            } else if let parsed = try? scheme.parse(event.version) {
                point = .parsed(parsed)
            } else {
                point = .unparsed(event.version)
            }
            if event.kind == .limit {
                if event.version != "*" { limits.append(point) }
            } else {
                walk.append((event.kind, point))
            }
        }
        let order = Self.order(scheme)
        self.walk = walk.enumerated().sorted { lhs, rhs in
            let comparison = order(lhs.element.point, rhs.element.point)
            return comparison != 0 ? comparison < 0 : lhs.offset < rhs.offset
        }.map(\.element)
        self.limits = limits
    }

    /// Whether `version` is inside the range, and the parse error when the version itself did not
    /// parse in the scheme (it is then ordered by the scheme's fallback rules).
    public func contains(_ version: String) -> (isAffected: Bool, versionError: VersionParseError?) {
        do {
            return (contains(point: .parsed(try scheme.parse(version))), nil)
        } catch {
            return (contains(point: .unparsed(version)), error)
        }
    }

    /// Whether a parsed version is inside the range.
    public func contains(_ version: Scheme.Version) -> Bool {
        contains(point: .parsed(version))
    }

    private func contains(point target: Point) -> Bool {
        let order = Self.order(scheme)
        if !limits.isEmpty, !limits.contains(where: { order(target, $0) < 0 }) { return false }
        var affected = false
        for event in walk {
            let comparison = order(target, event.point)
            switch event.kind {
            case .introduced where comparison >= 0: affected = true
            case .fixed where comparison >= 0: affected = false
            case .lastAffected where comparison > 0: affected = false
            default: break
            }
        }
        return affected
    }

    /// Three-way order of two points under `scheme`.
    private static func order(_ scheme: Scheme) -> (Point, Point) -> Int {
        { a, b in
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
    }
}
