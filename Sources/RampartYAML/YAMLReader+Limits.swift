extension YAMLReader {
    /// Bounds on the work and memory one stream may cost.
    public struct Limits: Sendable, Hashable {
        /// Nodes that alias expansion may add per document, at least; the effective budget is the larger
        /// of this and ``aliasExpansionFactor`` times the nodes written in the document.
        public var maxAliasExpansion: Int
        /// Multiple of the written nodes that alias expansion may add.
        public var aliasExpansionFactor: Int
        /// Deepest nesting of sequences and mappings; deeper collections become `null`. Swift frees trees
        /// recursively, so keep it in the hundreds (freeing a 512-deep tree takes about 100 KB of stack).
        public var maxDepth: Int
        /// Largest input accepted, in bytes.
        public var maxInputBytes: Int

        /// Creates limits; the defaults suit Kubernetes manifests, compose and CloudFormation files.
        public init(
            maxAliasExpansion: Int = 100_000,
            aliasExpansionFactor: Int = 10,
            maxDepth: Int = 512,
            maxInputBytes: Int = 128 << 20
        ) {
            self.maxAliasExpansion = maxAliasExpansion
            self.aliasExpansionFactor = aliasExpansionFactor
            self.maxDepth = maxDepth
            self.maxInputBytes = maxInputBytes
        }
    }

    /// How untagged plain scalars become typed values; quoted and block scalars are always strings.
    public enum Schema: Sendable, Hashable {
        /// What `kubectl` and the API server see: sigs.k8s.io/yaml over go-yaml v2, i.e. YAML 1.1 rules.
        ///
        /// - null: empty, `~`, `null`, `Null`, `NULL`
        /// - bool: `true`/`false`, `yes`/`no`, `on`/`off`, `y`/`n` in lower, Title and UPPER case
        /// - int: decimal, `0x` hex, `0o` and leading-zero octal (`0755` is 493), `0b` binary,
        ///   `_` separators ignored; beyond Int64 a decimal becomes a double
        /// - float: `1.5`, `1e3`, `.5`, `.inf`, `-.inf`, `.nan`; timestamps stay strings
        case kubernetes
        /// The YAML 1.2 core schema: only `true`/`false` are bools, `0755` is the decimal 755, `0o`
        /// is octal, no `_` separators. Use it for formats read by YAML 1.2 loaders (GitHub Actions'
        /// `on:` stays a string key).
        case core
    }
}
