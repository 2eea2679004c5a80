public import RampartCore

extension Diagnostic.Code {
    /// A `\u` escape names half of a surrogate pair without the other half; it was read as U+FFFD.
    public static let loneSurrogate = Self("lone-surrogate")
}
