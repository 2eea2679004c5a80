import RampartCore

/// A sequence or mapping under construction on the composer's stack.
///
/// One struct for both kinds (rather than an enum with payloads) so children are appended in place,
/// without copy-on-write copies of the arrays.
struct YAMLFrame {
    /// The entries a merge key (`<<`) brings in at one place of the mapping.
    struct Merge {
        /// Index in ``entries`` where the merge key was written.
        var position: Int
        var sources: [Mapping]
    }

    var isMapping: Bool
    var isFlow: Bool
    var start: SourcePosition
    /// End of the last child written (block collections end there).
    var end: SourcePosition
    var tag: String?
    var anchor: String?
    /// Nodes this collection stands for, itself and expanded aliases included.
    var count = 1
    var items: [Node] = []
    var entries: [Mapping.Entry] = []
    var merges: [Merge] = []
    /// Keys seen, kept once a mapping grows past a linear scan.
    var seenKeys: Set<String>?
    var awaitingValue = false
    var key = ""
    var keySpan = SourceSpan.unknown
    var keyIsMerge = false
    var skipValue = false

    init(isMapping: Bool, isFlow: Bool, start: SourcePosition, tag: String?, anchor: String?) {
        self.isMapping = isMapping
        self.isFlow = isFlow
        self.start = start
        self.end = start
        self.tag = tag
        self.anchor = anchor
    }

    /// Records a key and tells whether it was already present.
    mutating func insertKey(_ key: String) -> Bool {
        if seenKeys == nil {
            if entries.count < 16 { return !entries.contains { $0.key == key } }
            seenKeys = Set(entries.map(\.key))
        }
        return seenKeys!.insert(key).inserted
    }

    /// The finished mapping, with YAML 1.1 merge keys applied: a merged key is added where the `<<`
    /// was written unless the mapping states it itself (anywhere) or an earlier merge source gave it.
    func makeMapping() -> Mapping {
        guard !merges.isEmpty else { return Mapping(entries) }
        let explicitKeys = Set(entries.map(\.key))
        var mergedKeys = Set<String>()
        var result: [Mapping.Entry] = []
        result.reserveCapacity(entries.count)
        var mergeIndex = 0
        func flush(upTo position: Int) {
            while mergeIndex < merges.count, merges[mergeIndex].position <= position {
                for source in merges[mergeIndex].sources {
                    for entry in source.entries
                    where !explicitKeys.contains(entry.key) && mergedKeys.insert(entry.key).inserted {
                        result.append(source.entry(entry.key) ?? entry)
                    }
                }
                mergeIndex += 1
            }
        }
        for (offset, entry) in entries.enumerated() {
            flush(upTo: offset)
            result.append(entry)
        }
        flush(upTo: Int.max)
        return Mapping(result)
    }
}
