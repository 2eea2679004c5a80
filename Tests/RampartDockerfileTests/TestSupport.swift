import Foundation
import RampartCore
import RampartDockerfile

/// Parses text with a fixed file name.
func parse(_ text: String, file: String = "Dockerfile") -> Dockerfile {
    DockerfileParser().parse(text, file: file).0
}

/// Reads a fixture from `Fixtures/`.
func fixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

/// `line:column` of a span start, for compact assertions.
func at(_ span: SourceSpan) -> String { "\(span.start.line):\(span.start.column)" }

extension Dockerfile {
    /// The diagnostic codes, in order.
    var codes: [String] { diagnostics.map(\.code.rawValue) }
}

extension Instruction {
    /// The `args` texts.
    var argTexts: [String] { words.map(\.text) }
    /// Each command's args.
    var commandArgs: [[String]] { commands.map(\.argStrings) }
}

extension Node {
    /// Follows a dot path with `[n]` indices: `instructions[2].flags.mount`.
    func at(_ path: String) -> Node? {
        var node: Node? = self
        for component in path.split(separator: ".") {
            var name = Substring(component)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]") {
                indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)])!, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { node = node?[String(name)] }
            for index in indices { node = node?[index] }
        }
        return node
    }

    /// The texts of a list of strings.
    var strings: [String]? { listValue?.compactMap(\.stringValue) }
}
