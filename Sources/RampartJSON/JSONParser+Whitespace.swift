import RampartCore

extension JSONParser {
    /// Skips blanks and line breaks (and comments when allowed), keeping the line count.
    mutating func skipWhitespace() throws(JSONStop) {
        var cursor = index
        let count = text.count
        guard let base = text.baseAddress else { return }
        while cursor < count {
            // Indentation is runs of spaces: take them eight at a time, then one by one.
            while cursor + 8 <= count,
                UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020
            {
                cursor += 8
            }
            while cursor < count, base[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor < count else { break }
            let byte = base[cursor]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                cursor += 1
            } else if byte == UInt8(ascii: "\n") {
                cursor += 1
                index = cursor
                newLine()
            } else if byte == UInt8(ascii: "\r") {
                cursor += (cursor + 1 < count && text[cursor + 1] == UInt8(ascii: "\n")) ? 2 : 1
                index = cursor
                newLine()
            } else if byte == UInt8(ascii: "/") {
                index = cursor
                guard options.allowComments else {
                    throw stop("comments are not allowed in JSON; remove it, or read the file with the jsonc options")
                }
                try skipComment()
                cursor = index
            } else {
                break
            }
        }
        index = cursor
        if cursor < count { contentLine = line }
    }

    private mutating func newLine() {
        line += 1
        lineStart = index
        continuationBytes = 0
    }

    /// Reads a `// line` or `/* block */` comment into ``comments``.
    private mutating func skipComment() throws(JSONStop) {
        let start = position
        let isTrailing = contentLine == line
        guard index + 1 < text.count else { throw stop("expected '//' or '/*' to start a comment") }
        let kind = text[index + 1]
        index += 2
        let bodyStart = index
        var bodyEnd = index
        if kind == UInt8(ascii: "/") {
            while index < text.count, text[index] != UInt8(ascii: "\n"), text[index] != UInt8(ascii: "\r") {
                countContinuation()
            }
            bodyEnd = index
        } else if kind == UInt8(ascii: "*") {
            var closed = false
            while index < text.count {
                if text[index] == UInt8(ascii: "*"), index + 1 < text.count, text[index + 1] == UInt8(ascii: "/") {
                    bodyEnd = index
                    index += 2
                    closed = true
                    break
                }
                if text[index] == UInt8(ascii: "\n") || text[index] == UInt8(ascii: "\r") {
                    let isPair =
                        text[index] == UInt8(ascii: "\r") && index + 1 < text.count
                        && text[index + 1] == UInt8(ascii: "\n")
                    index += isPair ? 2 : 1
                    newLine()
                } else {
                    countContinuation()
                }
            }
            guard closed else {
                throw JSONStop(code: .syntaxError, message: "unterminated comment; close it with '*/'", position: start)
            }
        } else {
            index -= 1
            throw stop("expected '//' or '/*' to start a comment")
        }
        comments.append(
            Comment(
                text: Self.trimmed(UnsafeBufferPointer(rebasing: text[bodyStart..<bodyEnd])),
                position: start, isTrailing: isTrailing))
    }

    private mutating func countContinuation() {
        if text[index] & 0xC0 == 0x80 { continuationBytes += 1 }
        index += 1
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        let blanks: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        while start < end, blanks.contains(bytes[start]) { start += 1 }
        while end > start, blanks.contains(bytes[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
