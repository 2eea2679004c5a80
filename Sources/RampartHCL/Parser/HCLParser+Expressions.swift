extension HCLParser {
    mutating func enter() throws(HCLParseAbort) {
        depth += 1
        if depth > Self.maximumDepth {
            depth -= 1
            let range = characterRange()
            error(
                "Nesting too deep", detail: "Expressions nest more than \(Self.maximumDepth) levels; simplify them.",
                at: range)
            throw HCLParseAbort()
        }
    }

    /// expression = conditional
    mutating func parseExpression() throws(HCLParseAbort) -> HCLExpression {
        try enter()
        defer { depth -= 1 }
        let condition = try parseBinary(minimum: 1)
        skip()
        guard peek() == UInt8(ascii: "?") else { return condition }
        advance()
        let whenTrue = try parseExpression()
        skip()
        try expect(":", what: "a colon (:) separating the results of the conditional")
        let whenFalse = try parseExpression()
        return HCLExpression(
            .conditional(condition, whenTrue, whenFalse), range: condition.range.union(whenFalse.range))
    }

    mutating func expect(_ character: Unicode.Scalar, what: String) throws(HCLParseAbort) {
        guard peek() == UInt8(ascii: character) else {
            error(
                atEnd ? "Unexpected end of file" : "Missing \(character)", detail: "Expected \(what).",
                at: characterRange())
            throw HCLParseAbort()
        }
        advance()
    }

    mutating func parseBinary(minimum: Int) throws(HCLParseAbort) -> HCLExpression {
        var lhs = try parseUnary()
        // Each operator deepens the left-nested tree, so it counts against the nesting budget.
        var chain = 0
        defer { depth -= chain }
        while true {
            skip()
            guard let (op, length) = peekBinaryOperator(), op.precedence >= minimum else { return lhs }
            try enter()
            chain += 1
            advance(by: length)
            let rhs = try parseBinary(minimum: op.precedence + 1)
            lhs = HCLExpression(.binary(op, lhs, rhs), range: lhs.range.union(rhs.range))
        }
    }

    func peekBinaryOperator() -> (HCLBinaryOperator, Int)? {
        let first = peek()
        let second = peek(1)
        switch first {
        case UInt8(ascii: "|"): return second == UInt8(ascii: "|") ? (.or, 2) : nil
        case UInt8(ascii: "&"): return second == UInt8(ascii: "&") ? (.and, 2) : nil
        case UInt8(ascii: "="): return second == UInt8(ascii: "=") ? (.equal, 2) : nil
        case UInt8(ascii: "!"): return second == UInt8(ascii: "=") ? (.notEqual, 2) : nil
        case UInt8(ascii: ">"): return second == UInt8(ascii: "=") ? (.greaterOrEqual, 2) : (.greater, 1)
        case UInt8(ascii: "<"):
            if second == UInt8(ascii: "<") { return nil }
            return second == UInt8(ascii: "=") ? (.lessOrEqual, 2) : (.less, 1)
        case UInt8(ascii: "+"): return (.add, 1)
        case UInt8(ascii: "-"): return (.subtract, 1)
        case UInt8(ascii: "*"): return (.multiply, 1)
        case UInt8(ascii: "/"): return (.divide, 1)
        case UInt8(ascii: "%"): return second == UInt8(ascii: "{") ? nil : (.modulo, 1)
        default: return nil
        }
    }

    mutating func parseUnary() throws(HCLParseAbort) -> HCLExpression {
        skip()
        let byte = peek()
        let op: HCLUnaryOperator? =
            byte == UInt8(ascii: "!") && peek(1) != UInt8(ascii: "=") ? .not : byte == UInt8(ascii: "-") ? .negate : nil
        guard let op else { return try parsePostfix(try parsePrimary()) }
        let start = position
        try enter()
        defer { depth -= 1 }
        advance()
        let operand = try parseUnary()
        return HCLExpression(.unary(op, operand), range: HCLRange(start: start, end: operand.range.end))
    }

    mutating func parsePostfix(_ primary: HCLExpression) throws(HCLParseAbort) -> HCLExpression {
        var expression = primary
        var chain = 0
        defer { depth -= chain }
        while true {
            skip()
            let start = expression.range.start
            let continues = (peek() == UInt8(ascii: ".") && peek(1) != UInt8(ascii: ".")) || peek() == UInt8(ascii: "[")
            guard continues else { return expression }
            // Each step deepens the tree, so it counts against the nesting budget.
            try enter()
            chain += 1
            if peek() == UInt8(ascii: ".") && peek(1) == UInt8(ascii: "*") {
                advance(by: 2)
                let each = try parseSplatTraversers(full: false)
                expression = HCLExpression(
                    .splat(expression, each: each, full: false),
                    range: HCLRange(start: start, end: position))
            } else if peek() == UInt8(ascii: "."), peek(1) != UInt8(ascii: ".") {
                let step = try parseDotStep()
                switch step {
                case .attribute(let name, _):
                    expression = HCLExpression(
                        .getAttribute(expression, name: name), range: HCLRange(start: start, end: position))
                case .index(let key, _):
                    expression = HCLExpression(
                        .index(expression, key: key), range: HCLRange(start: start, end: position))
                }
            } else if peek() == UInt8(ascii: "[") {
                if isFullSplat() {
                    let each = try parseSplatTraversers(full: true)
                    expression = HCLExpression(
                        .splat(expression, each: each, full: true),
                        range: HCLRange(start: start, end: position))
                } else {
                    let key = try parseBracketIndex()
                    expression = HCLExpression(
                        .index(expression, key: key), range: HCLRange(start: start, end: position))
                }
            } else {
                return expression
            }
        }
    }

    /// At `[`: consumes `[*]` and returns true, or leaves the cursor and returns false.
    mutating func isFullSplat() -> Bool {
        var at = index + 1
        func skipBlanks() {
            while at < bytes.count, bytes[at] == 32 || bytes[at] == 9 || bytes[at] == 10 || bytes[at] == 13 { at += 1 }
        }
        skipBlanks()
        guard at < bytes.count, bytes[at] == UInt8(ascii: "*") else { return false }
        at += 1
        skipBlanks()
        guard at < bytes.count, bytes[at] == UInt8(ascii: "]") else { return false }
        advance(by: at + 1 - index)
        return true
    }

    mutating func parseBracketIndex() throws(HCLParseAbort) -> HCLExpression {
        advance()
        nesting += 1
        defer { nesting -= 1 }
        let key = try parseExpression()
        skip()
        try expect("]", what: "a closing bracket (]) after the index")
        return key
    }

    /// `.name` or `.0` (legacy index); the cursor is at the dot.
    mutating func parseDotStep() throws(HCLParseAbort) -> HCLTraverser {
        let start = position
        advance()
        skip()
        if peek() >= 48 && peek() <= 57 {
            let from = index
            let numberStart = position
            while peek() >= 48 && peek() <= 57 { advance() }
            let text = String(decoding: bytes[from..<index], as: UTF8.self)
            let range = HCLRange(start: numberStart, end: position)
            let key = HCLExpression(.literal(.number(HCLDecimal(text) ?? .zero)), range: range)
            return .index(key, HCLRange(start: start, end: position))
        }
        guard let (name, _) = readIdentifier() else {
            error("Invalid attribute name", detail: "An attribute name is required after a dot.", at: characterRange())
            throw HCLParseAbort()
        }
        return .attribute(name, HCLRange(start: start, end: position))
    }

    /// The steps after a splat that apply to each element.
    mutating func parseSplatTraversers(full: Bool) throws(HCLParseAbort) -> [HCLTraverser] {
        var steps: [HCLTraverser] = []
        while true {
            skip()
            if peek() == UInt8(ascii: ".") && peek(1) != UInt8(ascii: "*") && peek(1) != UInt8(ascii: ".") {
                steps.append(try parseDotStep())
            } else if full && peek() == UInt8(ascii: "[") {
                var probe = self
                if probe.isFullSplat() { return steps }
                let start = position
                let key = try parseBracketIndex()
                steps.append(.index(key, HCLRange(start: start, end: position)))
            } else {
                return steps
            }
        }
    }
}
