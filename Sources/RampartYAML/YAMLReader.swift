public import RampartCore

/// Reads YAML streams into positioned ``Document``s, one per non-empty document of the stream.
///
/// Built on libyaml's event parser: the tree is composed straight from events with an explicit
/// stack (no recursion), every node keeps the exact span libyaml reports, and comments (which
/// libyaml drops) are recovered by a separate byte scan. Hostile input never crashes or hangs the
/// reader; it becomes a ``Diagnostic``:
///
/// - alias floods ("billion laughs") stop at ``Limits/maxAliasExpansion`` (`alias-budget-exceeded`),
/// - nesting deeper than ``Limits/maxDepth`` is cut off (`nesting-too-deep`),
/// - input larger than ``Limits/maxInputBytes`` is refused (`file-too-large`),
/// - malformed YAML stops the stream at libyaml's problem mark (`syntax-error`); earlier documents
///   are still returned,
/// - invalid UTF-8 gives `invalid-encoding`.
///
/// ```swift
/// let result = YAMLReader().read(bytes, file: "deploy.yaml")
/// for document in result.documents { print(document.root["kind"]?.stringValue ?? "?") }
/// ```
public struct YAMLReader: Sendable {
    /// Resource limits that keep hostile input bounded.
    public var limits: Limits
    /// How plain scalars are resolved to null, bool, int and float.
    public var schema: Schema

    /// Creates a reader.
    public init(limits: Limits = Limits(), schema: Schema = .kubernetes) {
        self.limits = limits
        self.schema = schema
    }

    /// Reads a YAML stream given as UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - bytes: the file contents (UTF-8, optionally with a byte order mark).
    ///   - file: the path recorded in every document and diagnostic.
    public func read(_ bytes: [UInt8], file: String) -> YAMLReadResult {
        bytes.withUnsafeBufferPointer { read(buffer: $0, file: file) }
    }

    /// Reads a YAML stream from any collection of UTF-8 bytes (`Data`, `ArraySlice`, …).
    public func read(_ bytes: some Collection<UInt8>, file: String) -> YAMLReadResult {
        if let result = bytes.withContiguousStorageIfAvailable({ read(buffer: $0, file: file) }) {
            return result
        }
        return read(Array(bytes), file: file)
    }

    /// Reads a YAML stream from a string.
    public func read(_ text: String, file: String) -> YAMLReadResult {
        var text = text
        return text.withUTF8 { read(buffer: $0, file: file) }
    }

    /// Reads the first non-empty document of a stream, or `nil` when there is none; diagnostics of the
    /// whole stream are returned alongside.
    public func readFirstDocument(_ text: String, file: String) -> (document: Document?, diagnostics: [Diagnostic]) {
        let result = read(text, file: file)
        return (result.documents.first, result.diagnostics)
    }

    /// Reads from raw memory; the buffer only needs to live for the duration of the call.
    public func read(buffer: UnsafeBufferPointer<UInt8>, file: String) -> YAMLReadResult {
        if buffer.count > limits.maxInputBytes {
            let message =
                "the file has \(buffer.count) bytes, more than the YAML limit of \(limits.maxInputBytes); "
                + "split it or raise the limit"
            return YAMLReadResult(documents: [], diagnostics: [Diagnostic(.fileTooLarge, message, file: file)])
        }
        var text = buffer
        if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF {
            text = UnsafeBufferPointer(rebasing: text[3...])
        } else if text.count >= 2, (text[0] == 0xFE && text[1] == 0xFF) || (text[0] == 0xFF && text[1] == 0xFE) {
            let message = "the file is UTF-16; convert it to UTF-8 to scan it"
            let start = SourceRange(file: file, span: SourceSpan(line: 1, column: 1, endLine: 1, endColumn: 1))
            return YAMLReadResult(documents: [], diagnostics: [Diagnostic(.invalidEncoding, message, at: start)])
        }
        if text.isEmpty { return YAMLReadResult(documents: [], diagnostics: []) }
        var composer = YAMLComposer(file: file, limits: limits, schema: schema, text: text)
        composer.run()
        var documents = composer.documents
        let comments = YAMLCommentCollector(text: text, literalRanges: composer.literalRanges).comments()
        YAMLCommentCollector.distribute(comments, into: &documents, starts: composer.documentStarts)
        return YAMLReadResult(documents: documents, diagnostics: composer.diagnostics)
    }
}

/// What ``YAMLReader`` produced from one stream.
public struct YAMLReadResult: Sendable {
    /// The non-empty documents, in stream order; ``Document/index`` is the position in the stream,
    /// counting empty documents too.
    public var documents: [Document]
    /// Problems found, in stream order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(documents: [Document], diagnostics: [Diagnostic]) {
        self.documents = documents
        self.diagnostics = diagnostics
    }
}
