extension Node {
    /// The same tree with every span (node and key) set to ``SourceSpan/unknown``.
    ///
    /// Compares trees read from different syntaxes, or from differently formatted files, by value
    /// alone: `yamlRoot.withoutPositions() == jsonRoot.withoutPositions()`. Tags are kept.
    public func withoutPositions() -> Node {
        // Iterative, so deep trees cost heap rather than stack.
        struct Frame {
            var source: Node
            var next = 0
            var items: [Node] = []
            var entries: [Mapping.Entry] = []
        }
        func children(_ node: Node) -> Int? {
            switch node.value {
            case .list(let items): items.count
            case .map(let mapping): mapping.count
            default: nil
            }
        }
        guard children(self) != nil else { return Node(value, span: .unknown, tag: tag) }
        var stack = [Frame(source: self)]
        while true {
            let top = stack.count - 1
            let source = stack[top].source
            let index = stack[top].next
            if index < children(source) ?? 0 {
                stack[top].next += 1
                let child: Node
                switch source.value {
                case .list(let items): child = items[index]
                case .map(let mapping): child = mapping.entries[index].value
                default: continue
                }
                if children(child) != nil {
                    stack.append(Frame(source: child))
                    continue
                }
                add(Node(child.value, span: .unknown, tag: child.tag), to: &stack[top])
                continue
            }
            let frame = stack.removeLast()
            let built: Node
            if case .map = frame.source.value {
                built = Node(.map(Mapping(frame.entries)), span: .unknown, tag: frame.source.tag)
            } else {
                built = Node(.list(frame.items), span: .unknown, tag: frame.source.tag)
            }
            guard !stack.isEmpty else { return built }
            add(built, to: &stack[stack.count - 1])
        }

        func add(_ node: Node, to frame: inout Frame) {
            if case .map(let mapping) = frame.source.value {
                let key = mapping.entries[frame.entries.count].key
                frame.entries.append(Mapping.Entry(key: key, keySpan: .unknown, value: node))
            } else {
                frame.items.append(node)
            }
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
