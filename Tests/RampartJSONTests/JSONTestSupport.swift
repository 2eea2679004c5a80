import Foundation
import RampartCore
import RampartJSON

/// Fixture loading and helpers shared by the JSON tests.
enum JSONTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func read(_ text: String, options: JSONReader.Options = .init()) -> JSONReadResult {
        JSONReader(options: options).read(text, file: "test.json")
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
}
