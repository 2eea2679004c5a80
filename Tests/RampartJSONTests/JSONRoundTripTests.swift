import Foundation
import RampartCore
import RampartJSON
import RampartTesting
import Testing

/// Random trees written as JSON must read back to the same values; the YAML tests check the same
/// trees (same generator, same seeds) through block YAML.
@Suite struct JSONRoundTripTests {
    @Test(arguments: 0..<40)
    func randomTreeRoundTrips(seed: Int) {
        var generator = TreeGenerator(seed: UInt64(seed))
        let expected = generator.document()
        let text = JSONEmitter.text(expected)
        let result = JSONReader().read(text, file: "random.json")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.document?.root.withoutPositions() == expected, "\(text)")
    }
}

/// Writes a tree as compact JSON.
enum JSONEmitter {
    static func text(_ node: Node) -> String {
        switch node.value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): quoted(text)
        case .list(let items): "[" + items.map(text).joined(separator: ", ") + "]"
        case .map(let mapping):
            "{" + mapping.entries.map { quoted($0.key) + ": " + text($0.value) }.joined(separator: ",\n ") + "}"
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
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case _ where scalar.value > 0xFFFF:
                for unit in String(scalar).utf16 { out += "\\u" + String(unit, radix: 16) }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
