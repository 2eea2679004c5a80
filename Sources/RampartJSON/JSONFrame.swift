import RampartCore

/// An array or object under construction on the parser's stack (one struct for both, so children
/// are appended in place).
struct JSONFrame {
    var isObject: Bool
    var start: SourcePosition
    var items: [Node] = []
    var entries: [Mapping.Entry] = []
    /// The key whose value is being parsed.
    var key = ""
    var keySpan = SourceSpan.unknown
    /// Keys seen, kept once an object grows past a linear scan.
    var seenKeys: Set<String>?

    init(isObject: Bool, start: SourcePosition) {
        self.isObject = isObject
        self.start = start
    }

    /// Records a key and tells whether it is new.
    mutating func insertKey(_ key: String) -> Bool {
        if seenKeys == nil {
            if entries.count < 16 { return !entries.contains { $0.key == key } }
            seenKeys = Set(entries.map(\.key))
        }
        return seenKeys!.insert(key).inserted
    }
}
