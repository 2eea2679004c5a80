public import RampartCore

/// Parses Dockerfiles and Containerfiles following the Dockerfile reference and the BuildKit
/// frontend: parser directives, escape-character continuations, comments, heredocs, exec and
/// shell forms, flags, stages and environment replacement.
///
/// Parsing never fails: every problem becomes a ``Diagnostic`` (also kept in
/// ``Dockerfile/diagnostics``) and the rest of the file is still read.
///
/// ```swift
/// let (dockerfile, diagnostics) = DockerfileParser().parse(text, file: "Dockerfile")
/// let document = dockerfile.document()
/// ```
public struct DockerfileParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses Dockerfile text.
    ///
    /// - Parameters:
    ///   - text: The file contents (a leading byte-order mark is ignored; CRLF is accepted).
    ///   - file: The path used in diagnostics.
    /// - Returns: The model and its diagnostics (the same as `dockerfile.diagnostics`).
    public func parse(_ text: String, file: String) -> (Dockerfile, [Diagnostic]) {
        var session = ParseSession(source: SourceText(bytes: Array(text.utf8)), file: file)
        let dockerfile = session.run()
        return (dockerfile, dockerfile.diagnostics)
    }

    /// Parses raw file bytes; invalid UTF-8 is replaced by U+FFFD and reported once.
    public func parse(bytes: [UInt8], file: String) -> (Dockerfile, [Diagnostic]) {
        guard let invalidOffset = Self.firstInvalidUTF8Offset(bytes) else {
            var session = ParseSession(source: SourceText(bytes: bytes), file: file)
            let dockerfile = session.run()
            return (dockerfile, dockerfile.diagnostics)
        }
        let position = SourceText(bytes: bytes).position(of: invalidOffset)
        let repaired = String(decoding: bytes, as: UTF8.self)
        var session = ParseSession(source: SourceText(bytes: Array(repaired.utf8)), file: file)
        session.diagnostics.append(
            Diagnostic(
                .invalidEncoding,
                "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD. Save the file as UTF-8",
                level: .warning,
                at: SourceRange(file: file, span: SourceSpan(at: position))
            ))
        let dockerfile = session.run()
        return (dockerfile, dockerfile.diagnostics)
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or `nil`.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
