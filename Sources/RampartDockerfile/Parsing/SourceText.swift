import RampartCore

/// The bytes of one Dockerfile with a line table, turning byte offsets into 1-based line/column
/// positions (columns in Unicode scalars).
///
/// Lookups going forward on the same line reuse the previous answer, so positioning every word of
/// a 50 MB line stays linear.
final class SourceText {
    /// UTF-8 bytes of the whole file (a leading byte-order mark is skipped by ``contentStart``).
    let bytes: [UInt8]
    /// Offset of the first byte after a UTF-8 byte-order mark.
    let contentStart: Int
    /// Offset where each physical line starts.
    let lineStarts: [Int]
    /// The last answer of ``position(of:)``: later offsets on the same line count on from it.
    private var cache = Cursor(line: -1, offset: 0, column: 1, nextLineStart: 0)

    private struct Cursor {
        var line: Int
        var offset: Int
        var column: Int
        /// Where the cursor's line ends (the next line's start, or past the end of the file).
        var nextLineStart: Int
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let first = hasBOM ? 3 : 0
        contentStart = first
        var starts = [first]
        bytes.withUnsafeBufferPointer { buffer in
            var offset = first
            let count = buffer.count
            while offset < count {
                if buffer[offset] == 0x0A, offset + 1 <= count { starts.append(offset + 1) }
                offset += 1
            }
        }
        if starts.count > 1, starts[starts.count - 1] == bytes.count { starts.removeLast() }
        lineStarts = starts
    }

    /// Number of physical lines (an empty file has one empty line).
    var lineCount: Int { lineStarts.count }

    /// The content of a 0-based line: start offset and end offset without `\n` or `\r\n`.
    func line(_ index: Int) -> (start: Int, end: Int) {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if index + 1 == lineStarts.count, end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return (start, end)
    }

    /// The 0-based line holding a byte offset, searching from a line known to start at or before it.
    func lineIndex(of offset: Int, hint: Int = -1) -> Int {
        lineStarts.withUnsafeBufferPointer { starts in
            if hint >= 0, offset >= starts[hint] {
                if hint + 1 == starts.count || offset < starts[hint + 1] { return hint }
                if hint + 2 == starts.count || offset < starts[hint + 2] { return hint + 1 }
            }
            var low = 0
            var high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
    }

    /// The 1-based position of a byte offset.
    func position(of offset: Int) -> SourcePosition {
        let clamped = min(max(offset, contentStart), bytes.count)
        var cursor = cache
        if cursor.line < 0 || clamped < cursor.offset || clamped >= cursor.nextLineStart {
            let line = lineIndex(of: clamped, hint: cursor.line)
            let next = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count + 1
            cursor = Cursor(line: line, offset: lineStarts[line], column: 1, nextLineStart: next)
        }
        cursor.column = bytes.withUnsafeBufferPointer { buffer in
            var column = cursor.column
            var index = cursor.offset
            while index < clamped {
                if buffer[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return column
        }
        cursor.offset = clamped
        cache = cursor
        return SourcePosition(line: cursor.line + 1, column: cursor.column)
    }

    /// The span between two byte offsets.
    func span(_ start: Int, _ end: Int) -> SourceSpan {
        let first = position(of: start)
        return SourceSpan(start: first, end: end <= start ? first : position(of: end))
    }

    /// The text between two byte offsets.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// Text assembled from pieces of the source (continuation lines, heredoc body lines) together
/// with the map from its offsets back to source offsets.
struct MappedText {
    /// The assembled bytes.
    var bytes: [UInt8] = []
    /// For each piece: where it starts in ``bytes`` and in the source.
    private(set) var pieces: [(local: Int, source: Int)] = []

    /// Appends `source.bytes[start..<end]`.
    mutating func append(from source: SourceText, _ start: Int, _ end: Int) {
        pieces.append((bytes.count, start))
        bytes.append(contentsOf: source.bytes[start..<end])
    }

    /// Maps the whole text, from its start, to a source offset (for decoded text).
    mutating func anchor(at sourceOffset: Int) {
        pieces = [(0, sourceOffset)]
    }

    /// Appends synthesized bytes that map to a source offset.
    mutating func append(byte: UInt8, at sourceOffset: Int) {
        pieces.append((bytes.count, sourceOffset))
        bytes.append(byte)
    }

    /// The source offset of a local offset; `isEnd` maps a piece boundary to the end of the
    /// earlier piece rather than the start of the next.
    func sourceOffset(_ local: Int, isEnd: Bool = false) -> Int {
        guard pieces.count > 1 else { return pieces.first.map { $0.source + local - $0.local } ?? local }
        var low = 0
        var high = pieces.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let boundary = pieces[mid].local
            if isEnd ? boundary < local : boundary <= local { low = mid } else { high = mid - 1 }
        }
        return pieces[low].source + (local - pieces[low].local)
    }

    /// The source span of a local range.
    func span(_ start: Int, _ end: Int, in source: SourceText) -> SourceSpan {
        let from = sourceOffset(start)
        return source.span(from, end <= start ? from : sourceOffset(end, isEnd: true))
    }

    /// The text of a local range.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
