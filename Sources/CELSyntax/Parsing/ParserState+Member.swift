extension ParserState {
    /// Words the language reserves; they cannot be identifiers (but may be field names).
    static let reservedWords: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ]

    /// `Member = Primary | Member "." SELECTOR ["(" [ExprList] ")"] | Member "[" Expr "]"`, plus
    /// optional selection `.?f`, optional index `[?e]` and message construction after a
    /// qualified name.
    mutating func parseMember() throws(Abort) -> Expr {
        var (expr, isQualifiedName) = try parsePrimary()
        while true {
            switch current.kind {
            case .dot:
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
                    expr = try makeCall(
                        id, target: expr, function: field, arguments: arguments, expandMacros: !recovered)
                    isQualifiedName = false
                } else if isOptional {
                    let id = makeID(at: dot.start)
                    let name = try node(makeID(at: fieldToken.start), .literal(.string(field)), children: 0)
                    expr = try node(
                        id, .call(target: nil, function: Operator.optionalSelect, args: [expr, name]),
                        children: height(expr))
                    isQualifiedName = false
                } else {
                    let id = makeID(at: dot.start)
                    expr = try node(id, .select(operand: expr, field: field, testOnly: false), children: height(expr))
                    isQualifiedName = isQualifiedName && fieldToken.kind == .identifier
                }
            case .leftBracket:
                let id = makeID(at: advance().start)
                let isOptional = current.kind == .question
                if isOptional {
                    requireOptionalSyntax("'[?'")
                    advance()
                }
                let key = try parseExpr()
                _ = try expect(.rightBracket, "to close the index")
                let function = isOptional ? Operator.optionalIndex : Operator.index
                expr = try node(
                    id, .call(target: nil, function: function, args: [expr, key]),
                    children: max(height(expr), height(key)))
                isQualifiedName = false
            case .leftBrace where isQualifiedName:
                expr = try parseMessage(typeName: qualifiedName(of: expr))
                isQualifiedName = false
            default:
                return expr
            }
        }
    }

    /// Reports optional syntax when it is turned off (and keeps parsing).
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
        let token = current
        switch token.kind {
        case .identifier, .dot:
            return try parseIdentifierOrCall()
        case .leftParen:
            advance()
            let inner = try parseExpr()
            _ = try expect(.rightParen, "to close the parenthesized expression")
            return (inner, false)
        case .leftBracket:
            return (try parseList(), false)
        case .leftBrace:
            return (try parseMap(), false)
        case .minus where kind(ahead: 1).isSignableNumber:
            advance()
            return (try parseNumber(sign: token), false)
        case .intLiteral, .uintLiteral, .doubleLiteral:
            return (try parseNumber(sign: nil), false)
        case .stringLiteral, .bytesLiteral:
            advance()
            let id = makeID(at: token.start)
            switch LiteralDecoder.decodeQuoted(bytes, start: Int(token.start), end: Int(token.end)) {
            case .success(let constant):
                return (try node(id, .literal(constant), children: 0), false)
            case .failure(let failure):
                report(.invalidLiteral, "Syntax error: \(failure.message)", at: failure.byteOffset)
                return (
                    try node(id, .literal(token.kind == .bytesLiteral ? .bytes([]) : .string("")), children: 0), false
                )
            }
        case .trueKeyword, .falseKeyword, .nullKeyword:
            advance()
            let value: Constant = token.kind == .nullKeyword ? .null : .bool(token.kind == .trueKeyword)
            return (try node(makeID(at: token.start), .literal(value), children: 0), false)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    /// `["."] IDENT ["(" [ExprList] ")"]`.
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
