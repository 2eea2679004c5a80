extension ParserState {
    /// Words the language reserves; they cannot be identifiers (but may be field names).
    static let reservedWords: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ]

    /// `Member = Primary | Member "." SELECTOR ["(" [ExprList] ")"] | Member "[" Expr "]"`, plus
    /// optional selection `.?f`, optional index `[?e]` and message construction after a
    /// qualified name.
    ///
    /// Every suffix is parsed by its own function so this frame, which sits on every level of a
    /// deeply nested expression, stays small.
    @inline(never)
    mutating func parseMember() throws(Abort) -> Expr {
        var (expr, isQualifiedName) = try parsePrimary()
        while true {
            switch current.kind {
            case .dot:
                (expr, isQualifiedName) = try parseSelection(of: expr, isQualifiedName: isQualifiedName)
            case .leftBracket:
                expr = try parseIndex(of: expr)
                isQualifiedName = false
            case .leftBrace where isQualifiedName:
                expr = try parseMessage(typeName: qualifiedName(of: expr))
                isQualifiedName = false
            default:
                return expr
            }
        }
    }

    /// `"." SELECTOR ["(" [ExprList] ")"]` or `".?" SELECTOR` after `operand`; returns whether
    /// the result may still be a message type name.
    @inline(never)
    private mutating func parseSelection(of operand: Expr, isQualifiedName: Bool) throws(Abort) -> (Expr, Bool) {
        let dot = advance()
        let isOptional = current.kind == .question
        if isOptional {
            requireOptionalSyntax("'.?'")
            advance()
        }
        let fieldToken = current
        guard fieldToken.kind == .identifier || fieldToken.kind == .escapedIdentifier else {
            throw unexpected(expected: "a field name after '.'")
        }
        advance()
        let field = fieldName(fieldToken)
        if !isOptional, fieldToken.kind == .identifier, current.kind == .leftParen {
            let id = makeID(at: advance().start)
            let (arguments, recovered) = try parseArguments()
            let call = try makeCall(
                id, target: operand, function: field, arguments: arguments, expandMacros: !recovered)
            return (call, false)
        }
        let id = makeID(at: dot.start)
        if isOptional {
            let name = try node(makeID(at: fieldToken.start), .literal(.string(field)), children: 0)
            let call = Expr.Kind.call(target: nil, function: Operator.optionalSelect, args: [operand, name])
            return (try node(id, call, children: height(operand)), false)
        }
        let select = try node(id, .select(operand: operand, field: field, testOnly: false), children: height(operand))
        return (select, isQualifiedName && fieldToken.kind == .identifier)
    }

    /// `"[" Expr "]"` or `"[?" Expr "]"` after `operand`.
    @inline(never)
    private mutating func parseIndex(of operand: Expr) throws(Abort) -> Expr {
        let id = makeID(at: advance().start)
        let isOptional = current.kind == .question
        if isOptional {
            requireOptionalSyntax("'[?'")
            advance()
        }
        let key = try parseExpr()
        _ = try expect(.rightBracket, "to close the index")
        let function = isOptional ? Operator.optionalIndex : Operator.index
        return try node(
            id, .call(target: nil, function: function, args: [operand, key]),
            children: max(height(operand), height(key)))
    }

    /// Reports optional syntax when it is turned off (and keeps parsing).
    @inline(never)
    mutating func requireOptionalSyntax(_ spelling: String) {
        guard !optionalSyntax else { return }
        report(
            .unsupportedSyntax, "unsupported syntax \(spelling): enable optional syntax to use it",
            at: Int(current.start))
    }

    /// The name a field token denotes: its text, without the backquotes of an escaped identifier.
    func fieldName(_ token: Token) -> String {
        let start = Int(token.start) + (token.kind == .escapedIdentifier ? 1 : 0)
        let end = Int(token.end) - (token.kind == .escapedIdentifier ? 1 : 0)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The dotted name of an identifier/selection chain, dropping the chain's ids from the tree.
    @inline(never)
    mutating func qualifiedName(of expr: Expr) -> String {
        var parts: [String] = []
        var node = expr
        while true {
            byteOffsets[Int(node.id)] = -1
            switch node.kind {
            case .select(let operand, let field, _):
                parts.append(field)
                node = operand
            case .ident(let name):
                parts.append(name)
                return parts.reversed().joined(separator: ".")
            default:
                return parts.reversed().joined(separator: ".")
            }
        }
    }

    /// `"(" [ExprList] ")"` after the opening parenthesis has been consumed, and whether an
    /// argument had a syntax error (then no macro should expand the call).
    mutating func parseArguments() throws(Abort) -> (arguments: [Expr], recovered: Bool) {
        var arguments: [Expr] = []
        var recovered = false
        if current.kind == .rightParen {
            advance()
            return (arguments, recovered)
        }
        while true {
            do throws(Abort) {
                arguments.append(try parseExpr())
            } catch {
                try recover(from: error, closer: .rightParen)
                recovered = true
            }
            if current.kind == .comma {
                advance()
                continue
            }
            _ = try expect(.rightParen, "to close the argument list")
            return (arguments, recovered)
        }
    }

    /// The primary expression, and whether it is a plain (possibly leading-dot) identifier that
    /// could start a message type name.
    mutating func parsePrimary() throws(Abort) -> (Expr, Bool) {
        switch current.kind {
        case .identifier, .dot:
            return try parseIdentifierOrCall()
        case .leftParen:
            return (try parseParenthesized(), false)
        case .leftBracket:
            return (try parseList(), false)
        case .leftBrace:
            return (try parseMap(), false)
        default:
            return (try parseLiteral(), false)
        }
    }

    /// `"(" Expr ")"`.
    @inline(never)
    private mutating func parseParenthesized() throws(Abort) -> Expr {
        advance()
        let inner = try parseExpr()
        _ = try expect(.rightParen, "to close the parenthesized expression")
        return inner
    }

    /// A literal (a minus sign folds into a following number), or a syntax error.
    @inline(never)
    private mutating func parseLiteral() throws(Abort) -> Expr {
        let token = current
        switch token.kind {
        case .minus where kind(ahead: 1).isSignableNumber:
            advance()
            return try parseNumber(sign: token)
        case .intLiteral, .uintLiteral, .doubleLiteral:
            return try parseNumber(sign: nil)
        case .stringLiteral, .bytesLiteral:
            advance()
            let id = makeID(at: token.start)
            switch LiteralDecoder.decodeQuoted(bytes, start: Int(token.start), end: Int(token.end)) {
            case .success(let constant):
                return try node(id, .literal(constant), children: 0)
            case .failure(let failure):
                report(.invalidLiteral, "Syntax error: \(failure.message)", at: failure.byteOffset)
                return try node(id, .literal(token.kind == .bytesLiteral ? .bytes([]) : .string("")), children: 0)
            }
        case .trueKeyword, .falseKeyword, .nullKeyword:
            advance()
            let value: Constant = token.kind == .nullKeyword ? .null : .bool(token.kind == .trueKeyword)
            return try node(makeID(at: token.start), .literal(value), children: 0)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    /// `["."] IDENT ["(" [ExprList] ")"]`.
    @inline(never)
    private mutating func parseIdentifierOrCall() throws(Abort) -> (Expr, Bool) {
        let leadingDot = current.kind == .dot
        if leadingDot { advance() }
        let nameToken = current
        guard nameToken.kind == .identifier else { throw unexpected(expected: "an identifier after the leading '.'") }
        advance()
        var name = text(of: nameToken)
        if Self.reservedWords.contains(name) {
            report(.reservedIdentifier, "reserved identifier: \(name)", at: Int(nameToken.start))
        }
        if leadingDot { name = "." + name }
        if current.kind == .leftParen {
            let id = makeID(at: advance().start)
            let (arguments, recovered) = try parseArguments()
            return (
                try makeCall(id, target: nil, function: name, arguments: arguments, expandMacros: !recovered), false
            )
        }
        return (try node(makeID(at: nameToken.start), .ident(name), children: 0), true)
    }

    /// An int, uint or double literal, with `sign` the minus token folded into it.
    @inline(never)
    private mutating func parseNumber(sign: Token?) throws(Abort) -> Expr {
        let token = advance()
        let id = makeID(at: (sign ?? token).start)
        let start = Int(token.start)
        let end = Int(token.end)
        let negative = sign != nil
        let value: Constant
        switch token.kind {
        case .intLiteral:
            if let number = LiteralDecoder.decodeInt(bytes, start: start, end: end, negative: negative) {
                value = .int(number)
            } else {
                report(
                    .invalidLiteral, "invalid int literal: out of the range of a 64-bit signed integer",
                    at: Int((sign ?? token).start))
                value = .int(0)
            }
        case .uintLiteral:
            if let number = LiteralDecoder.decodeUInt(bytes, start: start, end: end) {
                value = .uint(number)
            } else {
                report(
                    .invalidLiteral, "invalid uint literal: out of the range of a 64-bit unsigned integer", at: start)
                value = .uint(0)
            }
        default:
            if let number = LiteralDecoder.decodeDouble(bytes, start: start, end: end, negative: negative) {
                value = .double(number)
            } else {
                report(
                    .invalidLiteral, "invalid double literal: out of the range of a 64-bit float",
                    at: Int((sign ?? token).start))
                value = .double(0)
            }
        }
        return try node(id, .literal(value), children: 0)
    }
}
