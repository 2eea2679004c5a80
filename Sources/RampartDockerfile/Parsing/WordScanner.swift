/// Splits instruction text into words the way the Dockerfile frontend does before variable
/// substitution: flags first, then whitespace-separated words that may hold quoted parts.
enum WordScanner {
    /// A word found in a byte buffer: its range and, for flags, its text with quotes removed.
    struct RawWord {
        var start: Int
        var end: Int
        var text: [UInt8]
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// Skips whitespace from `index`.
    static func skipSpaces(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Int {
        var index = index
        while index < end, isSpace(bytes[index]) { index += 1 }
        return index
    }

    /// Reads leading `--flag[=value]` words; returns them and where the remaining text starts.
    ///
    /// Quotes inside a flag word are removed and a backslash escapes the next byte; a lone `--`
    /// ends the flags.
    static func extractFlags(_ bytes: [UInt8], from start: Int, to end: Int) -> (flags: [RawWord], rest: Int) {
        var flags: [RawWord] = []
        var index = start
        while true {
            index = skipSpaces(bytes, index, end)
            guard index + 1 < end, bytes[index] == 0x2D, bytes[index + 1] == 0x2D else { return (flags, index) }
            let wordStart = index
            var text: [UInt8] = []
            var quote: UInt8 = 0
            while index < end {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote {
                        quote = 0
                    } else if byte == 0x5C, index + 1 < end {
                        index += 1
                        text.append(bytes[index])
                    } else {
                        text.append(byte)
                    }
                } else if isSpace(byte) {
                    break
                } else if byte == 0x27 || byte == 0x22 {
                    quote = byte
                } else if byte == 0x5C {
                    if index + 1 < end {
                        index += 1
                        text.append(bytes[index])
                    }
                } else {
                    text.append(byte)
                }
                index += 1
            }
            if text == [0x2D, 0x2D] { return (flags, skipSpaces(bytes, index, end)) }
            flags.append(RawWord(start: wordStart, end: index, text: text))
        }
    }

    /// Splits on whitespace outside quotes, keeping quotes and escapes in the words (the
    /// frontend's `parseWords`): `a="b c" d` → `a="b c"`, `d`.
    static func quotedWords(_ bytes: [UInt8], from start: Int, to end: Int, escape: UInt8) -> [RawWord] {
        var words: [RawWord] = []
        var index = start
        while true {
            index = skipSpaces(bytes, index, end)
            if index >= end { return words }
            let wordStart = index
            var quote: UInt8 = 0
            while index < end {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote {
                        quote = 0
                    } else if byte == escape, quote != 0x27, index + 1 < end {
                        index += 1
                    }
                } else if isSpace(byte) {
                    break
                } else if byte == 0x27 || byte == 0x22 {
                    quote = byte
                } else if byte == escape, index + 1 < end {
                    index += 1
                }
                index += 1
            }
            words.append(RawWord(start: wordStart, end: index, text: []))
        }
    }

    /// Splits on whitespace only (the frontend's `parseStringsWhitespaceDelimited`).
    static func plainWords(_ bytes: [UInt8], from start: Int, to end: Int) -> [RawWord] {
        var words: [RawWord] = []
        var index = start
        while true {
            index = skipSpaces(bytes, index, end)
            if index >= end { return words }
            let wordStart = index
            while index < end, !isSpace(bytes[index]) { index += 1 }
            words.append(RawWord(start: wordStart, end: index, text: []))
        }
    }
}
