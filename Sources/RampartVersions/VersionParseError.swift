/// Why a version string could not be parsed by a ``VersionScheme``.
///
/// The ``code`` is stable (for tests and reports), the ``message`` says what is wrong and what a valid
/// version looks like, and ``offset`` is the UTF-8 offset in ``text`` where the problem was found.
public struct VersionParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable, growable error code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's text, such as `version.empty`.
        public let rawValue: String

        /// Creates a code from its text.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// The version string is empty or only whitespace.
        public static let empty = Code("version.empty")
        /// A character that the scheme does not allow.
        public static let invalidCharacter = Code("version.invalid-character")
        /// The epoch is missing, not a number or too large.
        public static let invalidEpoch = Code("version.invalid-epoch")
        /// A required component (release number, revision, …) is missing.
        public static let missingComponent = Code("version.missing-component")
        /// The string does not follow the scheme's grammar.
        public static let malformed = Code("version.malformed")

        /// The text form.
        public var description: String { rawValue }
    }

    /// The stable error code.
    public let code: Code
    /// What is wrong and how to fix it.
    public let message: String
    /// The rejected version string.
    public let text: String
    /// The UTF-8 offset in ``text`` where the problem was found.
    public let offset: Int

    /// Creates an error.
    public init(code: Code, message: String, text: String, offset: Int) {
        self.code = code
        self.message = message
        self.text = text
        self.offset = offset
    }

    /// The text form.
    public var description: String { "\(code): \(message) (in \"\(text)\" at offset \(offset))" }
}
