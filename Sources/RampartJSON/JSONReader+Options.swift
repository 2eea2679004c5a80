extension JSONReader {
    /// Leniency flags (all off by default: strict RFC 8259) and resource limits.
    public struct Options: Sendable, Hashable {
        /// Accept `// line` and `/* block */` comments, as in `.jsonc` and VS Code settings; they are kept
        /// in ``RampartCore/Document/comments``.
        public var allowComments: Bool
        /// Accept a comma before `]` or `}`.
        public var allowTrailingCommas: Bool
        /// Deepest nesting of arrays and objects; deeper input is an error. Swift frees trees recursively,
        /// so keep it in the hundreds (freeing a 512-deep tree takes about 100 KB of stack).
        public var maxDepth: Int
        /// Largest input accepted, in bytes.
        public var maxInputBytes: Int

        /// Creates options.
        public init(
            allowComments: Bool = false, allowTrailingCommas: Bool = false, maxDepth: Int = 512,
            maxInputBytes: Int = 256 << 20
        ) {
            self.allowComments = allowComments
            self.allowTrailingCommas = allowTrailingCommas
            self.maxDepth = maxDepth
            self.maxInputBytes = maxInputBytes
        }

        /// The leniency of `.jsonc` files and VS Code settings: comments and trailing commas.
        public static let jsonc = Options(allowComments: true, allowTrailingCommas: true)
    }
}
