import Foundation

/// Where a template ends.
enum HCLTemplateMode {
    /// `"…"`: ends at the closing quote; escapes apply; no newlines.
    case quoted
    /// A heredoc body: ends at a line holding only the marker.
    case heredoc(marker: [UInt8], flush: Bool)
    /// A standalone template: ends at the end of the input.
    case bare
}

/// A template item before directives are nested and strip markers applied.
enum HCLTemplateItem {
    case literal([UInt8], HCLRange, lineStart: Bool)
    case interpolation(HCLExpression, stripLeft: Bool, stripRight: Bool)
    case directive(HCLTemplateDirective, stripLeft: Bool, stripRight: Bool, HCLRange)
}

enum HCLTemplateDirective {
    case ifStart(HCLExpression)
    case elseMark
    case endIf
    case forStart(String?, String, HCLExpression)
    case endFor
}

extension HCLParser {
    /// Parses a heredoc expression at `<<`.
    mutating func parseHeredoc() throws(HCLParseAbort) -> HCLExpression {
        let start = position
        advance(by: 2)
        let flush = peek() == UInt8(ascii: "-")
        if flush { advance() }
        let from = index
        guard readIdentifier() != nil else {
            error("Invalid heredoc", detail: "A marker name is required after <<.", at: characterRange())
            throw HCLParseAbort()
        }
        let marker = Array(bytes[from..<index])
        let opener = HCLRange(start: start, end: position)
        if peek() == 13 { advance() }
        guard peek() == 10 else {
            error("Invalid heredoc", detail: "The heredoc marker must be followed by a newline.", at: characterRange())
            throw HCLParseAbort()
        }
        advance()
        let parts = try parseTemplateParts(mode: .heredoc(marker: marker, flush: flush), opener: opener)
        return HCLExpression(.template(parts), range: HCLRange(start: start, end: position))
    }

    /// Scans a template and returns its nested parts.
    mutating func parseTemplateParts(mode: HCLTemplateMode, opener: HCLRange) throws(HCLParseAbort) -> [HCLTemplatePart]
    {
        if case .quoted = mode, let plain = plainQuotedString() { return plain }
        var items = try scanTemplate(mode: mode, opener: opener)
        if case .heredoc(_, true) = mode { Self.stripIndentation(&items) }
        Self.applyStripMarkers(&items)
        var open = 0
        for case .directive(let directive, _, _, let range) in items {
            switch directive {
            case .ifStart, .forStart: open += 1
            case .endIf, .endFor: open -= 1
            case .elseMark: break
            }
            if depth + open > Self.maximumDepth {
                error(
                    "Nesting too deep", detail: "Template directives nest more than \(Self.maximumDepth) levels.",
                    at: range)
                throw HCLParseAbort()
            }
        }
        var cursor = 0
        let (parts, stop) = buildParts(items, &cursor)
        if let stop {
            error(
                "Unexpected template directive", detail: "This directive has no matching opening directive.", at: stop)
        }
        return parts
    }

    /// Fast path for a quoted string with no escapes, interpolations or directives: one literal part.
    mutating func plainQuotedString() -> [HCLTemplatePart]? {
        var at = index + 1
        var ascii = true
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte == 10 { return nil }
            if (byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")) && at + 1 < bytes.count
                && bytes[at + 1] == UInt8(ascii: "{")
            {
                return nil
            }
            if byte >= 0x80 { ascii = false }
            at += 1
        }
        guard at < bytes.count else { return nil }
        advance()
        let start = position
        let from = index
        if ascii {
            column += at - index
            index = at
        } else {
            while index < at { advance() }
        }
        let range = HCLRange(start: start, end: position)
        advance()
        guard at > from else { return [] }
        var text = String(decoding: bytes[from..<at], as: UTF8.self)
        if !ascii { text = text.precomposedStringWithCanonicalMapping }
        return [.literal(text, range)]
    }

    mutating func scanTemplate(mode: HCLTemplateMode, opener: HCLRange) throws(HCLParseAbort) -> [HCLTemplateItem] {
        var items: [HCLTemplateItem] = []
        var literal: [UInt8] = []
        var literalStart = position
        var lineStart = false
        if case .quoted = mode { advance() }
        literalStart = position
        if case .heredoc = mode { lineStart = true }
        func flush(_ parser: HCLParser) {
            if !literal.isEmpty || lineStart {
                items.append(
                    .literal(literal, HCLRange(start: literalStart, end: parser.position), lineStart: lineStart))
            }
            literal.removeAll(keepingCapacity: true)
            lineStart = false
        }
        var atLineStart = true
        while true {
            if case .heredoc(let marker, _) = mode, atLineStart, closesHeredoc(marker) {
                flush(self)
                skipTrivia(newlines: false)
                advance(by: marker.count)
                return items
            }
            atLineStart = false
            if atEnd {
                switch mode {
                case .bare:
                    flush(self)
                    return items
                case .quoted:
                    error("Unterminated template string", detail: "Close the string with a quote (\").", at: opener)
                    throw HCLParseAbort()
                case .heredoc:
                    error(
                        "Unterminated heredoc", detail: "The heredoc has no closing marker before the end of the file.",
                        at: opener)
                    throw HCLParseAbort()
                }
            }
            let byte = peek()
            if case .quoted = mode {
                if byte == UInt8(ascii: "\"") {
                    flush(self)
                    advance()
                    return items
                }
                if byte == 10 {
                    error(
                        "Unterminated template string", detail: "Quoted strings cannot span lines; use a heredoc.",
                        at: opener)
                    throw HCLParseAbort()
                }
                if byte == UInt8(ascii: "\\") {
                    decodeEscape(into: &literal)
                    continue
                }
            }
            if (byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")) && peek(1) == byte
                && peek(2) == UInt8(ascii: "{")
            {
                literal.append(byte)
                literal.append(UInt8(ascii: "{"))
                advance(by: 3)
                continue
            }
            if (byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")) && peek(1) == UInt8(ascii: "{") {
                flush(self)
                items.append(try parseTemplateSequence(interpolation: byte == UInt8(ascii: "$")))
                literalStart = position
                continue
            }
            literal.append(byte)
            advance()
            if byte == 10 {
                if case .heredoc = mode {
                    flush(self)
                    lineStart = true
                    atLineStart = true
                }
                literalStart = position
            }
        }
    }

    /// `true` when the current line is the heredoc's closing marker (optionally indented).
    func closesHeredoc(_ marker: [UInt8]) -> Bool {
        var at = index
        while at < bytes.count, bytes[at] == 32 || bytes[at] == 9 { at += 1 }
        guard at + marker.count <= bytes.count, Array(bytes[at..<(at + marker.count)]) == marker else { return false }
        at += marker.count
        while at < bytes.count, bytes[at] == 32 || bytes[at] == 9 || bytes[at] == 13 { at += 1 }
        return at == bytes.count || bytes[at] == 10
    }

    mutating func decodeEscape(into literal: inout [UInt8]) {
        let start = position
        advance()
        let byte = peek()
        switch byte {
        case UInt8(ascii: "n"): literal.append(10)
        case UInt8(ascii: "r"): literal.append(13)
        case UInt8(ascii: "t"): literal.append(9)
        case UInt8(ascii: "\""): literal.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): literal.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = byte == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            var valid = true
            for offset in 1...count {
                guard let digit = Self.hexValue(peek(offset)) else {
                    valid = false
                    break
                }
                value = value * 16 + digit
            }
            if valid, let scalar = Unicode.Scalar(value) {
                literal.append(contentsOf: Array(String(Character(scalar)).utf8))
                advance(by: count + 1)
                return
            }
            error(
                "Invalid escape sequence",
                detail: "\\\(Character(Unicode.Scalar(byte))) needs \(count) hexadecimal digits of a valid code point.",
                at: HCLRange(start: start, end: position))
        default:
            error(
                "Invalid escape sequence",
                detail: "Valid escapes are \\n \\r \\t \\\" \\\\ \\uNNNN and \\UNNNNNNNN.", at: characterRange())
            if atEnd || byte == 10 { return }
        }
        advance()
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 48...57: UInt32(byte - 48)
        case 65...70: UInt32(byte - 55)
        case 97...102: UInt32(byte - 87)
        default: nil
        }
    }

    /// `${ expr }` or `%{ directive }`; the cursor is at `$` or `%`.
    mutating func parseTemplateSequence(interpolation: Bool) throws(HCLParseAbort) -> HCLTemplateItem {
        let start = position
        advance(by: 2)
        let savedNesting = nesting
        nesting = 1
        defer { nesting = savedNesting }
        let stripLeft = peek() == UInt8(ascii: "~")
        if stripLeft { advance() }
        skip()
        if interpolation {
            let expression = try parseExpression()
            skip()
            let stripRight = try closeSequence()
            return .interpolation(expression, stripLeft: stripLeft, stripRight: stripRight)
        }
        let directive: HCLTemplateDirective
        if atKeyword("if") {
            advance(by: 2)
            directive = .ifStart(try parseExpression())
        } else if atKeyword("else") {
            advance(by: 4)
            directive = .elseMark
        } else if atKeyword("endif") {
            advance(by: 5)
            directive = .endIf
        } else if atKeyword("endfor") {
            advance(by: 6)
            directive = .endFor
        } else if atKeyword("for") {
            advance(by: 3)
            skip()
            guard let (first, _) = readIdentifier() else {
                error(
                    "Invalid template directive", detail: "A variable name is required after 'for'.",
                    at: characterRange())
                throw HCLParseAbort()
            }
            skip()
            var key: String?
            var value = first
            if peek() == UInt8(ascii: ",") {
                advance()
                skip()
                guard let (second, _) = readIdentifier() else {
                    error(
                        "Invalid template directive", detail: "A value variable name is required after the comma.",
                        at: characterRange())
                    throw HCLParseAbort()
                }
                key = first
                value = second
                skip()
            }
            guard atKeyword("in") else {
                error("Invalid template directive", detail: "The 'in' keyword is required.", at: characterRange())
                throw HCLParseAbort()
            }
            advance(by: 2)
            directive = .forStart(key, value, try parseExpression())
        } else {
            error(
                "Invalid template directive", detail: "Expected if, else, endif, for or endfor.", at: characterRange())
            throw HCLParseAbort()
        }
        skip()
        let stripRight = try closeSequence()
        return .directive(
            directive, stripLeft: stripLeft, stripRight: stripRight, HCLRange(start: start, end: position))
    }

    mutating func closeSequence() throws(HCLParseAbort) -> Bool {
        let stripRight = peek() == UInt8(ascii: "~")
        if stripRight { advance() }
        try expect("}", what: "a closing brace (}) ending the template sequence")
        return stripRight
    }

    /// Nests directives; returns the parts and, when stopped by an unmatched directive, its range.
    func buildParts(_ items: [HCLTemplateItem], _ cursor: inout Int) -> ([HCLTemplatePart], HCLRange?) {
        var parts: [HCLTemplatePart] = []
        while cursor < items.count {
            let item = items[cursor]
            switch item {
            case .literal(let first, var range, _):
                // Consecutive literal items (heredoc lines) join into one part in a single pass.
                var bytes = first
                cursor += 1
                while cursor < items.count, case .literal(let more, let moreRange, _) = items[cursor] {
                    bytes.append(contentsOf: more)
                    range = range.union(moreRange)
                    cursor += 1
                }
                guard !bytes.isEmpty else { continue }
                var text = String(decoding: bytes, as: UTF8.self)
                if bytes.contains(where: { $0 >= 0x80 }) { text = text.precomposedStringWithCanonicalMapping }
                parts.append(.literal(text, range))
            case .interpolation(let expression, _, _):
                cursor += 1
                parts.append(.interpolation(expression))
            case .directive(let directive, _, _, let range):
                switch directive {
                case .elseMark, .endIf, .endFor:
                    return (parts, range)
                case .ifStart(let condition):
                    cursor += 1
                    let (thenParts, thenStop) = buildParts(items, &cursor)
                    var elseParts: [HCLTemplatePart] = []
                    var stop = thenStop
                    if stop != nil, case .directive(.elseMark, _, _, _) = items[cursor] {
                        cursor += 1
                        let (parsed, elseStop) = buildParts(items, &cursor)
                        elseParts = parsed
                        stop = elseStop
                    }
                    guard stop != nil, case .directive(.endIf, _, _, let endRange) = items[cursor] else {
                        return (parts, range)
                    }
                    cursor += 1
                    parts.append(.conditional(condition, then: thenParts, otherwise: elseParts, range.union(endRange)))
                case .forStart(let key, let value, let collection):
                    cursor += 1
                    let (body, stop) = buildParts(items, &cursor)
                    guard stop != nil, case .directive(.endFor, _, _, let endRange) = items[cursor] else {
                        return (parts, range)
                    }
                    cursor += 1
                    parts.append(
                        .loop(
                            keyVariable: key, valueVariable: value, collection: collection, body: body,
                            range.union(endRange)))
                }
            }
        }
        return (parts, nil)
    }
}
