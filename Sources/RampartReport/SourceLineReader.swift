import Foundation

/// Reads the lines of a scanned file so the table can show code frames.
///
/// A reader is a closure from the file path a finding names (relative to the scan root) to the
/// file's lines, or `nil` when the file cannot be read; the table then shows no frame. Tests use
/// ``inMemory(_:)``; the CLI uses ``fileSystem(root:maximumBytes:)``.
///
/// ```swift
/// let reader = SourceLineReader.inMemory(["pod.yaml": "kind: Pod\nspec: {}\n"])
/// reader.lines(of: "pod.yaml")?.first  // "kind: Pod"
/// ```
public struct SourceLineReader: Sendable {
    private let read: @Sendable (String) -> [Substring]?

    /// Creates a reader from a closure.
    public init(_ read: @escaping @Sendable (String) -> [Substring]?) {
        self.read = read
    }

    /// The lines of `file` without their terminators, or `nil` when unavailable.
    public func lines(of file: String) -> [Substring]? { read(file) }

    /// A reader that never has source: reports show no code frames.
    public static let none = SourceLineReader { _ in nil }

    /// A reader over files held in memory, keyed by the paths findings use.
    public static func inMemory(_ files: [String: String]) -> SourceLineReader {
        let split = files.mapValues(Self.splitLines)
        return SourceLineReader { split[$0] }
    }

    /// A reader of real files: relative paths resolve against `root`, absolute ones stay as they
    /// are. Files larger than `maximumBytes`, unreadable or not regular files yield `nil`.
    public static func fileSystem(root: String, maximumBytes: Int = 16 << 20) -> SourceLineReader {
        let base = URL(fileURLWithPath: root, isDirectory: true)
        return SourceLineReader { file in
            let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : base.appendingPathComponent(file)
            guard
                let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular,
                let size = attributes[.size] as? NSNumber, size.intValue <= maximumBytes,
                let data = try? Data(contentsOf: url)
            else { return nil }
            return splitLines(String(decoding: data, as: UTF8.self))
        }
    }

    /// Splits text at `\n`, `\r\n` and `\r`, the line breaks the parsers count.
    ///
    /// Works on UTF-8 bytes rather than grapheme clusters, so a large file splits at memory speed.
    public static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(text[lineStart..<index])
                var next = utf8.index(after: index)
                if byte == UInt8(ascii: "\r"), next != utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                    next = utf8.index(after: next)
                }
                lineStart = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if lineStart != utf8.endIndex || lines.isEmpty { lines.append(text[lineStart...]) }
        return lines
    }
}
