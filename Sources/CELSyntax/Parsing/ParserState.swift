/// The state of one parse: tokens, the id and offset tables, and the issues found.
///
/// A recursive-descent parser for the langdef grammar. Binary operators are parsed by loops (one
/// function per precedence level), `&&` and `||` chains are built as balanced trees (as cel-go
/// does) so long chains stay shallow, and every recursion and every tree level is checked against
/// ``ParserOptions/maxRecursionDepth`` before it is entered, so no input can overflow the stack.
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

    mutating func report(_ code: CELIssue.Code, _ message: String, at byteOffset: Int) {
        issues.append(PendingIssue(code, message, byteOffset: byteOffset))
    }

    /// Records a syntax error at the current token and returns the error that unwinds the parse.
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
        let condition = try parseLogical(.pipePipe)
        guard current.kind == .question else { return condition }
        let id = makeID(at: advance().start)
        let whenTrue = try parseLogical(.pipePipe)
        _ = try expect(.colon, "in conditional expression")
        let whenFalse = try parseExpr()
        let children = max(height(condition), height(whenTrue), height(whenFalse))
        return try node(
            id, .call(target: nil, function: Operator.conditional, args: [condition, whenTrue, whenFalse]),
            children: children)
    }

    /// `ConditionalOr` (`operator == .pipePipe`) or `ConditionalAnd` (`.ampersandAmpersand`), as a
    /// balanced tree of calls.
    mutating func parseLogical(_ logicalOperator: TokenKind) throws(Abort) -> Expr {
        let first = logicalOperator == .pipePipe ? try parseLogical(.ampersandAmpersand) : try parseRelation()
        guard current.kind == logicalOperator else { return first }
        var terms = [first]
        var operatorIDs: [Int64] = []
        while current.kind == logicalOperator {
            operatorIDs.append(makeID(at: advance().start))
            terms.append(logicalOperator == .pipePipe ? try parseLogical(.ampersandAmpersand) : try parseRelation())
        }
        let function = logicalOperator == .pipePipe ? Operator.logicalOr : Operator.logicalAnd
        return try balancedTree(function, terms: terms, operatorIDs: operatorIDs, low: 0, high: operatorIDs.count - 1)
    }

    /// Joins `terms` with the operators `operatorIDs[low...high]` into a tree of logarithmic depth.
    private mutating func balancedTree(
        _ function: String, terms: [Expr], operatorIDs: [Int64], low: Int, high: Int
    ) throws(Abort) -> Expr {
        let middle = (low + high + 1) / 2
        let left =
            middle == low
            ? terms[middle]
            : try balancedTree(function, terms: terms, operatorIDs: operatorIDs, low: low, high: middle - 1)
        let right =
            middle == high
            ? terms[middle + 1]
            : try balancedTree(function, terms: terms, operatorIDs: operatorIDs, low: middle + 1, high: high)
        return try node(
            operatorIDs[middle], .call(target: nil, function: function, args: [left, right]),
            children: max(height(left), height(right)))
    }

    /// `Relation = [Relation Relop] Addition`.
    mutating func parseRelation() throws(Abort) -> Expr {
        var left = try parseAddition()
        while let function = Self.relationFunction(current.kind) {
            let id = makeID(at: advance().start)
            let right = try parseAddition()
            left = try binary(id, function, left, right)
        }
        return left
    }

    private static func relationFunction(_ kind: TokenKind) -> String? {
        switch kind {
        case .less: Operator.less
        case .lessEqual: Operator.lessEquals
        case .greater: Operator.greater
        case .greaterEqual: Operator.greaterEquals
        case .equalEqual: Operator.equals
        case .bangEqual: Operator.notEquals
        case .inKeyword: Operator.in
        default: nil
        }
    }

    /// `Addition = [Addition ("+" | "-")] Multiplication`.
    mutating func parseAddition() throws(Abort) -> Expr {
        var left = try parseMultiplication()
        while current.kind == .plus || current.kind == .minus {
            let function = current.kind == .plus ? Operator.add : Operator.subtract
            let id = makeID(at: advance().start)
            let right = try parseMultiplication()
            left = try binary(id, function, left, right)
        }
        return left
    }

    /// `Multiplication = [Multiplication ("*" | "/" | "%")] Unary`.
    mutating func parseMultiplication() throws(Abort) -> Expr {
        var left = try parseUnary()
        while true {
            let function: String
            switch current.kind {
            case .star: function = Operator.multiply
            case .slash: function = Operator.divide
            case .percent: function = Operator.modulo
            default: return left
            }
            let id = makeID(at: advance().start)
            let right = try parseUnary()
            left = try binary(id, function, left, right)
        }
    }

    private mutating func binary(_ id: Int64, _ function: String, _ left: Expr, _ right: Expr) throws(Abort) -> Expr {
        try node(
            id, .call(target: nil, function: function, args: [left, right]), children: max(height(left), height(right)))
    }

    /// `Unary = Member | "!" {"!"} Member | "-" {"-"} Member`. An even run of the same operator
    /// cancels out (as in cel-go); a single `-` before a number literal is folded into it.
    mutating func parseUnary() throws(Abort) -> Expr {
        let operatorKind = current.kind
        guard operatorKind == .bang || operatorKind == .minus else { return try parseMember() }
        if operatorKind == .minus && kind(ahead: 1).isSignableNumber { return try parseMember() }
        let first = current
        var count = 0
        while current.kind == operatorKind {
            advance()
            count += 1
        }
        guard count % 2 == 1 else { return try parseMember() }
        let id = makeID(at: first.start)
        let operand = try parseMember()
        let function = operatorKind == .bang ? Operator.logicalNot : Operator.negate
        return try node(id, .call(target: nil, function: function, args: [operand]), children: height(operand))
    }
}

extension TokenKind {
    /// Number literals into which a leading minus sign is folded.
    var isSignableNumber: Bool { self == .intLiteral || self == .doubleLiteral }
}
