public import RampartCore

extension Diagnostic.Code {
    /// An alias (`*name`) names no anchor defined earlier in the same document.
    public static let undefinedAlias = Self("undefined-alias")
    /// A mapping key is itself a mapping or sequence; the entry is skipped.
    public static let complexKey = Self("complex-key")
    /// A merge key (`<<`) whose value is not a mapping or a sequence of mappings.
    public static let invalidMerge = Self("invalid-merge")
}
