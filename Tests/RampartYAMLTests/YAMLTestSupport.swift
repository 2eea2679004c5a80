import Foundation
import RampartCore
import RampartYAML

/// Fixture loading and small assertions shared by the YAML tests.
enum YAMLTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func read(_ text: String, reader: YAMLReader = YAMLReader()) -> YAMLReadResult {
        reader.read(text, file: "test.yaml")
    }

    /// The single document of a text, or `nil`.
    static func root(_ text: String, reader: YAMLReader = YAMLReader()) -> Node? {
        read(text, reader: reader).documents.first?.root
    }

    static func span(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceSpan {
        SourceSpan(line: line, column: column, endLine: endLine, endColumn: endColumn)
    }
}

extension Node {
    /// Follows a path of keys and indices.
    func at(_ path: Any...) -> Node? {
        var node: Node? = self
        for step in path {
            if let key = step as? String { node = node?[key] } else if let index = step as? Int { node = node?[index] }
        }
        return node
    }

    /// The key span of an entry of this mapping.
    func keySpan(_ key: String) -> SourceSpan? { mapValue?.entry(key)?.keySpan }
}
