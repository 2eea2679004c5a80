extension ParserState {
    /// After a syntax error inside a comma-separated list (arguments, list, map or message
    /// elements) closed by `closer`, skips to the next `,` or to `closer` at the same nesting
    /// level so the rest of the list is still checked and further errors are reported.
    ///
    /// - Throws: a non-recoverable ``Abort`` when `abort` was not recoverable, too many errors
    ///   were reported, or no resynchronization point exists before the end of input.
    @inline(never)
    mutating func recover(from abort: Abort, closer: TokenKind) throws(Abort) {
        guard abort.recoverable, issues.count < Self.maxSyntaxErrors else { throw Abort(recoverable: false) }
        var nesting = 0
        while true {
            switch current.kind {
            case .endOfInput:
                throw Abort(recoverable: false)
            case .leftParen, .leftBracket, .leftBrace:
                nesting += 1
            case .rightParen, .rightBracket, .rightBrace:
                if nesting == 0 {
                    if current.kind == closer { return }
                    throw Abort(recoverable: false)
                }
                nesting -= 1
            case .comma where nesting == 0:
                return
            default:
                break
            }
            advance()
        }
    }
}
