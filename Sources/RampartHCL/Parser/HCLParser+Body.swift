extension HCLParser {
    /// Parses attributes and blocks until the end of the file or (in a block) a closing brace.
    mutating func parseBody(inBlock: Bool) -> HCLBody {
        let start = position
        var body = HCLBody(range: HCLRange(start: start, end: start))
        var seen: [String: HCLRange] = [:]
        while true {
            skipTrivia(newlines: true)
            if atEnd { break }
            let byte = peek()
            if byte == UInt8(ascii: "}") {
                if inBlock { break }
                error(
                    "Extraneous closing brace", detail: "Remove this brace; no block is open here.",
                    at: characterRange())
                advance()
                continue
            }
            guard Self.isIdentifierStart(byte) else {
                error(
                    "Argument or block definition required",
                    detail: "An argument (name = value) or a block (name { … }) is expected here.", at: characterRange()
                )
                recoverToNextLine(inBlock: inBlock)
                continue
            }
            parseItem(into: &body, seen: &seen, inBlock: inBlock)
        }
        body.range = HCLRange(start: start, end: position)
        return body
    }

    mutating func parseItem(into body: inout HCLBody, seen: inout [String: HCLRange], inBlock: Bool) {
        guard let (name, nameRange) = readIdentifier() else { return }
        skipTrivia(newlines: false)
        if peek() == UInt8(ascii: "=") && peek(1) != UInt8(ascii: "=") {
            advance()
            guard let attribute = parseAttributeValue(name: name, nameRange: nameRange) else {
                recoverToNextLine(inBlock: inBlock)
                return
            }
            if let previous = seen[name] {
                error(
                    "Attribute redefined",
                    detail:
                        "The argument \"\(name)\" was already set at \(previous.start); each argument may be set only once.",
                    at: nameRange)
            } else {
                seen[name] = nameRange
                body.attributes.append(attribute)
            }
            expectEndOfLine(after: "argument", inBlock: inBlock)
            return
        }
        guard let block = parseBlock(type: name, typeRange: nameRange, inBlock: inBlock) else { return }
        body.blocks.append(block)
    }

    mutating func parseAttributeValue(name: String, nameRange: HCLRange) -> HCLAttribute? {
        let savedNesting = nesting
        nesting = 0
        defer { nesting = savedNesting }
        do {
            let expression = try parseExpression()
            return HCLAttribute(
                name: name, nameRange: nameRange, expression: expression,
                range: nameRange.union(expression.range))
        } catch {
            return nil
        }
    }

    /// After an argument or block, requires a newline (or the end of the file / enclosing block).
    mutating func expectEndOfLine(after what: String, inBlock: Bool) {
        skipTrivia(newlines: false)
        if atEnd || peek() == 10 { return }
        // Terraform accepts `name = value}` closing a multi-line block on the argument's line.
        if inBlock && peek() == UInt8(ascii: "}") { return }
        error("Missing newline after \(what)", detail: "Put each \(what) on its own line.", at: tokenRange())
        recoverToNextLine(inBlock: inBlock)
    }

    mutating func parseBlock(type: String, typeRange: HCLRange, inBlock: Bool) -> HCLBlock? {
        var labels: [HCLBlockLabel] = []
        while true {
            skipTrivia(newlines: false)
            if peek() == UInt8(ascii: "\"") {
                do {
                    let start = position
                    let parts = try parseTemplateParts(mode: .quoted, opener: asciiRange())
                    let range = HCLRange(start: start, end: position)
                    var text = ""
                    for part in parts {
                        guard case .literal(let literal, _) = part else {
                            error(
                                "Invalid block label", detail: "Block labels cannot contain interpolations.", at: range)
                            continue
                        }
                        text += literal
                    }
                    labels.append(HCLBlockLabel(value: text, range: range, quoted: true))
                } catch {
                    recoverToNextLine(inBlock: inBlock)
                    return nil
                }
            } else if let (label, range) = readIdentifier() {
                labels.append(HCLBlockLabel(value: label, range: range, quoted: false))
            } else {
                break
            }
        }
        guard peek() == UInt8(ascii: "{") else {
            error(
                "Invalid block definition",
                detail: "Either an equals sign (=) or an opening brace ({) is expected after \"\(type)\".",
                at: characterRange())
            recoverToNextLine(inBlock: inBlock)
            return nil
        }
        let openBrace = characterRange()
        advance()
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            error("Nesting too deep", detail: "Blocks nest more than \(Self.maximumDepth) levels.", at: openBrace)
            recoverToClosingBrace(open: 1)
            return nil
        }
        skipTrivia(newlines: false)
        let body: HCLBody
        if atEnd || peek() == 10 {
            body = parseBody(inBlock: true)
        } else {
            body = parseSingleLineBody()
        }
        guard peek() == UInt8(ascii: "}") else {
            error(
                "Unclosed configuration block",
                detail: "There is no closing brace for this block before the end of the file.", at: openBrace)
            return HCLBlock(
                type: type, typeRange: typeRange, labels: labels, body: body, openBraceRange: openBrace,
                closeBraceRange: HCLRange(start: position, end: position),
                range: HCLRange(start: typeRange.start, end: position))
        }
        let closeBrace = characterRange()
        advance()
        let block = HCLBlock(
            type: type, typeRange: typeRange, labels: labels, body: body, openBraceRange: openBrace,
            closeBraceRange: closeBrace, range: HCLRange(start: typeRange.start, end: closeBrace.end))
        expectEndOfLine(after: "block definition", inBlock: inBlock)
        return block
    }

    /// `{ name = value }` on one line: at most one argument, no nested blocks, `}` on the same line.
    mutating func parseSingleLineBody() -> HCLBody {
        let start = position
        var body = HCLBody(range: HCLRange(start: start, end: start))
        defer { body.range = HCLRange(start: start, end: position) }
        if peek() == UInt8(ascii: "}") { return body }
        guard let (name, nameRange) = readIdentifier() else {
            error("Argument or block definition required", at: characterRange())
            recoverToClosingBrace(open: 1)
            return body
        }
        skipTrivia(newlines: false)
        guard peek() == UInt8(ascii: "=") && peek(1) != UInt8(ascii: "=") else {
            var end = nameRange.end
            while !atEnd, peek() != 10, peek() != UInt8(ascii: "{") { advance() }
            if peek() == UInt8(ascii: "{") {
                advance()
                end = position
                error(
                    "Invalid single-argument block definition",
                    detail: "A single-line block definition cannot contain another block definition.",
                    at: HCLRange(start: nameRange.start, end: end))
                recoverToClosingBrace(open: 2)
            } else {
                error(
                    "Invalid single-argument block definition",
                    detail: "A single-line block definition cannot contain another block definition.", at: nameRange)
                recoverToClosingBrace(open: 1)
            }
            return body
        }
        advance()
        guard let attribute = parseAttributeValue(name: name, nameRange: nameRange) else {
            recoverToClosingBrace(open: 1)
            return body
        }
        body.attributes.append(attribute)
        skipTrivia(newlines: false)
        if atEnd || peek() == UInt8(ascii: "}") { return body }
        if peek() == 10 {
            error(
                "Invalid single-argument block definition",
                detail: "The closing brace for a single-line block definition must be on the same line.",
                at: characterRange())
        } else {
            error(
                "Invalid single-argument block definition",
                detail: "Only one argument is allowed in a single-line block definition.", at: characterRange())
        }
        recoverToClosingBrace(open: 1)
        return body
    }

    /// Skips to the end of the line, stepping over bracketed text; stops before a `}` that would close the block.
    mutating func recoverToNextLine(inBlock: Bool) {
        var balance = 0
        while !atEnd {
            let byte = peek()
            if byte == 10 && balance <= 0 {
                advance()
                return
            }
            if byte == UInt8(ascii: "\"") {
                skipQuotedForRecovery()
                continue
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") { balance += 1 }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")") {
                if balance == 0 && byte == UInt8(ascii: "}") && inBlock { return }
                balance -= 1
            }
            advance()
        }
    }

    /// Skips past unbalanced text until `open` closing braces were met; stops before the last one.
    mutating func recoverToClosingBrace(open: Int) {
        var balance = open
        while !atEnd {
            let byte = peek()
            if byte == UInt8(ascii: "\"") {
                skipQuotedForRecovery()
                continue
            }
            if byte == UInt8(ascii: "{") { balance += 1 }
            if byte == UInt8(ascii: "}") {
                balance -= 1
                if balance == 0 { return }
            }
            advance()
        }
    }

    mutating func skipQuotedForRecovery() {
        advance()
        while !atEnd, peek() != UInt8(ascii: "\""), peek() != 10 {
            if peek() == UInt8(ascii: "\\") { advance() }
            if !atEnd { advance() }
        }
        if peek() == UInt8(ascii: "\"") { advance() }
    }
}
