import RampartCore

extension YAMLComposer {
    /// Adds a finished node to the collection on top of the stack (or makes it the document root).
    ///
    /// - Parameters:
    ///   - count: nodes the node stands for (for the alias budget).
    ///   - span: where this occurrence is written (an alias's own span, not its anchor's).
    ///   - isMergeKey: the node is a plain `<<` scalar.
    mutating func attach(_ node: consuming Node, count: Int, writtenAt span: SourceSpan, isMergeKey: Bool = false) {
        guard !stack.isEmpty else {
            setRoot(node)
            return
        }
        let top = stack.count - 1
        let (total, overflow) = stack[top].count.addingReportingOverflow(count)
        stack[top].count = overflow ? .max : total
        stack[top].end = span.end
        guard stack[top].isMapping else {
            if stack[top].items.capacity == 0 { stack[top].items.reserveCapacity(4) }
            stack[top].items.append(node)
            return
        }
        guard stack[top].awaitingValue else {
            stack[top].awaitingValue = true
            stack[top].keySpan = span
            stack[top].keyIsMerge = isMergeKey
            if let key = Self.keyText(node) {
                stack[top].key = key
                stack[top].skipValue = false
            } else {
                stack[top].skipValue = true
                report(
                    .complexKey,
                    "a mapping or sequence used as a mapping key is not supported; the entry is skipped. "
                        + "Use a scalar key", at: span)
            }
            return
        }
        stack[top].awaitingValue = false
        if stack[top].skipValue { return }
        if stack[top].keyIsMerge {
            addMerge(node, at: top, writtenAt: span)
            return
        }
        let key = stack[top].key
        let keySpan = stack[top].keySpan
        if !stack[top].insertKey(key) {
            let entries = stack[top].entries
            report(.duplicateKey, Self.duplicateMessage(key, entries), level: .warning, at: keySpan)
        }
        if stack[top].entries.capacity == 0 { stack[top].entries.reserveCapacity(4) }
        stack[top].entries.append(Mapping.Entry(key: key, keySpan: keySpan, value: node))
    }

    private mutating func addMerge(_ node: Node, at top: Int, writtenAt span: SourceSpan) {
        var sources: [Mapping] = []
        switch node.value {
        case .map(let mapping):
            sources = [mapping]
        case .list(let items):
            for item in items {
                if case .map(let mapping) = item.value {
                    sources.append(mapping)
                } else if !item.isNull {
                    report(
                        .invalidMerge, "a merge key ('<<') list may only hold mappings; this element is ignored",
                        level: .warning, at: item.span)
                }
            }
        case .null:
            return
        default:
            report(
                .invalidMerge, "a merge key ('<<') needs a mapping or a list of mappings; this value is ignored",
                level: .warning, at: span)
            return
        }
        stack[top].merges.append(YAMLFrame.Merge(position: stack[top].entries.count, sources: sources))
    }

    private static func duplicateMessage(_ key: String, _ entries: [Mapping.Entry]) -> String {
        let first = entries.first { $0.key == key }?.keySpan.start
        let earlier = first.map { " (first at line \($0.line), column \($0.column))" } ?? ""
        return "duplicate key '\(key)'\(earlier); the last value wins. Remove one of them"
    }

    private mutating func setRoot(_ node: Node) {
        rootNode = node
    }

    /// The text of a scalar key: strings as written, other scalars in canonical form (`0x10` → `16`).
    static func keyText(_ node: Node) -> String? {
        switch node.value {
        case .string(let text): text
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .double(let number): doubleText(number)
        case .null: node.span.start == node.span.end ? "" : "null"
        case .list, .map: nil
        }
    }

    private static func doubleText(_ number: Double) -> String {
        if number.isNaN { return ".nan" }
        if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
        if abs(number) < 1e15, number == Double(Int64(number)) { return String(Int64(number)) }
        return String(number)
    }
}
