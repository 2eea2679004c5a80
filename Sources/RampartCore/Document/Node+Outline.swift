extension Node {
    /// A one-line-per-node rendering of the tree's values and tags, without positions.
    ///
    /// Meant for snapshot tests and for checking that two syntaxes (a YAML and a JSON manifest) give the
    /// same tree. Keys and strings are quoted as Swift string literals, so the text is unambiguous.
    ///
    /// ```
    /// map
    ///   "kind": string "Pod"
    ///   "spec": map
    ///     "containers": list
    ///       - map
    /// ```
    public var outline: String {
        var lines: [String] = []
        appendOutline(to: &lines, prefix: "", depth: 0)
        return lines.joined(separator: "\n") + "\n"
    }

    private func appendOutline(to lines: inout [String], prefix: String, depth: Int) {
        let head = String(repeating: "  ", count: depth) + prefix
        let tagText = tag.map { " \($0)" } ?? ""
        switch value {
        case .null: lines.append(head + "null" + tagText)
        case .bool(let flag): lines.append(head + "bool \(flag)" + tagText)
        case .int(let number): lines.append(head + "int \(number)" + tagText)
        case .double(let number): lines.append(head + "double \(number)" + tagText)
        case .string(let text): lines.append(head + "string \(text.debugDescription)" + tagText)
        case .list(let items):
            lines.append(head + "list" + tagText)
            for item in items { item.appendOutline(to: &lines, prefix: "- ", depth: depth + 1) }
        case .map(let mapping):
            lines.append(head + "map" + tagText)
            for entry in mapping.entries {
                entry.value.appendOutline(to: &lines, prefix: "\(entry.key.debugDescription): ", depth: depth + 1)
            }
        }
    }
}
