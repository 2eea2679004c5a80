/// One event of an OSV range: where affected versions start or stop.
///
/// See the OSV schema's `affected[].ranges[].events`: exactly one of `introduced`, `fixed`,
/// `last_affected` or `limit` per event.
public struct OSVEvent: Sendable, Hashable, CustomStringConvertible {
    /// What the event marks.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        /// The OSV field name, such as `introduced`.
        public let rawValue: String

        /// Creates a kind from its OSV field name.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// Versions from here on are affected (`"0"` means from the very first version).
        public static let introduced = Kind("introduced")
        /// Versions from here on are no longer affected.
        public static let fixed = Kind("fixed")
        /// Versions after this one are no longer affected.
        public static let lastAffected = Kind("last_affected")
        /// Only versions below this one are considered at all (`"*"` means no limit).
        public static let limit = Kind("limit")

        /// The text form.
        public var description: String { rawValue }
    }

    /// The event's kind.
    public let kind: Kind
    /// The version the event names, in the range's ordering.
    public let version: String

    /// Creates an event.
    public init(_ kind: Kind, _ version: String) {
        self.kind = kind
        self.version = version
    }

    /// `introduced: "0"`: affected since the first version.
    public var isIntroducedAtZero: Bool { kind == .introduced && version == "0" }

    /// The text form.
    public var description: String { "\(kind): \(version)" }
}
