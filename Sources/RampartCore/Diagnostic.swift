/// A recoverable problem met while reading or evaluating input: the file or rule is skipped or
/// partly read, and the scan goes on.
///
/// Diagnostics are reported beside findings ("what could not be fully scanned") and make
/// `--strict` exit with code 3. A thrown error, by contrast, stops the whole operation.
///
/// ```swift
/// Diagnostic(.yamlSyntax, "mapping values are not allowed here", at: range)
/// ```
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A stable code naming the kind of problem.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }
    }

    /// How much the problem affected the scan.
    public enum Level: String, Sendable, Hashable, Codable {
        /// The input was not (fully) scanned.
        case error
        /// The input was scanned, but something is doubtful (duplicate key, unresolved module).
        case warning
        /// Informational (a skipped binary file).
        case note
    }

    public var code: Code
    public var level: Level
    /// What went wrong and what to do about it.
    public var message: String
    /// Where, when known; `nil` for problems with no position (an unreadable directory).
    public var range: SourceRange?
    /// The file concerned, when there is no finer range.
    public var file: String?

    /// Creates a diagnostic.
    public init(
        _ code: Code, _ message: String, level: Level = .error, at range: SourceRange? = nil, file: String? = nil
    ) {
        self.code = code
        self.level = level
        self.message = message
        self.range = range
        self.file = file ?? range?.file
    }

    /// `path:line:col: level[code]: message`.
    public var description: String {
        let place = range.map { "\($0): " } ?? file.map { "\($0): " } ?? ""
        return "\(place)\(level.rawValue)[\(code)]: \(message)"
    }
}

extension Diagnostic.Code {
    public static let unreadableFile = Self("unreadable-file")
    public static let binaryFile = Self("binary-file")
    public static let fileTooLarge = Self("file-too-large")
    public static let invalidEncoding = Self("invalid-encoding")
    public static let syntaxError = Self("syntax-error")
    public static let duplicateKey = Self("duplicate-key")
    public static let aliasBudgetExceeded = Self("alias-budget-exceeded")
    public static let nestingTooDeep = Self("nesting-too-deep")
    public static let symlinkLoop = Self("symlink-loop")
    public static let ruleError = Self("rule-error")
    public static let evaluationError = Self("evaluation-error")
    public static let unknownValue = Self("unknown-value")
}
