public import RampartCore

/// Reads a JSON text (RFC 8259) into a positioned ``Document``.
///
/// Hand-written over the raw bytes: no Foundation, no intermediate values, an explicit stack instead
/// of recursion. Every node gets its exact span (columns in Unicode scalars) and every object member
/// its key span, so findings point at the right character. Problems become ``Diagnostic``s: a syntax
/// error (with a message such as "expected ',' or '}' after object member") ends the document,
/// duplicate keys and lone surrogates are warnings, invalid UTF-8 is an error but the text is still
/// read (with U+FFFD in its place).
///
/// ```swift
/// let result = JSONReader().read(bytes, file: "pod.json")
/// let image = result.document?.root["spec"]?["containers"]?[0]?["image"]
/// ```
public struct JSONReader: Sendable {
    /// Leniency and limits.
    public var options: Options

    /// Creates a reader; the default options read strict JSON.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads JSON given as UTF-8 bytes.
    public func read(_ bytes: [UInt8], file: String) -> JSONReadResult {
        bytes.withUnsafeBufferPointer { read(buffer: $0, file: file) }
    }

    /// Reads JSON from any collection of UTF-8 bytes (`Data`, `ArraySlice`, …).
    public func read(_ bytes: some Collection<UInt8>, file: String) -> JSONReadResult {
        if let result = bytes.withContiguousStorageIfAvailable({ read(buffer: $0, file: file) }) {
            return result
        }
        return read(Array(bytes), file: file)
    }

    /// Reads JSON from a string.
    public func read(_ text: String, file: String) -> JSONReadResult {
        var text = text
        return text.withUTF8 { read(buffer: $0, file: file) }
    }

    /// Reads from raw memory; the buffer only needs to live for the duration of the call.
    public func read(buffer: UnsafeBufferPointer<UInt8>, file: String) -> JSONReadResult {
        if buffer.count > options.maxInputBytes {
            let message =
                "the file has \(buffer.count) bytes, more than the JSON limit of \(options.maxInputBytes); "
                + "split it or raise the limit"
            return JSONReadResult(document: nil, diagnostics: [Diagnostic(.fileTooLarge, message, file: file)])
        }
        var parser = JSONParser(text: buffer, options: options)
        let root = parser.parseDocument()
        let diagnostics = parser.problems.map { problem in
            Diagnostic(
                problem.code, problem.message, level: problem.level, at: SourceRange(file: file, span: problem.span))
        }
        let document = root.map { Document(file: file, index: 0, root: $0, comments: parser.comments, syntax: "json") }
        return JSONReadResult(document: document, diagnostics: diagnostics)
    }
}

/// What ``JSONReader`` produced from one file.
public struct JSONReadResult: Sendable {
    /// The document, or `nil` when the text is not valid JSON (see ``diagnostics``).
    public var document: Document?
    /// Problems found, in source order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(document: Document?, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }
}
