/// A way of ordering version strings, such as Debian's dpkg rules or Python's PEP 440.
///
/// Vulnerability matching needs the exact ordering each ecosystem uses: `1.0~rc1` is older than `1.0`
/// for dpkg but `1.0-rc1` is newer than `1.0` for RPM. Each scheme is a small value type listed once in
/// ``BuiltinVersionSchemes``; the ``id`` names it and ``version`` changes whenever its ordering does,
/// so caches keyed on it are invalidated.
///
/// ```swift
/// let dpkg = DpkgVersionScheme()
/// dpkg.compare("1:1.0", "2.0")   // 1 — the epoch wins
/// ```
public protocol VersionScheme: Sendable {
    /// The parsed, typed version this scheme orders.
    associatedtype Version: Comparable & Sendable

    /// A stable identifier, such as `dpkg` or `pep440`.
    var id: String { get }

    /// Bumped whenever the scheme's ordering or parsing changes (a cache key).
    var version: Int { get }

    /// Parses `text` into a typed version.
    ///
    /// - Throws: ``VersionParseError`` with a code, a message saying what is wrong and the UTF-8 offset.
    func parse(_ text: String) throws(VersionParseError) -> Version

    /// Orders two version strings: -1 when `a < b`, 0 when equal, 1 when `a > b`.
    ///
    /// Never fails: when a string does not parse, the default implementation orders invalid
    /// versions before valid ones and two invalid versions by their bytes.
    func compare(_ a: String, _ b: String) -> Int
}

extension VersionScheme {
    /// Orders two version strings, placing unparsable ones first (see ``VersionScheme/compare(_:_:)``).
    public func compare(_ a: String, _ b: String) -> Int {
        let left = try? parse(a)
        let right = try? parse(b)
        switch (left, right) {
        case let (left?, right?): return left < right ? -1 : (right < left ? 1 : 0)
        case (nil, _?): return -1
        case (_?, nil): return 1
        case (nil, nil): return a == b ? 0 : (a < b ? -1 : 1)
        }
    }

    /// Returns `true` when `text` parses under this scheme.
    public func isValid(_ text: String) -> Bool {
        (try? parse(text)) != nil
    }
}

extension Comparable {
    /// Three-way comparison: -1, 0 or 1.
    @inlinable
    func threeWay(_ other: Self) -> Int {
        self < other ? -1 : (other < self ? 1 : 0)
    }
}
