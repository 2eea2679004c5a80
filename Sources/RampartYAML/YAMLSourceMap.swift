/// Line starts and comment candidates of a YAML text, found in one pass over its bytes.
///
/// Lines break where libyaml breaks them (`\n`, `\r\n`, a lone `\r`, NEL, LS, PS) and columns count
/// Unicode scalars, so positions computed here agree with libyaml's marks. A candidate is a `#` at
/// the start of a line or after a space or tab; whether it really starts a comment (and is not
/// inside a quoted or block scalar) is decided later against the scalars the parser reported.
struct YAMLSourceMap {
    /// One `#` that may start a comment.
    struct Candidate {
        /// Byte offset of the `#`.
        var offset: Int
        /// 0-based line and Unicode-scalar column, as libyaml counts them.
        var line: Int
        var column: Int
        /// Whether something other than blanks precedes it on its line.
        var isTrailing: Bool
    }

    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    private(set) var lineStarts: [Int] = [0]
    /// Candidates in source order.
    private(set) var candidates: [Candidate] = []
    /// Whether every byte is ASCII, so that byte offsets and columns coincide within a line.
    private(set) var isASCII = true

    init(scanning text: UnsafeBufferPointer<UInt8>) {
        let count = text.count
        var line = 0
        var column = 0
        var lineHasContent = false
        var afterBlank = true
        var index = 0
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                switch byte {
                case 0x0A, 0x0D:
                    index += (byte == 0x0D && index + 1 < count && text[index + 1] == 0x0A) ? 2 : 1
                    newLine(at: index, line: &line, column: &column)
                    lineHasContent = false
                    afterBlank = true
                    continue
                case 0x20, 0x09:
                    afterBlank = true
                case 0x23:
                    if afterBlank {
                        candidates.append(Candidate(offset: index, line: line, column: column, isTrailing: lineHasContent))
                    }
                    lineHasContent = true
                    afterBlank = false
                default:
                    lineHasContent = true
                    afterBlank = false
                }
                column += 1
                index += 1
                continue
            }
            isASCII = false
            if let width = Self.breakWidth(text, at: index) {
                index += width
                newLine(at: index, line: &line, column: &column)
                lineHasContent = false
                afterBlank = true
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            lineHasContent = true
            afterBlank = false
            index += 1
        }
    }

    private mutating func newLine(at offset: Int, line: inout Int, column: inout Int) {
        lineStarts.append(offset)
        line += 1
        column = 0
    }

    /// The byte length of a non-ASCII line break (NEL, LS, PS) at `index`, or `nil`.
    private static func breakWidth(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = text[index]
        if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80,
           text[index + 2] == 0xA8 || text[index + 2] == 0xA9 {
            return 3
        }
        return nil
    }

    /// The 0-based line holding a byte offset.
    func line(ofByte offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 0-based (line, column) of a byte offset; the column counts Unicode scalars.
    func position(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let line = line(ofByte: offset)
        let start = lineStarts[line]
        if isASCII { return (line, offset - start) }
        var column = 0
        var index = start
        while index < offset, index < text.count {
            if text[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// The byte offset of a 0-based (line, column) mark.
    func byteOffset(line: Int, column: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard line < lineStarts.count else { return text.count }
        let start = lineStarts[line]
        if isASCII { return min(start + column, text.count) }
        var remaining = column
        var index = start
        while index < text.count {
            if text[index] & 0xC0 != 0x80 {
                if remaining == 0 { return index }
                remaining -= 1
            }
            index += 1
        }
        return text.count
    }
}
