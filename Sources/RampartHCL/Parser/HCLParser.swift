/// Parses HCL native syntax into an ``HCLFile``: a recursive-descent parser working directly on UTF-8 bytes.
///
/// Syntax errors become diagnostics and the parser resumes at the next line (or closing brace), so
/// the rest of the file is still read. Nesting deeper than ``maximumDepth`` is reported, never overflowed.
public struct HCLParser {
    /// Deepest nesting of expressions and blocks accepted.
    public static let maximumDepth = 100

    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1
    var lineHasCode = false
    /// Greater than zero inside brackets, where newlines are insignificant.
    var nesting = 0
    var depth = 0
    var diagnostics: [HCLDiagnostic] = []
    var comments: [HCLComment] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// Parses a whole file of native syntax.
    public static func parse(_ text: String, file: String = "") -> HCLFile {
        var parser = HCLParser(text)
        let body = parser.parseBody(inBlock: false)
        return HCLFile(name: file, body: body, comments: parser.comments, diagnostics: parser.diagnostics, source: text)
    }

    /// Parses a standalone expression (the whole input must be one expression).
    public static func parseExpression(_ text: String) -> (HCLExpression?, [HCLDiagnostic]) {
        var parser = HCLParser(text)
        parser.nesting = 1
        do {
            let expression = try parser.parseExpression()
            parser.skipTrivia(newlines: true)
            if !parser.atEnd { parser.error("Extra characters after expression", at: parser.characterRange()) }
            return (expression, parser.diagnostics)
        } catch {
            return (nil, parser.diagnostics)
        }
    }

    /// Parses a standalone template (the text of a heredoc body, without delimiters).
    public static func parseTemplate(_ text: String) -> (HCLExpression?, [HCLDiagnostic]) {
        var parser = HCLParser(text)
        let start = parser.position
        do {
            let parts = try parser.parseTemplateParts(mode: .bare, opener: HCLRange(start: start, end: start))
            return (
                HCLExpression(.template(parts), range: HCLRange(start: start, end: parser.position)), parser.diagnostics
            )
        } catch {
            return (nil, parser.diagnostics)
        }
    }

    // MARK: Cursor

    var atEnd: Bool { index >= bytes.count }

    var position: HCLPosition { HCLPosition(line: line, column: column, byte: index) }

    func peek(_ offset: Int = 0) -> UInt8 {
        let at = index + offset
        return at < bytes.count ? bytes[at] : 0
    }

    mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 10 {
            line += 1
            column = 1
            lineHasCode = false
        } else {
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte != 32 && byte != 9 && byte != 13 { lineHasCode = true }
        }
    }

    mutating func advance(by count: Int) {
        for _ in 0..<count where !atEnd { advance() }
    }

    /// The range of the single character (scalar) at the cursor.
    func characterRange() -> HCLRange {
        var copy = self
        let start = position
        if !copy.atEnd {
            copy.advance()
            while !copy.atEnd, copy.peek() & 0xC0 == 0x80 { copy.advance() }
        }
        return HCLRange(start: start, end: copy.position)
    }

    /// The range of the ASCII character at the cursor (cheaper than ``characterRange()``).
    func asciiRange() -> HCLRange {
        let start = position
        return HCLRange(
            start: start, end: HCLPosition(line: start.line, column: start.column + 1, byte: start.byte + 1))
    }

    /// The range of the token at the cursor: a whole identifier or number, otherwise one character.
    func tokenRange() -> HCLRange {
        guard !atEnd, Self.isIdentifierContinue(peek()) else { return characterRange() }
        var copy = self
        let start = position
        while !copy.atEnd, Self.isIdentifierContinue(copy.peek()) { copy.advance() }
        return HCLRange(start: start, end: copy.position)
    }

    mutating func error(_ summary: String, detail: String = "", at range: HCLRange) {
        diagnostics.append(HCLDiagnostic(.error, summary, detail: detail, at: range))
    }

    /// Skips spaces and comments; newlines too when `newlines` is set. Returns whether a newline was skipped.
    @discardableResult
    mutating func skipTrivia(newlines: Bool) -> Bool {
        var sawNewline = false
        while !atEnd {
            let byte = peek()
            if byte == 32 || byte == 9 || byte == 13 {
                advance()
            } else if byte == 10 {
                guard newlines else { break }
                advance()
                sawNewline = true
            } else if byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/")) {
                let start = position
                let from = index
                let trailing = lineHasCode
                while !atEnd, peek() != 10 { advance() }
                var end = index
                if end > from, bytes[end - 1] == 13 { end -= 1 }
                comments.append(
                    HCLComment(
                        text: String(decoding: bytes[from..<end], as: UTF8.self),
                        range: HCLRange(start: start, end: position), isTrailing: trailing))
            } else if byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
                let start = position
                let from = index
                let trailing = lineHasCode
                advance(by: 2)
                while !atEnd, !(peek() == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) { advance() }
                if atEnd {
                    error(
                        "Unterminated comment", detail: "Close the comment with */.",
                        at: HCLRange(
                            start: start,
                            end: HCLPosition(line: start.line, column: start.column + 2, byte: start.byte + 2)))
                } else {
                    advance(by: 2)
                }
                comments.append(
                    HCLComment(
                        text: String(decoding: bytes[from..<index], as: UTF8.self),
                        range: HCLRange(start: start, end: position), isTrailing: trailing))
            } else {
                break
            }
        }
        return sawNewline
    }

    /// Skips trivia; newlines only inside brackets.
    @discardableResult
    mutating func skip() -> Bool { skipTrivia(newlines: nesting > 0) }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95 || byte >= 0x80
    }

    static func isIdentifierContinue(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= 48 && byte <= 57) || byte == 45
    }

    /// Reads an identifier at the cursor, or returns `nil`.
    mutating func readIdentifier() -> (String, HCLRange)? {
        guard !atEnd, Self.isIdentifierStart(peek()) else { return nil }
        let start = position
        let from = index
        while !atEnd, Self.isIdentifierContinue(peek()) { advance() }
        lineHasCode = true
        return (String(decoding: bytes[from..<index], as: UTF8.self), HCLRange(start: start, end: position))
    }

    /// `true` when the identifier `word` is at the cursor (not followed by more identifier characters).
    func atKeyword(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { buffer in
            (0..<count).allSatisfy { bytes[index + $0] == buffer[$0] }
        }
        return matches && !Self.isIdentifierContinue(peek(count))
    }
}

/// Thrown inside the parser to abandon an item after its diagnostic was recorded.
struct HCLParseAbort: Error {}
