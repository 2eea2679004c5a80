/// Parses CEL source text into a ``ParsedExpr``, following the CEL language definition
/// (google/cel-spec `doc/langdef.md`), with cel-go's macro expansions and optional syntax.
///
/// A parser is an immutable value: build it once (it indexes its macro table) and use it from
/// any thread.
///
/// ```swift
/// let parser = Parser()
/// let parsed = try parser.parse("object.spec.containers.all(c, has(c.image))")
/// ```
public struct Parser: Sendable {
    /// The settings this parser was built with.
    public let options: ParserOptions
    /// Macros by function name.
    let macroTable: [String: [Macro]]

    /// Creates a parser.
    public init(options: ParserOptions = ParserOptions()) {
        self.options = options
        var table: [String: [Macro]] = [:]
        if options.enableMacros {
            for macro in options.macros { table[macro.name, default: []].append(macro) }
        }
        self.macroTable = table
    }

    /// Parses one expression.
    ///
    /// - Parameters:
    ///   - text: the CEL source.
    ///   - sourceName: how errors name the source, e.g. `<input>` or a policy file path.
    /// - Returns: the tree, the node offsets and the macro calls.
    /// - Throws: ``ParseFailure`` with every problem found (syntax errors, invalid literals,
    ///   reserved identifiers, misused macros, limits exceeded).
    public func parse(_ text: String, sourceName: String = "<input>") throws(ParseFailure) -> ParsedExpr {
        var text = text
        let outcome = text.withUTF8 { bytes in parse(bytes: bytes) }
        let source = Source(text, name: sourceName)
        switch outcome {
        case .parsed(let expr, let byteOffsets, let macroCalls, let converter):
            var offsets: [Int64: Int] = Dictionary(minimumCapacity: byteOffsets.count)
            for id in 1..<byteOffsets.count where byteOffsets[id] >= 0 {
                offsets[Int64(id)] = converter.scalarOffset(ofByte: Int(byteOffsets[id]))
            }
            return ParsedExpr(expr: expr, source: source, offsets: offsets, macroCalls: macroCalls)
        case .failed(let pending, let converter):
            let issues = pending.map { issue in
                let offset = issue.byteOffset < 0 ? nil : converter.scalarOffset(ofByte: issue.byteOffset)
                return CELIssue(code: issue.code, message: issue.message, offset: offset, in: source)
            }
            throw ParseFailure(issues: issues, source: source)
        }
    }

    private enum Outcome {
        case parsed(Expr, [Int32], [Int64: Expr], OffsetConverter)
        case failed([PendingIssue], OffsetConverter)
    }

    private func parse(bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let converter = OffsetConverter(bytes: bytes)
        let limit = options.expressionSizeCodePointLimit
        // Offsets are stored as 32-bit values: longer text is rejected even without a limit.
        if bytes.count >= Int(Int32.max) || (limit >= 0 && bytes.count > limit && converter.scalarCount > limit) {
            let message = "expression code point size exceeds limit: size: \(converter.scalarCount), limit \(limit)"
            return .failed([PendingIssue(.sizeLimit, message, byteOffset: -1)], converter)
        }
        var lexer = Lexer(bytes: bytes)
        let tokens = lexer.tokenize()
        var state = ParserState(bytes: bytes, tokens: tokens, options: options, macroTable: macroTable)
        state.issues = lexer.issues
        let expr = state.parseAll()
        guard let expr, state.issues.isEmpty else {
            let sorted = state.issues.enumerated().sorted {
                ($0.element.byteOffset, $0.offset) < ($1.element.byteOffset, $1.offset)
            }.map(\.element)
            return .failed(sorted, converter)
        }
        return .parsed(expr, state.byteOffsets, state.macroCalls, converter)
    }
}
