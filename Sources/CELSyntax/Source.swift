/// The text of one CEL expression with a line table, used to turn offsets into line:column and to
/// render a caret under the offending character.
public struct Source: Sendable, Hashable {
    /// A line and column, both 1-based; the column counts Unicode scalars.
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
        public var description: String { "\(line):\(column)" }
    }

    /// The expression text.
    public let text: String
    /// A description of where the text came from, e.g. `<input>` or `rules/x.yaml`.
    public let name: String
    /// Scalar offset of the first character of each line.
    private let lineStarts: [Int]
    /// Number of Unicode scalars in the text.
    private let scalarCount: Int

    /// Creates a source.
    public init(_ text: String, name: String = "<input>") {
        self.text = text
        self.name = name
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (lineStarts: [Int], scalarCount: Int) {
            var starts = [0]
            var scalarIndex = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                scalarIndex += 1
                if byte == 0x0A { starts.append(scalarIndex) }
            }
            return (starts, scalarIndex)
        }
        let table = text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
        self.lineStarts = table.lineStarts
        self.scalarCount = table.scalarCount
    }

    /// The 1-based line and column of a scalar offset.
    public func location(ofOffset offset: Int) -> Location {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return Location(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The text of a 1-based line, without its newline.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : scalarCount
        let scalars = text.unicodeScalars
        let startIndex = scalars.index(scalars.startIndex, offsetBy: start)
        if end > start, scalars[scalars.index(startIndex, offsetBy: end - start - 1)] == "\r" { end -= 1 }
        let endIndex = scalars.index(startIndex, offsetBy: max(0, end - start))
        return String(scalars[startIndex..<endIndex])
    }

    /// Renders a message in the style of cel-go: `ERROR: <input>:1:5: message` followed by the
    /// source line and a caret under the column.
    public func render(message: String, at location: Location) -> String {
        var out = "ERROR: \(name):\(location.line):\(location.column): \(message)"
        if let text = line(location.line) {
            out += "\n | \(text)\n | "
            out += String(repeating: ".", count: max(0, location.column - 1)) + "^"
        }
        return out
    }
}
