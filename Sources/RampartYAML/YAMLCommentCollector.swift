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
    func comments() -> [Comment] {
        var comments: [Comment] = []
        var rangeIndex = 0
        var index = 0
        var line = 0
        var column = 0
        var lineHasContent = false
        var afterBlank = true
        let count = text.count
        while index < count {
            if rangeIndex < literalRanges.count {
                let range = literalRanges[rangeIndex]
                if (line, column) >= (range.startLine, range.startColumn) {
                    while index < count, (line, column) < (range.endLine, range.endColumn) {
                        if YAMLSourceMap.step(text, &index) {
                            line += 1
                            column = 0
                        } else {
                            column += 1
                        }
                    }
                    rangeIndex += 1
                    lineHasContent = true
                    afterBlank = false
                    continue
                }
            }
            let byte = text[index]
            if byte == 0x23, afterBlank {
                let start = index
                while index < count, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
                comments.append(Comment(
                    text: Self.trimmed(UnsafeBufferPointer(rebasing: text[(start + 1)..<index])),
                    position: SourcePosition(line: line + 1, column: column + 1),
                    isTrailing: lineHasContent
                ))
                while rangeIndex < literalRanges.count, literalRanges[rangeIndex].startLine <= line { rangeIndex += 1 }
                continue
            }
            if YAMLSourceMap.step(text, &index) {
                line += 1
                column = 0
                lineHasContent = false
                afterBlank = true
            } else {
                column += 1
                afterBlank = byte == 0x20 || byte == 0x09
                if !afterBlank { lineHasContent = true }
            }
        }
        return comments
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
