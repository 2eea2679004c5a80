import RampartCore

/// A problem found while parsing, turned into a ``Diagnostic`` by ``JSONReader``.
struct JSONProblem {
    var code: Diagnostic.Code
    var message: String
    var level: Diagnostic.Level
    var span: SourceSpan
}

/// A problem that ends the parse.
struct JSONStop: Error {
    var code: Diagnostic.Code
    var message: String
    var position: SourcePosition
}

/// The JSON state machine: values are parsed in a loop over an explicit stack of open containers.
///
/// Positions are tracked as we go: `line`, the byte offset where the line starts, and how many UTF-8
/// continuation bytes the line has before the cursor, so a column (in Unicode scalars) is one
/// subtraction away at any point.
struct JSONParser {
    let text: UnsafeBufferPointer<UInt8>
    let options: JSONReader.Options
    var index = 0
    var line = 1
    var lineStart = 0
    var continuationBytes = 0
    /// The line of the last token, to tell trailing comments from comments on their own line.
    var contentLine = 0
    var problems: [JSONProblem] = []
    var comments: [Comment] = []
    var reportedEncoding = false
    var stack: [JSONFrame] = []
    var scratch: [UInt8] = []

    init(text: UnsafeBufferPointer<UInt8>, options: JSONReader.Options) {
        self.text = text
        self.options = options
    }

    /// The position of the cursor.
    var position: SourcePosition {
        SourcePosition(line: line, column: index - lineStart - continuationBytes + 1)
    }

    /// Parses the whole text; `nil` when it is not valid JSON (the reason is in ``problems``).
    mutating func parseDocument() -> Node? {
        if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF {
            index = 3
            lineStart = 3
        }
        do {
            return try parseRoot()
        } catch {
            problems.append(
                JSONProblem(
                    code: error.code, message: error.message, level: .error,
                    span: SourceSpan(at: error.position)))
            return nil
        }
    }

    private mutating func parseRoot() throws(JSONStop) -> Node {
        try skipWhitespace()
        guard index < text.count else { throw stop("the file is empty; expected a JSON value") }
        while true {
            guard index < text.count else { throw stop("unexpected end of input; expected a value") }
            var value: Node
            let start = position
            switch text[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = text[index] == UInt8(ascii: "{")
                try open(isObject: isObject, at: start)
                index += 1
                try skipWhitespace()
                if index < text.count, text[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    value = close()
                } else {
                    if isObject { try parseKey(afterComma: false) }
                    continue
                }
            case UInt8(ascii: "\""):
                let string = try parseString()
                value = Node(.string(string), span: SourceSpan(start: start, end: position))
            case UInt8(ascii: "t"):
                value = try literal("true", .bool(true), at: start)
            case UInt8(ascii: "f"):
                value = try literal("false", .bool(false), at: start)
            case UInt8(ascii: "n"):
                value = try literal("null", .null, at: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try parseNumber()
            default:
                throw stop(
                    "unexpected \(describe(text[index])); expected a value (object, array, string, number, true, false or null)"
                )
            }
            while true {
                guard !stack.isEmpty else {
                    try skipWhitespace()
                    if index < text.count {
                        throw stop(
                            "unexpected \(describe(text[index])) after the JSON value; a JSON file holds a single value"
                        )
                    }
                    return value
                }
                attach(value)
                try skipWhitespace()
                let isObject = stack[stack.count - 1].isObject
                let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let context = isObject ? "',' or '}' after object member" : "',' or ']' after array element"
                guard index < text.count else { throw stop("unexpected end of input; expected \(context)") }
                if text[index] == UInt8(ascii: ",") {
                    index += 1
                    try skipWhitespace()
                    if index < text.count, text[index] == closer {
                        guard options.allowTrailingCommas else {
                            throw stop(
                                "a comma before '\(Character(Unicode.Scalar(closer)))' is not allowed in JSON; remove it"
                            )
                        }
                        index += 1
                        value = close()
                        continue
                    }
                    if isObject { try parseKey(afterComma: true) }
                    break
                }
                if text[index] == closer {
                    index += 1
                    value = close()
                    continue
                }
                throw stop("expected \(context), found \(describe(text[index]))")
            }
        }
    }

    // MARK: Containers

    private mutating func open(isObject: Bool, at start: SourcePosition) throws(JSONStop) {
        if stack.count >= options.maxDepth {
            throw JSONStop(
                code: .nestingTooDeep,
                message: "arrays and objects nest deeper than \(options.maxDepth) levels; flatten the document",
                position: start)
        }
        stack.append(JSONFrame(isObject: isObject, start: start))
    }

    private mutating func close() -> Node {
        let frame = stack.removeLast()
        let span = SourceSpan(start: frame.start, end: position)
        return Node(frame.isObject ? .map(Mapping(frame.entries)) : .list(frame.items), span: span)
    }

    private mutating func attach(_ value: consuming Node) {
        let top = stack.count - 1
        if stack[top].isObject {
            if stack[top].entries.capacity == 0 { stack[top].entries.reserveCapacity(4) }
            stack[top].entries.append(Mapping.Entry(key: stack[top].key, keySpan: stack[top].keySpan, value: value))
        } else {
            if stack[top].items.capacity == 0 { stack[top].items.reserveCapacity(4) }
            stack[top].items.append(value)
        }
    }

    private mutating func parseKey(afterComma: Bool) throws(JSONStop) {
        guard index < text.count, text[index] == UInt8(ascii: "\"") else {
            if index >= text.count { throw stop("unexpected end of input; expected an object key") }
            throw stop("expected an object key in double quotes, found \(describe(text[index]))")
        }
        let start = position
        let key = try parseString()
        let keySpan = SourceSpan(start: start, end: position)
        try skipWhitespace()
        guard index < text.count, text[index] == UInt8(ascii: ":") else {
            throw stop(
                index < text.count
                    ? "expected ':' after object key, found \(describe(text[index]))"
                    : "unexpected end of input; expected ':' after object key")
        }
        index += 1
        try skipWhitespace()
        let top = stack.count - 1
        if !stack[top].insertKey(key) {
            let entries = stack[top].entries
            record(.duplicateKey, Self.duplicateMessage(key, entries), level: .warning, span: keySpan)
        }
        stack[top].key = key
        stack[top].keySpan = keySpan
    }

    // MARK: Helpers

    /// Most warnings kept per file, so hostile input cannot produce one message per byte.
    static let maxProblems = 100

    /// Records a recoverable problem, or once past ``maxProblems`` a note that the rest are not
    /// listed; the message is only built when it is kept.
    mutating func record(
        _ code: Diagnostic.Code, _ message: @autoclosure () -> String, level: Diagnostic.Level,
        span: SourceSpan
    ) {
        if problems.count < Self.maxProblems {
            problems.append(JSONProblem(code: code, message: message(), level: level, span: span))
        } else if problems.count == Self.maxProblems {
            problems.append(
                JSONProblem(
                    code: code, message: "more than \(Self.maxProblems) problems; the rest are not listed",
                    level: .note, span: span))
        }
    }

    private static func duplicateMessage(_ key: String, _ entries: [Mapping.Entry]) -> String {
        let first = entries.first { $0.key == key }?.keySpan.start
        let earlier = first.map { " (first at line \($0.line), column \($0.column))" } ?? ""
        return "duplicate key '\(key)'\(earlier); the last value wins. Remove one of them"
    }

    func stop(_ message: String) -> JSONStop {
        JSONStop(code: .syntaxError, message: message, position: position)
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        switch byte {
        case 0x20: return "a space"
        case 0x0A, 0x0D: return "a line break"
        default: return "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    private mutating func literal(_ word: StaticString, _ value: Node.Value, at start: SourcePosition) throws(JSONStop)
        -> Node
    {
        let count = word.utf8CodeUnitCount
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard index + count <= text.count, text[index..<(index + count)].elementsEqual(bytes) else {
            throw stop("invalid literal; expected true, false or null (strings need double quotes)")
        }
        index += count
        return Node(value, span: SourceSpan(start: start, end: position))
    }
}
