extension Node {
    /// The same tree with every span (node and key) set to ``SourceSpan/unknown``.
    ///
    /// Compares trees read from different syntaxes, or from differently formatted files, by value
    /// alone: `yamlRoot.withoutPositions() == jsonRoot.withoutPositions()`. Tags are kept.
    public func withoutPositions() -> Node {
        switch value {
        case .list(let items):
            return Node(.list(items.map { $0.withoutPositions() }), span: .unknown, tag: tag)
        case .map(let mapping):
            let entries = mapping.entries.map {
                Mapping.Entry(key: $0.key, keySpan: .unknown, value: $0.value.withoutPositions())
            }
            return Node(.map(Mapping(entries)), span: .unknown, tag: tag)
        default:
            return Node(value, span: .unknown, tag: tag)
        }
    }

    /// The number of nodes in the tree, this one included; a subtree shared by YAML aliases counts
    /// once per occurrence, which is what a consumer walking the tree pays.
    public var nodeCount: Int {
        var count = 0
        var pending: [Node] = [self]
        while let node = pending.popLast() {
            count += 1
            switch node.value {
            case .list(let items): pending.append(contentsOf: items)
            case .map(let mapping): pending.append(contentsOf: mapping.entries.lazy.map(\.value))
            default: break
            }
        }
        return count
    }
}
