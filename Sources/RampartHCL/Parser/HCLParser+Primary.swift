extension HCLParser {
    mutating func parsePrimary() throws(HCLParseAbort) -> HCLExpression {
        skip()
        let start = position
        let byte = peek()
        lineHasCode = true
        if byte >= 48 && byte <= 57 { return parseNumber() }
        if byte == UInt8(ascii: "\"") {
            let parts = try parseTemplateParts(mode: .quoted, opener: asciiRange())
            return HCLExpression(.template(parts), range: HCLRange(start: start, end: position))
        }
        if byte == UInt8(ascii: "<") && peek(1) == UInt8(ascii: "<") { return try parseHeredoc() }
        if byte == UInt8(ascii: "(") {
            advance()
            nesting += 1
            defer { nesting -= 1 }
            let inner = try parseExpression()
            skip()
            try expect(")", what: "a closing parenthesis")
            return HCLExpression(.parenthesized(inner), range: HCLRange(start: start, end: position))
        }
        if byte == UInt8(ascii: "[") { return try parseTuple() }
        if byte == UInt8(ascii: "{") { return try parseObject() }
        if let (name, range) = readIdentifier() {
            switch name {
            case "true": return HCLExpression(.literal(.bool(true)), range: range)
            case "false": return HCLExpression(.literal(.bool(false)), range: range)
            case "null": return HCLExpression(.literal(.null), range: range)
            default: break
            }
            var functionName = name
            while peek() == UInt8(ascii: ":") && peek(1) == UInt8(ascii: ":") {
                advance(by: 2)
                guard let (part, _) = readIdentifier() else {
                    error("Invalid function name", detail: "A name is required after ::.", at: characterRange())
                    throw HCLParseAbort()
                }
                functionName += "::" + part
            }
            var lookahead = index
            while lookahead < bytes.count, bytes[lookahead] == 32 || bytes[lookahead] == 9 { lookahead += 1 }
            if lookahead < bytes.count, bytes[lookahead] == UInt8(ascii: "(") {
                advance(by: lookahead - index)
                return try parseCall(name: functionName, start: start)
            }
            if functionName != name {
                error(
                    "Missing function call", detail: "A namespaced name must be called: \(functionName)(…).",
                    at: characterRange())
                throw HCLParseAbort()
            }
            return HCLExpression(.variable(name), range: range)
        }
        error(
            atEnd ? "Missing expression" : "Invalid expression",
            detail:
                "Expected the start of an expression, but found \(atEnd ? "the end of the file" : "an invalid character").",
            at: characterRange())
        throw HCLParseAbort()
    }

    mutating func parseNumber() -> HCLExpression {
        let start = position
        let from = index
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        while isDigit(peek()) { advance() }
        if peek() == UInt8(ascii: "."), isDigit(peek(1)) {
            advance()
            while isDigit(peek()) { advance() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let signed = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-")
            if isDigit(peek(signed ? 2 : 1)) {
                advance(by: signed ? 2 : 1)
                while isDigit(peek()) { advance() }
            }
        }
        let text = String(decoding: bytes[from..<index], as: UTF8.self)
        return HCLExpression(.literal(.number(HCLDecimal(text) ?? .zero)), range: HCLRange(start: start, end: position))
    }

    mutating func parseCall(name: String, start: HCLPosition) throws(HCLParseAbort) -> HCLExpression {
        advance()
        nesting += 1
        defer { nesting -= 1 }
        var arguments: [HCLExpression] = []
        var expandFinal = false
        while true {
            skip()
            if peek() == UInt8(ascii: ")") { break }
            arguments.append(try parseExpression())
            skip()
            if peek() == UInt8(ascii: "."), peek(1) == UInt8(ascii: "."), peek(2) == UInt8(ascii: ".") {
                advance(by: 3)
                expandFinal = true
                skip()
                try expect(")", what: "the closing parenthesis after the expanded final argument")
                return HCLExpression(
                    .call(name: name, arguments: arguments, expandFinal: true),
                    range: HCLRange(start: start, end: position))
            }
            if peek() == UInt8(ascii: ",") {
                advance()
                continue
            }
            if peek() != UInt8(ascii: ")") {
                error(
                    "Missing argument separator", detail: "A comma is required between arguments of \(name).",
                    at: characterRange())
                throw HCLParseAbort()
            }
        }
        advance()
        return HCLExpression(
            .call(name: name, arguments: arguments, expandFinal: expandFinal),
            range: HCLRange(start: start, end: position))
    }

    mutating func parseTuple() throws(HCLParseAbort) -> HCLExpression {
        let start = position
        advance()
        nesting += 1
        defer { nesting -= 1 }
        skip()
        if atKeyword("for") { return try parseFor(start: start, object: false) }
        var items: [HCLExpression] = []
        while true {
            skip()
            if peek() == UInt8(ascii: "]") { break }
            items.append(try parseExpression())
            skip()
            if peek() == UInt8(ascii: ",") {
                advance()
                continue
            }
            if peek() != UInt8(ascii: "]") {
                error(
                    "Missing item separator", detail: "Expected a comma to mark the beginning of the next item.",
                    at: characterRange())
                throw HCLParseAbort()
            }
        }
        advance()
        return HCLExpression(.tuple(items), range: HCLRange(start: start, end: position))
    }

    mutating func parseObject() throws(HCLParseAbort) -> HCLExpression {
        let start = position
        advance()
        nesting += 1
        defer { nesting -= 1 }
        skip()
        if atKeyword("for") {
            var at = index + 3
            while at < bytes.count, bytes[at] == 32 || bytes[at] == 9 || bytes[at] == 10 || bytes[at] == 13 { at += 1 }
            if at < bytes.count, bytes[at] != UInt8(ascii: "=") && bytes[at] != UInt8(ascii: ":") {
                return try parseFor(start: start, object: true)
            }
        }
        var items: [HCLObjectItem] = []
        while true {
            skip()
            if peek() == UInt8(ascii: "}") { break }
            var key = try parseExpression()
            switch key.kind {
            case .variable(let name):
                key = HCLExpression(.literal(.string(name)), range: key.range)
            case .literal(.bool), .literal(.null):
                let text = String(decoding: bytes[key.range.start.byte..<key.range.end.byte], as: UTF8.self)
                key = HCLExpression(.literal(.string(text)), range: key.range)
            default:
                break
            }
            skip()
            guard peek() == UInt8(ascii: "=") || peek() == UInt8(ascii: ":") else {
                error(
                    "Missing key/value separator",
                    detail: "Expected an equals sign (=) to mark the beginning of the value.",
                    at: characterRange())
                throw HCLParseAbort()
            }
            advance()
            let value = try parseExpression()
            items.append(HCLObjectItem(key: key, value: value))
            skip()
            let sawNewline = position.line > value.range.end.line
            if peek() == UInt8(ascii: ",") {
                advance()
                continue
            }
            if peek() != UInt8(ascii: "}") && !sawNewline {
                error(
                    "Missing attribute separator",
                    detail: "Expected a newline or comma to mark the beginning of the next attribute.",
                    at: characterRange())
                throw HCLParseAbort()
            }
        }
        advance()
        return HCLExpression(.object(items), range: HCLRange(start: start, end: position))
    }

    mutating func parseFor(start: HCLPosition, object: Bool) throws(HCLParseAbort) -> HCLExpression {
        advance(by: 3)
        skip()
        guard let (first, _) = readIdentifier() else {
            error("Invalid for expression", detail: "A variable name is required after 'for'.", at: characterRange())
            throw HCLParseAbort()
        }
        var keyVariable: String?
        var valueVariable = first
        skip()
        if peek() == UInt8(ascii: ",") {
            advance()
            skip()
            guard let (second, _) = readIdentifier() else {
                error(
                    "Invalid for expression", detail: "A value variable name is required after the comma.",
                    at: characterRange())
                throw HCLParseAbort()
            }
            keyVariable = first
            valueVariable = second
            skip()
        }
        guard atKeyword("in") else {
            error(
                "Invalid for expression", detail: "The 'in' keyword is required after the variable names.",
                at: characterRange())
            throw HCLParseAbort()
        }
        advance(by: 2)
        let collection = try parseExpression()
        skip()
        try expect(":", what: "a colon (:) after the collection of the for expression")
        var keyExpression: HCLExpression?
        if object {
            keyExpression = try parseExpression()
            skip()
            guard peek() == UInt8(ascii: "="), peek(1) == UInt8(ascii: ">") else {
                error(
                    "Invalid for expression", detail: "An object for expression needs a key => value pair.",
                    at: characterRange())
                throw HCLParseAbort()
            }
            advance(by: 2)
        }
        let valueExpression = try parseExpression()
        skip()
        var grouping = false
        if object, peek() == UInt8(ascii: "."), peek(1) == UInt8(ascii: "."), peek(2) == UInt8(ascii: ".") {
            advance(by: 3)
            grouping = true
            skip()
        }
        var condition: HCLExpression?
        if atKeyword("if") {
            advance(by: 2)
            condition = try parseExpression()
            skip()
        }
        try expect(object ? "}" : "]", what: object ? "a closing brace (})" : "a closing bracket (])")
        let forExpression = HCLForExpression(
            keyVariable: keyVariable, valueVariable: valueVariable, collection: collection,
            keyExpression: keyExpression,
            valueExpression: valueExpression, condition: condition, grouping: grouping)
        return HCLExpression(.forExpression(forExpression), range: HCLRange(start: start, end: position))
    }
}
