/// An evaluation error raised by an extension function, with cel-go's wording where one exists.
public struct ExtensionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable code (`index_out_of_range`, `overflow`, `invalid_argument`, …).
    public let code: String
    /// What went wrong and, where it helps, what to do instead.
    public let message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    static func indexOutOfRange(_ index: Int64) -> ExtensionError {
        ExtensionError(code: "index_out_of_range", message: "index out of range: \(index)")
    }

    static func invalidArgument(_ message: String) -> ExtensionError {
        ExtensionError(code: "invalid_argument", message: message)
    }

    /// Text form.
    public var description: String { message }
}
