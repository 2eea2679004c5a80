/// Why a string is not a Kubernetes quantity.
public struct QuantityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable error code (`quantity.format`, `quantity.suffix`, `quantity.exponent`).
    public let code: String
    /// Kubernetes' message, saying what the text must look like.
    public let message: String
    /// The rejected text.
    public let text: String

    /// Same text as Kubernetes' `ErrFormatWrong`.
    static func formatWrong(_ text: String) -> QuantityError {
        QuantityError(
            code: "quantity.format",
            message: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
            text: text)
    }

    /// Same text as Kubernetes' `ErrSuffix`.
    static func suffix(_ text: String) -> QuantityError {
        QuantityError(code: "quantity.suffix", message: "unable to parse quantity's suffix", text: text)
    }

    static func exponentOutOfRange(_ text: String) -> QuantityError {
        QuantityError(
            code: "quantity.exponent",
            message: "quantity exponent must be within ±\(Quantity.maximumExponent); use a smaller exponent",
            text: text)
    }

    static func tooManyDigits(_ text: String) -> QuantityError {
        QuantityError(
            code: "quantity.digits",
            message: "quantity has more than \(Quantity.maximumDigits) digits; use a suffix or an exponent",
            text: text)
    }

    /// Text form.
    public var description: String { message }
}
