import RampartCore

/// Turns comment candidates into ``Comment``s, dropping those inside quoted and block scalars, and
/// hands each document the comments of its part of the stream.
struct YAMLCommentCollector {
    /// A scalar whose text may contain ` #` without it being a comment (0-based libyaml marks; end exclusive).
    struct LiteralRange {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    let source: YAMLSourceMap
    let text: UnsafeBufferPointer<UInt8>
    let literalRanges: [LiteralRange]

    /// The comments of the whole stream, in source order.
    func comments() -> [Comment] {
        var comments: [Comment] = []
        var rangeIndex = 0
        var lastCommentLine = -1
        for candidate in source.candidates where candidate.line != lastCommentLine {
            while rangeIndex < literalRanges.count, Self.isBefore(literalRanges[rangeIndex], candidate) {
                rangeIndex += 1
            }
            if rangeIndex < literalRanges.count, Self.contains(literalRanges[rangeIndex], candidate) { continue }
            lastCommentLine = candidate.line
            comments.append(Comment(
                text: commentText(after: candidate.offset),
                position: SourcePosition(line: candidate.line + 1, column: candidate.column + 1),
                isTrailing: candidate.isTrailing
            ))
        }
        return comments
    }

    private static func isBefore(_ range: LiteralRange, _ candidate: YAMLSourceMap.Candidate) -> Bool {
        (range.endLine, range.endColumn) <= (candidate.line, candidate.column)
    }

    private static func contains(_ range: LiteralRange, _ candidate: YAMLSourceMap.Candidate) -> Bool {
        (range.startLine, range.startColumn) <= (candidate.line, candidate.column)
            && (candidate.line, candidate.column) < (range.endLine, range.endColumn)
    }

    /// The text after `#` up to the end of the line, without surrounding blanks.
    private func commentText(after offset: Int) -> String {
        var start = offset + 1
        var end = start
        while end < text.count, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        while start < end, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
        while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
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
