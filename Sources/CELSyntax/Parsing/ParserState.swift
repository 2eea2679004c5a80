/// The state of one parse: tokens, the id and offset tables, and the issues found.
///
/// A recursive-descent parser for the langdef grammar. Binary operators are parsed by precedence
/// climbing, `&&` and `||` chains are built as balanced trees (as cel-go does) so long chains stay
/// shallow, and every recursion and every tree level is checked against
/// ``ParserOptions/maxRecursionDepth`` before it is entered, so no input can overflow the stack.
/// Functions on the recursive path keep small frames (rare cases live in `@inline(never)`
/// helpers): 250 nested levels fit in well under 512 KB of stack in release builds.
struct ParserState {
    /// Thrown to unwind after a syntax error (already recorded in ``issues``).
    struct Abort: Error {
        /// Whether an enclosing list, map, message or argument list may skip to its next element
        /// and go on (false for limit errors and once recovery has failed).
        var recoverable = true
    }

    /// The most syntax errors reported before giving up.
    static let maxSyntaxErrors = 20

    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    var index = 0
    let maxDepth: Int
    let optionalSyntax: Bool
    let macroTable: [String: [Macro]]
    /// Current nesting of ``parseExpr()`` calls.
    var depth = 0
    /// Byte offset of each node id (index 0 unused; -1 for ids dropped from the tree).
    var byteOffsets: [Int32] = [0]
    /// Height of the subtree rooted at each node id.
    var heights: [Int32] = [0]
    var macroCalls: [Int64: Expr] = [:]
    var issues: [PendingIssue] = []

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], options: ParserOptions, macroTable: [String: [Macro]]) {
        self.bytes = bytes
        self.tokens = tokens
        self.maxDepth = options.maxRecursionDepth
        self.optionalSyntax = options.enableOptionalSyntax
        self.macroTable = macroTable
        byteOffsets.reserveCapacity(tokens.count + 1)
        heights.reserveCapacity(tokens.count + 1)
    }

    // MARK: Tokens

    var current: Token { tokens[index] }

    func kind(ahead distance: Int) -> TokenKind {
        tokens[min(index + distance, tokens.count - 1)].kind
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if token.kind != .endOfInput { index += 1 }
        return token
    }

    mutating func expect(_ kind: TokenKind, _ context: String) throws(Abort) -> Token {
        guard current.kind == kind else { throw unexpected(expected: "\(kind.displayName) \(context)") }
        return advance()
    }

    /// The source text of a token.
    func text(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }

    // MARK: Issues

    @inline(never)
    mutating func report(_ code: CELIssue.Code, _ message: String, at byteOffset: Int) {
        issues.append(PendingIssue(code, message, byteOffset: byteOffset))
    }

    /// Records a syntax error at the current token and returns the error that unwinds the parse.
    @inline(never)
    mutating func unexpected(expected: String) -> Abort {
        let token = current
        let found: String
        switch token.kind {
        case .endOfInput: found = "end of input"
        case .identifier, .escapedIdentifier, .intLiteral, .uintLiteral, .doubleLiteral, .stringLiteral, .bytesLiteral:
            var shown = text(of: token)
            if shown.unicodeScalars.count > 24 { shown = String(shown.unicodeScalars.prefix(24)) + "…" }
            found = "'\(shown)'"
        default: found = token.kind.displayName
        }
        report(.syntax, "Syntax error: unexpected \(found), expected \(expected)", at: Int(token.start))
        return Abort()
    }

    @inline(never)
    mutating func recursionLimitExceeded(at byteOffset: Int) -> Abort {
        report(.recursionLimit, "expression recursion limit exceeded: \(maxDepth)", at: byteOffset)
        return Abort(recoverable: false)
    }

    // MARK: Nodes

    /// Reserves an id for a node at a byte offset.
    mutating func makeID(at byteOffset: Int32) -> Int64 {
        byteOffsets.append(byteOffset)
        heights.append(1)
        return Int64(byteOffsets.count - 1)
    }

    func height(_ expr: Expr) -> Int32 { heights[Int(expr.id)] }

    /// Finishes a node whose children are `children`, checking the tree height limit.
    mutating func node(_ id: Int64, _ kind: Expr.Kind, children: Int32) throws(Abort) -> Expr {
        let height = children + 1
        if height > maxDepth { throw recursionLimitExceeded(at: Int(byteOffsets[Int(id)])) }
        heights[Int(id)] = height
        return Expr(id: id, kind)
    }

    // MARK: Grammar

    /// `Expr EOF`; `nil` after an unrecoverable syntax error.
    mutating func parseAll() -> Expr? {
        do {
            let expr = try parseExpr()
            guard current.kind == .endOfInput else { throw unexpected(expected: "an operator or end of input") }
            return expr
        } catch {
            return nil
        }
    }

    /// `Expr = ConditionalOr ["?" ConditionalOr ":" Expr]`.
    mutating func parseExpr() throws(Abort) -> Expr {
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth { throw recursionLimitExceeded(at: Int(current.start)) }
        let condition = try parseBinary(minimumPrecedence: Self.orPrecedence)
        guard current.kind == .question else { return condition }
        let id = makeID(at: advance().start)
        let whenTrue = try parseBinary(minimumPrecedence: Self.orPrecedence)
        _ = try expect(.colon, "in conditional expression")
        let whenFalse = try parseExpr()
        let children = max(height(condition), height(whenTrue), height(whenFalse))
        return try node(
            id, .call(target: nil, function: Operator.conditional, args: [condition, whenTrue, whenFalse]),
            children: children)
    }
}
