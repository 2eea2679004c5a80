/// A report could not be produced: the whole rendering stops.
///
/// ```swift
/// throw ReportError(.unknownFormat, "unknown report format 'xml'; use one of table, json, sarif, junit")
/// ```
public struct ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code naming the kind of failure.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code as written in messages (`unknown-format`).
        public var rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The raw value.
        public var description: String { rawValue }

        /// `--format` named no known format.
        public static let unknownFormat = Code(rawValue: "unknown-format")
        /// The rendered text could not be encoded.
        public static let encodingFailed = Code(rawValue: "encoding-failed")
    }

    /// What kind of failure this is.
    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `error[code]: message`.
    public var description: String { "error[\(code)]: \(message)" }
}
