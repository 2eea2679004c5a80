import RampartCore
import RampartTesting
import RampartYAML
import Testing

/// Random trees written as block YAML must read back to the same values. The JSON tests run the
/// same generator (same seeds) through JSON, so the two readers agree on every generated tree.
@Suite struct YAMLRoundTripTests {
    @Test(arguments: 0..<40)
    func randomTreeRoundTrips(seed: Int) {
        var generator = TreeGenerator(seed: UInt64(seed))
        let expected = generator.document()
        let text = YAMLEmitter.document(expected)
        let result = YAMLReader().read(text, file: "random.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.documents.first?.root.withoutPositions() == expected, "\(text)")
    }
}

/// Writes a tree as block-style YAML with every string double-quoted.
enum YAMLEmitter {
    static func document(_ root: Node) -> String {
        var lines: [String] = []
        emit(root, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func emit(_ node: Node, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        switch node.value {
        case .map(let mapping) where mapping.count > 0:
            for entry in mapping.entries {
                if isBlock(entry.value) {
                    lines.append(pad + quoted(entry.key) + ":")
                    emit(entry.value, indent: indent + 2, into: &lines)
                } else {
                    lines.append(pad + quoted(entry.key) + ": " + inline(entry.value))
                }
            }
        case .list(let items) where !items.isEmpty:
            for item in items {
                if isBlock(item) {
                    lines.append(pad + "-")
                    emit(item, indent: indent + 2, into: &lines)
                } else {
                    lines.append(pad + "- " + inline(item))
                }
            }
        default:
            lines.append(pad + inline(node))
        }
    }

    private static func isBlock(_ node: Node) -> Bool {
        switch node.value {
        case .map(let mapping): mapping.count > 0
        case .list(let items): !items.isEmpty
        default: false
        }
    }

    private static func inline(_ node: Node) -> String {
        switch node.value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): quoted(text)
        case .list: "[]"
        case .map: "{}"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
