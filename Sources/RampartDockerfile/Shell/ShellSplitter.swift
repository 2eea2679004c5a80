/// A small POSIX-shell lexer that splits a `RUN` line or heredoc body into simple commands.
///
/// Handles single and double quotes, backslash escapes and line continuations, the operators
/// `&&`, `||`, `;`, `|`, `|&`, `&` and newlines, redirections (kept apart from the arguments),
/// subshells and `{ …; }` groups (flattened), `$( … )`, `${ … }` and backticks (kept inside the word
/// as written) and `#` comments at word start. Leading reserved words (`if`, `then`, `do` …) are
/// dropped so `then apt-get install` reads as `apt-get install`. It is not a full shell, but it is
/// linear and never fails.
struct ShellSplitter {
    /// A word and where it is in the input.
    struct RawWord {
        var text: String
        var start: Int
        var end: Int
        var isQuoted: Bool
    }

    /// A `<<EOF` / `<<-"EOF"` redirection met in a command.
    struct HeredocMarker {
        var name: String
        var stripTabs: Bool
        var isQuoted: Bool
    }

    /// One simple command.
    struct RawCommand {
        var args: [RawWord] = []
        var assignments: [RawWord] = []
        var redirects: [RawWord] = []
        var heredocs: [HeredocMarker] = []
        var pipeTo = false
        var start = -1
        var end = 0
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let escape: UInt8
    private var index: Int
    private let end: Int
    private var commands: [RawCommand] = []
    private var current = RawCommand()

    private static let reservedPrefixes: Set<String> = [
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "esac", "time",
    ]

    /// Splits `bytes[start..<end]` into commands, in order; commands without words are kept (their
    /// heredoc markers matter) and callers drop them.
    ///
    /// `escape` is the shell's escape character: `\` for POSIX shells; Dockerfiles declaring
    /// `` # escape=` `` target Windows shells, where a backslash is a path separator.
    static func split(_ bytes: [UInt8], from start: Int, to end: Int, escape: UInt8 = 0x5C) -> [RawCommand] {
        bytes.withUnsafeBufferPointer { buffer in
            var splitter = ShellSplitter(bytes: buffer, escape: escape, index: start, end: min(end, buffer.count))
            splitter.run()
            return splitter.commands
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, escape: UInt8, index: Int, end: Int) {
        self.bytes = bytes
        self.escape = escape
        self.index = index
        self.end = end
    }

    private mutating func run() {
        while index < end {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A, 0x3B, 0x28, 0x29:
                index += 1
                finishCommand(pipe: false)
            case 0x26:
                if index + 1 < end, bytes[index + 1] == 0x3E {
                    redirect(prefix: [])
                } else {
                    index += index + 1 < end && bytes[index + 1] == 0x26 ? 2 : 1
                    finishCommand(pipe: false)
                }
            case 0x7C:
                if index + 1 < end, bytes[index + 1] == 0x7C {
                    index += 2
                    finishCommand(pipe: false)
                } else {
                    index += index + 1 < end && bytes[index + 1] == 0x26 ? 2 : 1
                    finishCommand(pipe: true)
                }
            case 0x23:
                while index < end, bytes[index] != 0x0A { index += 1 }
            case 0x3C, 0x3E:
                redirect(prefix: [])
            case escape where index + 1 < end && bytes[index + 1] == 0x0A:
                index += 2
            default:
                word()
            }
        }
        finishCommand(pipe: false)
    }

    private mutating func finishCommand(pipe: Bool) {
        if current.start >= 0 {
            current.pipeTo = pipe
            commands.append(current)
        }
        current = RawCommand()
    }

    private mutating func note(start: Int, end wordEnd: Int) {
        if current.start < 0 { current.start = start }
        current.end = wordEnd
    }

    /// Bytes that neither end a word nor start a quote, escape or expansion.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x26, 0x7C, 0x28, 0x29, 0x3C, 0x3E, 0x5C, 0x27, 0x22, 0x24, 0x60: false
        default: true
        }
    }

    private static func isBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x26, 0x7C, 0x28, 0x29, 0x3C, 0x3E: true
        default: false
        }
    }

    /// Reads one word (quote removal; expansions kept as written) starting at `index`.
    private mutating func readWord() -> (text: [UInt8], start: Int, quoted: Bool) {
        let start = index
        var text: [UInt8] = []
        var quoted = false
        while index < end {
            let byte = bytes[index]
            if Self.isBreak(byte) { break }
            switch byte {
            case escape:
                index += 1
                if index < end {
                    if bytes[index] != 0x0A { text.append(bytes[index]) }
                    index += 1
                }
                quoted = true
            case 0x27:
                quoted = true
                index += 1
                while index < end, bytes[index] != 0x27 {
                    text.append(bytes[index])
                    index += 1
                }
                index += 1
            case 0x22:
                quoted = true
                index += 1
                doubleQuoted(into: &text)
            case 0x24 where index + 1 < end && (bytes[index + 1] == 0x28 || bytes[index + 1] == 0x7B):
                copyBalanced(open: bytes[index + 1], into: &text)
            case 0x60:
                copyBackticks(into: &text)
            default:
                let run = index
                index += 1
                while index < end, Self.isPlain(bytes[index]) { index += 1 }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            }
        }
        index = min(index, end)
        return (text, start, quoted)
    }

    private mutating func doubleQuoted(into text: inout [UInt8]) {
        while index < end {
            let byte = bytes[index]
            switch byte {
            case 0x22:
                index += 1
                return
            case escape where index + 1 < end:
                let next = bytes[index + 1]
                if next == 0x0A {
                } else if next == 0x24 || next == 0x60 || next == 0x22 || next == escape {
                    text.append(next)
                } else {
                    text.append(byte)
                    text.append(next)
                }
                index += 2
            case 0x24 where index + 1 < end && (bytes[index + 1] == 0x28 || bytes[index + 1] == 0x7B):
                copyBalanced(open: bytes[index + 1], into: &text)
            case 0x60:
                copyBackticks(into: &text)
            default:
                text.append(byte)
                index += 1
            }
        }
    }

    /// Copies `$( … )` or `${ … }` as written, honouring nesting and quotes inside.
    private mutating func copyBalanced(open: UInt8, into text: inout [UInt8]) {
        let close: UInt8 = open == 0x28 ? 0x29 : 0x7D
        let start = index
        index += 2
        var depth = 1
        while index < end, depth > 0 {
            let byte = bytes[index]
            switch byte {
            case open: depth += 1
            case close: depth -= 1
            case 0x5C: index += 1
            case 0x27:
                index += 1
                while index < end, bytes[index] != 0x27 { index += 1 }
            case 0x22:
                index += 1
                while index < end, bytes[index] != 0x22 {
                    if bytes[index] == 0x5C { index += 1 }
                    index += 1
                }
            default: break
            }
            index += 1
        }
        index = min(index, end)
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    }

    private mutating func copyBackticks(into text: inout [UInt8]) {
        let start = index
        index += 1
        while index < end, bytes[index] != 0x60 {
            if bytes[index] == 0x5C { index += 1 }
            index += 1
        }
        index = min(index + 1, end)
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    }

    private mutating func word() {
        let (text, start, quoted) = readWord()
        guard index > start else {
            index += 1
            return
        }
        if index < end, bytes[index] == 0x3C || bytes[index] == 0x3E, !quoted,
            text.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            index = start
            while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            redirect(prefix: text)
            return
        }
        let string = String(decoding: text, as: UTF8.self)
        let raw = RawWord(text: string, start: start, end: index, isQuoted: quoted)
        if current.args.isEmpty {
            if !quoted, Self.reservedPrefixes.contains(string) {
                if string == "{" || string == "}" || string == "!" || string == "time" || current.start < 0 { return }
            }
            if Self.isAssignment(text) {
                note(start: start, end: index)
                current.assignments.append(raw)
                return
            }
        }
        note(start: start, end: index)
        current.args.append(raw)
    }

    private static func isAssignment(_ text: [UInt8]) -> Bool {
        guard let equals = text.firstIndex(of: 0x3D), equals > 0 else { return false }
        let first = text[0]
        guard (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || first == 0x5F else {
            return false
        }
        return text[..<equals].allSatisfy {
            ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F
        }
    }

    /// Reads a redirection operator (at `index`) and its target word.
    private mutating func redirect(prefix: [UInt8]) {
        let start = index - prefix.count
        var operatorBytes = prefix
        func take(_ accepted: UInt8...) {
            if index < end, accepted.contains(bytes[index]) {
                operatorBytes.append(bytes[index])
                index += 1
            }
        }
        take(0x26)
        var isHeredoc = false
        if index < end, bytes[index] == 0x3C {
            take(0x3C)
            if index < end, bytes[index] == 0x3C {
                take(0x3C)
                if index < end, bytes[index] == 0x3C {
                    take(0x3C)
                } else {
                    isHeredoc = true
                    take(0x2D)
                }
            } else {
                take(0x26, 0x3E)
            }
        } else {
            take(0x3E)
            take(0x3E, 0x26, 0x7C)
        }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        var target: (text: [UInt8], start: Int, quoted: Bool) = ([], index, false)
        if index < end, !Self.isBreak(bytes[index]) { target = readWord() }
        if isHeredoc, !target.text.isEmpty {
            current.heredocs.append(
                HeredocMarker(
                    name: String(decoding: target.text, as: UTF8.self),
                    stripTabs: operatorBytes.last == 0x2D,
                    isQuoted: target.quoted
                ))
        }
        note(start: start, end: index)
        current.redirects.append(
            RawWord(
                text: String(decoding: operatorBytes + target.text, as: UTF8.self), start: start, end: index,
                isQuoted: target.quoted
            ))
    }
}
