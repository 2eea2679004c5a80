/// Finds byte offsets of libyaml's (line, column) marks and back, with little memory.
///
/// Lines break where libyaml breaks them (`\n`, `\r\n`, a lone `\r`, NEL, LS, PS) and columns count
/// Unicode scalars, so positions computed here agree with libyaml's marks. Rather than one entry per
/// line (which a file of newlines would turn into eight bytes per input byte), it keeps the offset of
/// every 64th line and walks from the nearest one.
struct YAMLSourceMap {
    /// Lines between two checkpoints.
    static let stride = 64

    /// Byte offset where line `k * stride` starts.
    private(set) var checkpoints: [Int] = [0]
    /// Whether every byte is ASCII.
    private(set) var isASCII = true

    init(scanning text: UnsafeBufferPointer<UInt8>) {
        var line = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte > 0x0D && byte < 0x80 {
                index += 1
                continue
            }
            if byte >= 0x80 { isASCII = false }
            if Self.step(text, &index) {
                line += 1
                if line % Self.stride == 0 { checkpoints.append(index) }
            }
        }
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
        case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
            index += 3
            return true
        default:
            index += 1
            while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
            return false
        }
    }

    /// The byte offset of a 0-based (line, column) mark.
    func byteOffset(line: Int, column: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        let checkpoint = min(line / Self.stride, checkpoints.count - 1)
        var index = checkpoints[checkpoint]
        var currentLine = checkpoint * Self.stride
        while currentLine < line, index < text.count {
            if Self.step(text, &index) { currentLine += 1 }
        }
        var remaining = column
        while remaining > 0, index < text.count {
            var next = index
            if Self.step(text, &next) { break }
            index = next
            remaining -= 1
        }
        return index
    }

    /// The 0-based (line, column) of a byte offset; the column counts Unicode scalars.
    func position(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if checkpoints[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var index = checkpoints[low]
        var line = low * Self.stride
        var column = 0
        while index < offset, index < text.count {
            if Self.step(text, &index) {
                line += 1
                column = 0
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
