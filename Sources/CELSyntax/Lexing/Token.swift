/// One lexical token of a CEL expression: its kind and its UTF-8 byte range in the source.
struct Token {
    /// What the token is.
    var kind: TokenKind
    /// Byte offset of the first byte.
    var start: Int32
    /// Byte offset just past the last byte.
    var end: Int32

    init(_ kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }
}

/// The kinds of CEL tokens (langdef "Lexical structure").
enum TokenKind: UInt8 {
    case endOfInput
    case identifier
    /// A backquoted field name such as `` `b-c` ``.
    case escapedIdentifier
    case intLiteral
    case uintLiteral
    case doubleLiteral
    /// A string literal, with any `r`/`R` prefix and its quotes.
    case stringLiteral
    /// A bytes literal, with its `b`/`B` (and optional raw) prefix and its quotes.
    case bytesLiteral
    case trueKeyword
    case falseKeyword
    case nullKeyword
    case inKeyword
    case dot
    case comma
    case colon
    case question
    case leftParen
    case rightParen
    case leftBracket
    case rightBracket
    case leftBrace
    case rightBrace
    case plus
    case minus
    case star
    case slash
    case percent
    case bang
    case less
    case lessEqual
    case greater
    case greaterEqual
    case equalEqual
    case bangEqual
    case ampersandAmpersand
    case pipePipe

    /// How the token is named in error messages.
    var displayName: String {
        switch self {
        case .endOfInput: "end of input"
        case .identifier: "identifier"
        case .escapedIdentifier: "escaped identifier"
        case .intLiteral: "int literal"
        case .uintLiteral: "uint literal"
        case .doubleLiteral: "double literal"
        case .stringLiteral: "string literal"
        case .bytesLiteral: "bytes literal"
        case .trueKeyword: "'true'"
        case .falseKeyword: "'false'"
        case .nullKeyword: "'null'"
        case .inKeyword: "'in'"
        case .dot: "'.'"
        case .comma: "','"
        case .colon: "':'"
        case .question: "'?'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .plus: "'+'"
        case .minus: "'-'"
        case .star: "'*'"
        case .slash: "'/'"
        case .percent: "'%'"
        case .bang: "'!'"
        case .less: "'<'"
        case .lessEqual: "'<='"
        case .greater: "'>'"
        case .greaterEqual: "'>='"
        case .equalEqual: "'=='"
        case .bangEqual: "'!='"
        case .ampersandAmpersand: "'&&'"
        case .pipePipe: "'||'"
        }
    }
}
