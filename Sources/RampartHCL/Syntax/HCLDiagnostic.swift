public import RampartCore

/// A problem found while parsing or evaluating HCL, with the exact range of its subject.
public struct HCLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The input is invalid.
        case error
        /// The input is doubtful but usable.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// One-line summary of the problem.
    public var summary: String
    /// What is wrong and what to do about it.
    public var detail: String
    /// The source range the problem is about.
    public var subject: HCLRange
    /// The Rampart diagnostic code (`syntax-error`, `nesting-too-deep`, `evaluation-error`).
    public var code: Diagnostic.Code

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, _ summary: String, detail: String = "", at subject: HCLRange,
        code: Diagnostic.Code = .syntaxError
    ) {
        self.severity = severity
        self.summary = summary
        self.detail = detail
        self.subject = subject
        self.code = summary == "Nesting too deep" ? .nestingTooDeep : code
    }

    /// The Rampart diagnostic for a named file.
    public func diagnostic(file: String) -> Diagnostic {
        let message = detail.isEmpty ? summary : "\(summary): \(detail)"
        return Diagnostic(
            code, message, level: severity == .error ? .error : .warning,
            at: SourceRange(file: file, span: subject.span))
    }

    public var description: String {
        "\(subject): \(severity.rawValue): \(summary)\(detail.isEmpty ? "" : "; \(detail)")"
    }
}

extension Array where Element == HCLDiagnostic {
    /// `true` when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
