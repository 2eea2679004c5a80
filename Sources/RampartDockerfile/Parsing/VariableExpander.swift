/// Environment replacement as the Dockerfile reference describes it: quote removal plus `$var`,
/// `${var}`, `${var:-word}`, `${var-word}`, `${var:+word}`, `${var+word}`, `${var:?msg}` and the
/// `#`/`%` trimming forms, with the escape character protecting `$` and quotes.
///
/// Unknown variables are kept as written and make the result incomplete; an unset variable takes
/// the `:-`/`-` default (what a build without `--build-arg` does).
struct VariableExpander {
    let escape: UInt8
    let scope: VariableScope
    private static let maximumDepth = 64

    /// The expanded text and whether every variable it used was known.
    struct Result {
        var text: String
        var isComplete: Bool
    }

    /// Processes one word (whitespace is kept): `"$HOME"/bin` → `/root/bin`.
    func expand(_ bytes: [UInt8], from start: Int, to end: Int) -> Result {
        let isPlain = bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < end {
                let byte = buffer[index]
                if byte == 0x24 || byte == 0x27 || byte == 0x22 || byte == escape { return false }
                index += 1
            }
            return true
        }
        if isPlain { return Result(text: String(decoding: bytes[start..<end], as: UTF8.self), isComplete: true) }
        var lexer = Lexer(bytes: bytes, index: start, end: end, escape: escape, scope: scope)
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        lexer.process(until: nil, into: &output, depth: 0)
        return Result(text: String(decoding: output, as: UTF8.self), isComplete: lexer.isComplete)
    }

    private struct Lexer {
        let bytes: [UInt8]
        var index: Int
        let end: Int
        let escape: UInt8
        let scope: VariableScope
        var isComplete = true

        init(bytes: [UInt8], index: Int, end: Int, escape: UInt8, scope: VariableScope) {
            self.bytes = bytes
            self.index = index
            self.end = end
            self.escape = escape
            self.scope = scope
        }

        /// Processes until `stop` (consumed) or the end; returns `false` when `stop` was not met.
        @discardableResult
        mutating func process(until stop: UInt8?, into output: inout [UInt8], depth: Int) -> Bool {
            while index < end {
                let byte = bytes[index]
                if let stop, byte == stop {
                    index += 1
                    return true
                }
                switch byte {
                case escape:
                    index += 1
                    if index < end {
                        output.append(bytes[index])
                        index += 1
                    }
                case 0x27:
                    index += 1
                    while index < end, bytes[index] != 0x27 {
                        output.append(bytes[index])
                        index += 1
                    }
                    if index < end { index += 1 }
                case 0x22:
                    index += 1
                    doubleQuoted(into: &output, depth: depth)
                case 0x24:
                    dollar(into: &output, depth: depth)
                default:
                    output.append(byte)
                    index += 1
                }
            }
            return stop == nil
        }

        private mutating func doubleQuoted(into output: inout [UInt8], depth: Int) {
            while index < end {
                let byte = bytes[index]
                if byte == 0x22 {
                    index += 1
                    return
                }
                if byte == escape, index + 1 < end {
                    let next = bytes[index + 1]
                    if next == 0x22 || next == 0x24 || next == escape {
                        output.append(next)
                        index += 2
                        continue
                    }
                }
                if byte == 0x24 {
                    dollar(into: &output, depth: depth)
                    continue
                }
                output.append(byte)
                index += 1
            }
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x5F
        }

        private mutating func readName() -> String {
            let start = index
            while index < end, Self.isNameByte(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// Handles `$…` with `index` at the dollar sign.
        private mutating func dollar(into output: inout [UInt8], depth: Int) {
            let start = index
            index += 1
            guard index < end else {
                output.append(0x24)
                return
            }
            let next = bytes[index]
            if next == 0x7B {
                index += 1
                braced(from: start, into: &output, depth: depth)
                return
            }
            guard Self.isNameByte(next) else {
                output.append(0x24)
                return
            }
            let name = readName()
            if case .known(let value)? = scope[name] {
                output.append(contentsOf: value.utf8)
            } else {
                output.append(contentsOf: bytes[start..<index])
                isComplete = false
            }
        }

        /// Handles `${…}` with `index` after the brace.
        private mutating func braced(from start: Int, into output: inout [UInt8], depth: Int) {
            let name = readName()
            guard !name.isEmpty, index < end, depth < Self.maximumDepthLimit else {
                keepRaw(from: start, into: &output)
                return
            }
            if bytes[index] == 0x7D {
                index += 1
                if case .known(let value)? = scope[name] {
                    output.append(contentsOf: value.utf8)
                } else {
                    output.append(contentsOf: bytes[start..<index])
                    isComplete = false
                }
                return
            }
            var colon = false
            if bytes[index] == 0x3A {
                colon = true
                index += 1
            }
            guard index < end else {
                keepRaw(from: start, into: &output)
                return
            }
            var operation = [bytes[index]]
            index += 1
            if !colon, index < end, (operation[0] == 0x23 || operation[0] == 0x25), bytes[index] == operation[0] {
                operation.append(bytes[index])
                index += 1
            }
            let completeBefore = isComplete
            isComplete = true
            var word: [UInt8] = []
            let closed = process(until: 0x7D, into: &word, depth: depth + 1)
            let wordComplete = isComplete
            isComplete = completeBefore
            guard closed else {
                keepRaw(from: start, into: &output)
                return
            }
            let value = scope[name]
            let known: String? = if case .known(let text)? = value { text } else { nil }
            let isSet = colon ? !(known?.isEmpty ?? true) : known != nil
            let canTrim = !colon && known != nil && wordComplete && !word.contains(where: Self.isGlobByte)
            switch operation[0] {
            case 0x2D:
                if isSet, let known {
                    output.append(contentsOf: known.utf8)
                } else {
                    appendWord(word, wordComplete, &output)
                }
            case 0x2B:
                if isSet { appendWord(word, wordComplete, &output) }
            case 0x3F where isSet:
                output.append(contentsOf: known!.utf8)
            case 0x23 where canTrim, 0x25 where canTrim:
                output.append(contentsOf: Self.trim(known!, pattern: word, fromStart: operation[0] == 0x23).utf8)
            default:
                output.append(contentsOf: bytes[start..<index])
                isComplete = false
            }
        }

        private static let maximumDepthLimit = VariableExpander.maximumDepth

        private static func isGlobByte(_ byte: UInt8) -> Bool { byte == 0x2A || byte == 0x3F || byte == 0x5B }

        private static func trim(_ value: String, pattern: [UInt8], fromStart: Bool) -> String {
            let pattern = String(decoding: pattern, as: UTF8.self)
            if fromStart, value.hasPrefix(pattern) { return String(value.dropFirst(pattern.count)) }
            if !fromStart, value.hasSuffix(pattern) { return String(value.dropLast(pattern.count)) }
            return value
        }

        private mutating func appendWord(_ word: [UInt8], _ complete: Bool, _ output: inout [UInt8]) {
            output.append(contentsOf: word)
            if !complete { isComplete = false }
        }

        /// Copies a malformed or unsupported `${…` to the output unchanged, up to its `}` or the end.
        private mutating func keepRaw(from start: Int, into output: inout [UInt8]) {
            var level = 0
            index = start + 2
            while index < end {
                let byte = bytes[index]
                index += 1
                if byte == 0x7B { level += 1 }
                if byte == 0x7D {
                    if level == 0 { break }
                    level -= 1
                }
            }
            output.append(contentsOf: bytes[start..<index])
            isComplete = false
        }
    }
}
