/// An ordered mapping of a ``Node``: entries keep source order and the position of their keys.
///
/// Lookup by key is linear for small mappings (most configuration objects) and through an index for
/// large ones; the index is built once at construction.
public struct Mapping: Sendable, Hashable {
    /// One `key: value` entry.
    public struct Entry: Sendable, Hashable {
        /// The key text (non-string keys are rendered to their canonical text).
        public var key: String
        /// Where the key is written.
        public var keySpan: SourceSpan
        /// The value.
        public var value: Node

        /// Creates an entry.
        public init(key: String, keySpan: SourceSpan, value: Node) {
            self.key = key
            self.keySpan = keySpan
            self.value = value
        }
    }

    /// Entries in source order. When a key repeats, the last occurrence wins for lookups (as in
    /// YAML 1.1 loaders and `JSON.parse`), and the parser reports a diagnostic.
    public private(set) var entries: [Entry]
    private var index: [String: Int]?

    private static let indexThreshold = 12

    /// Creates a mapping from entries in source order.
    public init(_ entries: [Entry] = []) {
        self.entries = entries
        self.index = Self.makeIndex(entries)
    }

    private static func makeIndex(_ entries: [Entry]) -> [String: Int]? {
        guard entries.count > indexThreshold else { return nil }
        var index = [String: Int](minimumCapacity: entries.count)
        for (offset, entry) in entries.enumerated() { index[entry.key] = offset }
        return index
    }

    /// Number of entries.
    public var count: Int { entries.count }

    /// Keys in source order.
    public var keys: [String] { entries.map(\.key) }

    /// The entry for a key (last occurrence), or `nil`.
    public func entry(_ key: String) -> Entry? {
        if let index { return index[key].map { entries[$0] } }
        for entry in entries.reversed() where entry.key == key { return entry }
        return nil
    }

    /// The value for a key, or `nil`.
    public subscript(key: String) -> Node? { entry(key)?.value }

    /// Appends an entry (used by parsers and adapters while building a tree).
    public mutating func append(_ entry: Entry) {
        entries.append(entry)
        if index != nil {
            index?[entry.key] = entries.count - 1
        } else if entries.count > Self.indexThreshold {
            index = Self.makeIndex(entries)
        }
    }

    /// Sets the value of a key, replacing an existing entry in place or appending a new one.
    public mutating func set(_ key: String, _ value: Node, keySpan: SourceSpan? = nil) {
        if let offset = index?[key] ?? entries.lastIndex(where: { $0.key == key }) {
            entries[offset].value = value
        } else {
            append(Entry(key: key, keySpan: keySpan ?? value.span, value: value))
        }
    }

    public static func == (lhs: Mapping, rhs: Mapping) -> Bool { lhs.entries == rhs.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }
}
