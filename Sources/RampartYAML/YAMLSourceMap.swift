#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts libyaml's (line, column) marks to byte offsets and back.
///
/// Lines break where libyaml breaks them (`\n`, `\r\n`, a lone `\r`, NEL, LS, PS) and columns count
/// Unicode scalars, so positions computed here agree with libyaml's marks. Lookups walk the text
/// from a ``LineCursor`` that moves forward with the parse, so a whole file costs one walk however
/// many lookups it needs; nothing is precomputed for files that need none.
enum YAMLSourceMap {
    /// A remembered line start.
    struct LineCursor {
        var line = 0
        var offset = 0
        /// Whether `\n` is the text's only line break (no `\r`, NEL, LS or PS), so lines can be
        /// skipped with `memchr`; found out on first use.
        var onlyLineFeeds: Bool?
    }

    /// Moves `index` past one character (a whole `\r\n` pair or multi-byte break counts as one) and
    /// tells whether it was a line break.
    @inline(__always)
    static func step(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        let byte = text[index]
        switch byte {
        case 0x0A:
            index += 1
            return true
        case 0x0D:
            index += (index + 1 < text.count && text[index + 1] == 0x0A) ? 2 : 1
            return true
        case 0xC2 where index + 1 < text.count && text[index + 1] == 0x85:
            index += 2
            return true
        case 0xE2
        where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
            index += 3
            return true
        default:
            index += 1
            while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
            return false
        }
    }

    /// The byte offset of a 0-based (line, column) mark, walking from `cursor` (or from the start when
    /// the mark lies before it) and leaving the cursor at the start of `line`.
    static func byteOffset(line: Int, column: Int, in text: UnsafeBufferPointer<UInt8>, cursor: inout LineCursor) -> Int
    {
        if cursor.line > line { cursor = LineCursor(onlyLineFeeds: cursor.onlyLineFeeds) }
        var currentLine = cursor.line
        var index = cursor.offset
        let count = text.count
        let onlyLineFeeds = cursor.onlyLineFeeds ?? hasOnlyLineFeeds(text)
        if onlyLineFeeds, let base = text.baseAddress {
            while currentLine < line, index < count {
                guard let found = memchr(base + index, 0x0A, count - index) else {
                    index = count
                    break
                }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                currentLine += 1
            }
        }
        while currentLine < line, index < count {
            let byte = text[index]
            if byte > 0x0D, byte < 0xC2 {
                index += 1
                continue
            }
            if step(text, &index) { currentLine += 1 }
        }
        cursor = LineCursor(line: currentLine, offset: index, onlyLineFeeds: onlyLineFeeds)
        var remaining = column
        while remaining > 0, index < text.count {
            var next = index
            if step(text, &next) { break }
            index = next
            remaining -= 1
        }
        return index
    }

    /// Whether the text breaks lines with `\n` alone: no `\r` and no lead byte of NEL, LS or PS.
    private static func hasOnlyLineFeeds(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        return memchr(base, 0x0D, text.count) == nil && memchr(base, 0xC2, text.count) == nil
            && memchr(base, 0xE2, text.count) == nil
    }

    /// The 0-based (line, column) of a byte offset, walking from the start (for error reports).
    static func position(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var index = 0
        var line = 0
        var column = 0
        while index < offset, index < text.count {
            if step(text, &index) {
                line += 1
                column = 0
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The byte offset where the line holding `offset` starts, found by looking back for a break.
    static func lineStart(before offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset
        while index > 0 {
            let byte = text[index - 1]
            if byte == 0x0A || byte == 0x0D { return index }
            if byte == 0x85, index >= 2, text[index - 2] == 0xC2 { return index }
            if byte == 0xA8 || byte == 0xA9, index >= 3, text[index - 2] == 0x80, text[index - 3] == 0xE2 {
                return index
            }
            index -= 1
        }
        return 0
    }
}
