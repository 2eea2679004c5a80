import RampartCore

/// Finds `#` comments, which libyaml drops, and hands each document the comments of its part of the stream.
///
/// A `#` starts a comment at the start of a line or after a space or tab, unless it lies inside a
/// quoted or block scalar; the parser reports those scalars' ranges, and the scan walks through them
/// without looking. Plain scalars cannot contain ` #`, so they need no care.
struct YAMLCommentCollector {
    /// A scalar whose text may contain ` #` without it being a comment (0-based libyaml marks; end exclusive).
    struct LiteralRange {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    let text: UnsafeBufferPointer<UInt8>
    let literalRanges: [LiteralRange]

    /// The comments of the whole stream, in source order.
    ///
    /// The scan looks at each byte once and only tracks lines; columns are counted when a comment or a
    /// literal range needs one.
    func comments() -> [Comment] {
        var scan = Scan(text: text, ranges: literalRanges)
        scan.prepareNextRange(column: 0)
        let count = text.count
        while scan.index < count {
            let limit = min(scan.nextRangeStart, count)
            var index = scan.index
            while index < limit {
                let byte = text[index]
                if byte == 0x23 || byte == 0x0A || byte == 0x0D || byte >= 0x80 { break }
                index += 1
            }
            scan.index = index
            if index >= count { break }
            if index >= scan.nextRangeStart {
                scan.walkThroughRange()
                continue
            }
            let byte = text[index]
            if byte == 0x23,
                scan.index == scan.lineStart || text[scan.index - 1] == 0x20 || text[scan.index - 1] == 0x09
            {
                scan.comments.append(comment(at: scan.index, line: scan.line, lineStart: scan.lineStart))
                while scan.index < count, text[scan.index] != 0x0A, text[scan.index] != 0x0D { scan.index += 1 }
                continue
            }
            if byte == 0x23 {
                scan.index += 1
                continue
            }
            if YAMLSourceMap.step(text, &scan.index) {
                scan.line += 1
                scan.lineStart = scan.index
                scan.prepareNextRange(column: 0)
            }
        }
        return scan.comments
    }

    /// The cursor of ``comments()``.
    private struct Scan {
        let text: UnsafeBufferPointer<UInt8>
        let ranges: [LiteralRange]
        var comments: [Comment] = []
        var index = 0
        var line = 0
        var lineStart = 0
        var rangeIndex = 0
        /// Byte offset where the next literal range starts, or `Int.max` while it is not on this line.
        var nextRangeStart = Int.max
        /// The column at ``nextRangeStart``.
        var nextRangeColumn = 0

        init(text: UnsafeBufferPointer<UInt8>, ranges: [LiteralRange]) {
            self.text = text
            self.ranges = ranges
        }

        /// Finds where the next range starts, knowing the cursor is at `column` of the current line.
        mutating func prepareNextRange(column: Int) {
            nextRangeStart = Int.max
            while rangeIndex < ranges.count {
                let range = ranges[rangeIndex]
                if (range.endLine, range.endColumn) <= (line, column) {
                    rangeIndex += 1
                    continue
                }
                if (range.startLine, range.startColumn) <= (line, column) {
                    nextRangeStart = index
                    nextRangeColumn = column
                } else if range.startLine == line {
                    var offset = index
                    var remaining = range.startColumn - column
                    while remaining > 0, offset < text.count {
                        var next = offset
                        if YAMLSourceMap.step(text, &next) { break }
                        offset = next
                        remaining -= 1
                    }
                    nextRangeStart = offset
                    nextRangeColumn = range.startColumn - remaining
                }
                return
            }
        }

        /// Moves the cursor to the end of the current range without looking for comments.
        mutating func walkThroughRange() {
            let range = ranges[rangeIndex]
            var column = nextRangeColumn
            while index < text.count, (line, column) < (range.endLine, range.endColumn) {
                if YAMLSourceMap.step(text, &index) {
                    line += 1
                    lineStart = index
                    column = 0
                } else {
                    column += 1
                }
            }
            rangeIndex += 1
            prepareNextRange(column: column)
        }
    }

    /// Unicode scalars between the line start and `offset`.
    static func column(of offset: Int, lineStart: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 0
        for index in lineStart..<offset where text[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    private func comment(at offset: Int, line: Int, lineStart: Int) -> Comment {
        var end = offset + 1
        while end < text.count, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        let isTrailing = text[lineStart..<offset].contains { $0 != 0x20 && $0 != 0x09 }
        return Comment(
            text: Self.trimmed(UnsafeBufferPointer(rebasing: text[(offset + 1)..<end])),
            position: SourcePosition(
                line: line + 1, column: Self.column(of: offset, lineStart: lineStart, in: text) + 1),
            isTrailing: isTrailing
        )
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Gives each document the comments from its start to the next document's start; comments before
    /// the first document go to the first.
    static func distribute(_ comments: [Comment], into documents: inout [Document], starts: [SourcePosition]) {
        guard !documents.isEmpty, !comments.isEmpty else { return }
        var documentIndex = 0
        for comment in comments {
            while documentIndex + 1 < documents.count, starts[documentIndex + 1] <= comment.position {
                documentIndex += 1
            }
            documents[documentIndex].comments.append(comment)
        }
    }
}
