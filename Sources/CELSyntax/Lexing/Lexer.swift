/// Splits CEL source (UTF-8 bytes) into tokens, following the langdef lexical grammar.
///
/// Unrecognized characters and unterminated literals are reported as issues and skipped, so the
/// parser still sees the rest of the input and can report further problems.
struct Lexer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Problems found, at byte offsets.
    private(set) var issues: [PendingIssue] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Tokenizes the whole input; the last token is always `.endOfInput`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3 + 2)
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    private func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    private mutating func next() -> Token {
        while true {
            skipWhitespaceAndComments()
            let start = position
            guard start < bytes.count else { return Token(.endOfInput, start: start, end: start) }
            let first = bytes[start]
            if let token = lexOperator(first, start: start) { return token }
            if first.isDigit || (first == UInt8(ascii: ".") && byte(at: start + 1).isDigit) {
                return lexNumber(start: start)
            }
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                if let token = lexQuoted(start: start, prefixLength: 0, raw: false, kind: .stringLiteral) {
                    return token
                }
                continue
            }
            if first.isIdentifierStart {
                if let token = lexIdentifierOrPrefixedLiteral(start: start) { return token }
                continue
            }
            if first == UInt8(ascii: "`") {
                if let token = lexEscapedIdentifier(start: start) { return token }
                continue
            }
            reportUnrecognized(at: start)
        }
    }

    private mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            let current = bytes[position]
            switch current {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                position += 1
            case UInt8(ascii: "/") where byte(at: position + 1) == UInt8(ascii: "/"):
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            default:
                return
            }
        }
    }

    private mutating func lexOperator(_ first: UInt8, start: Int) -> Token? {
        let second = byte(at: start + 1)
        let kind: TokenKind
        var length = 1
        switch first {
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: "["): kind = .leftBracket
        case UInt8(ascii: "]"): kind = .rightBracket
        case UInt8(ascii: "{"): kind = .leftBrace
        case UInt8(ascii: "}"): kind = .rightBrace
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ":"): kind = .colon
        case UInt8(ascii: "?"): kind = .question
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: "-"): kind = .minus
        case UInt8(ascii: "*"): kind = .star
        case UInt8(ascii: "/"): kind = .slash
        case UInt8(ascii: "%"): kind = .percent
        case UInt8(ascii: "."):
            if second.isDigit { return nil }
            kind = .dot
        case UInt8(ascii: "!"):
            if second == UInt8(ascii: "=") { kind = .bangEqual; length = 2 } else { kind = .bang }
        case UInt8(ascii: "<"):
            if second == UInt8(ascii: "=") { kind = .lessEqual; length = 2 } else { kind = .less }
        case UInt8(ascii: ">"):
            if second == UInt8(ascii: "=") { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case UInt8(ascii: "="):
            guard second == UInt8(ascii: "=") else { return nil }
            kind = .equalEqual; length = 2
        case UInt8(ascii: "&"):
            guard second == UInt8(ascii: "&") else { return nil }
            kind = .ampersandAmpersand; length = 2
        case UInt8(ascii: "|"):
            guard second == UInt8(ascii: "|") else { return nil }
            kind = .pipePipe; length = 2
        default:
            return nil
        }
        position = start + length
        return Token(kind, start: start, end: position)
    }

    /// `DIGIT+`, `0x HEX+`, an optional `u`/`U` suffix, or a float `DIGIT* . DIGIT+ EXPONENT?` /
    /// `DIGIT+ EXPONENT`.
    private mutating func lexNumber(start: Int) -> Token {
        var index = start
        if bytes[index] == UInt8(ascii: "0"), byte(at: index + 1) == UInt8(ascii: "x"),
            byte(at: index + 2).isHexDigit
        {
            index += 2
            while byte(at: index).isHexDigit { index += 1 }
            return finishInteger(start: start, end: index)
        }
        while byte(at: index).isDigit { index += 1 }
        var isFloat = false
        if byte(at: index) == UInt8(ascii: "."), byte(at: index + 1).isDigit {
            isFloat = true
            index += 1
            while byte(at: index).isDigit { index += 1 }
        }
        let marker = byte(at: index)
        if marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            var exponent = index + 1
            let sign = byte(at: exponent)
            if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { exponent += 1 }
            if byte(at: exponent).isDigit {
                isFloat = true
                index = exponent
                while byte(at: index).isDigit { index += 1 }
            }
        }
        if isFloat {
            position = index
            return Token(.doubleLiteral, start: start, end: index)
        }
        return finishInteger(start: start, end: index)
    }

    private mutating func finishInteger(start: Int, end: Int) -> Token {
        let suffix = byte(at: end)
        if suffix == UInt8(ascii: "u") || suffix == UInt8(ascii: "U") {
            position = end + 1
            return Token(.uintLiteral, start: start, end: end + 1)
        }
        position = end
        return Token(.intLiteral, start: start, end: end)
    }

    private mutating func lexIdentifierOrPrefixedLiteral(start: Int) -> Token? {
        var index = start + 1
        while byte(at: index).isIdentifierContinue { index += 1 }
        let length = index - start
        let quote = byte(at: index)
        if length <= 2, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
            let (raw, isBytes) = literalPrefix(start: start, length: length)
        {
            return lexQuoted(
                start: start, prefixLength: length, raw: raw, kind: isBytes ? .bytesLiteral : .stringLiteral)
        }
        position = index
        return Token(keywordKind(start: start, length: length), start: start, end: index)
    }

    /// Recognizes the prefixes `r`, `b`, `br`, `rb` in any letter case.
    private func literalPrefix(start: Int, length: Int) -> (raw: Bool, bytes: Bool)? {
        var raw = false
        var isBytes = false
        for index in start..<(start + length) {
            switch bytes[index] | 0x20 {
            case UInt8(ascii: "r") where !raw: raw = true
            case UInt8(ascii: "b") where !isBytes: isBytes = true
            default: return nil
            }
        }
        return (raw, isBytes)
    }

    private func keywordKind(start: Int, length: Int) -> TokenKind {
        func matches(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            let pointer = word.utf8Start
            for offset in 0..<length where bytes[start + offset] != pointer[offset] { return false }
            return true
        }
        switch length {
        case 2: return matches("in") ? .inKeyword : .identifier
        case 4:
            if matches("true") { return .trueKeyword }
            if matches("null") { return .nullKeyword }
            return .identifier
        case 5: return matches("false") ? .falseKeyword : .identifier
        default: return .identifier
        }
    }

    /// Scans a quoted literal starting at `start` (prefix included); `nil` when unterminated.
    private mutating func lexQuoted(start: Int, prefixLength: Int, raw: Bool, kind: TokenKind) -> Token? {
        let open = start + prefixLength
        let quote = bytes[open]
        let triple = byte(at: open + 1) == quote && byte(at: open + 2) == quote
        var index = open + (triple ? 3 : 1)
        while index < bytes.count {
            let current = bytes[index]
            if current == UInt8(ascii: "\\") && !raw {
                index += 2
                continue
            }
            if current == quote {
                if !triple {
                    position = index + 1
                    return Token(kind, start: start, end: position)
                }
                if byte(at: index + 1) == quote && byte(at: index + 2) == quote {
                    position = index + 3
                    return Token(kind, start: start, end: position)
                }
            } else if !triple && (current == 0x0A || current == 0x0D) {
                break
            }
            index += 1
        }
        issues.append(
            PendingIssue(
                .syntax,
                "Syntax error: unterminated string literal; close it with \(triple ? "three " : "")\(quote == UInt8(ascii: "'") ? "'" : "\"")",
                byteOffset: start))
        position = min(index, bytes.count)
        if position == start { position += 1 }
        return nil
    }

    private mutating func lexEscapedIdentifier(start: Int) -> Token? {
        var index = start + 1
        while index < bytes.count, bytes[index].isEscapedIdentifierCharacter { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "`"), index > start + 1 {
            position = index + 1
            return Token(.escapedIdentifier, start: start, end: position)
        }
        issues.append(
            PendingIssue(
                .syntax,
                "Syntax error: invalid escaped identifier; write `name` using only letters, digits, '_', '.', '-', '/' and spaces",
                byteOffset: start))
        position = start + 1
        return nil
    }

    private mutating func reportUnrecognized(at start: Int) {
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let hint =
            switch text {
            case "=": "; compare with '=='"
            case "&": "; use '&&' for logical and"
            case "|": "; use '||' for logical or"
            default: ""
            }
        issues.append(
            PendingIssue(.syntax, "Syntax error: token recognition error at: '\(text)'\(hint)", byteOffset: start))
        position = end
    }
}

extension UInt8 {
    var isDigit: Bool { self &- UInt8(ascii: "0") < 10 }
    var isHexDigit: Bool { isDigit || (self | 0x20) &- UInt8(ascii: "a") < 6 }
    var isIdentifierStart: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 || self == UInt8(ascii: "_") }
    var isIdentifierContinue: Bool { isIdentifierStart || isDigit }
    var isEscapedIdentifierCharacter: Bool {
        isIdentifierContinue || self == UInt8(ascii: ".") || self == UInt8(ascii: "-")
            || self == UInt8(ascii: "/") || self == UInt8(ascii: " ")
    }
}
