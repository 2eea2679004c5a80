/// Settings of a ``CELEnvironment`` that affect compilation and evaluation.
public struct CELOptions: Sendable {
    /// Namespace for resolving names, e.g. `k8s.io.api` (empty: none). A name `x` in container
    /// `a.b` resolves as `a.b.x`, then `a.x`, then `x`.
    public var container: String
    /// Whether compilation type-checks the expression (undeclared names, overloads, result type).
    public var typeCheck: Bool
    /// Whether the parser expands macros (`has`, `all`, `exists`, `map`, `filter` …).
    public var enableMacros: Bool
    /// Maximum cost units one evaluation may spend, or `nil` for no limit.
    public var costLimit: Int?
    /// Maximum nesting depth of comprehensions in one expression (checked at compile time).
    public var maxComprehensionNesting: Int
    /// Maximum number of elements of a list or map created during evaluation.
    public var maxCreatedCollectionSize: Int
    /// Whether variables that are not declared may still be read from the activation when the
    /// checker is off (they are always `dyn`).
    public var allowUndeclaredVariables: Bool

    /// Creates options. The defaults are generous: 10,000,000 cost units, 12 nested
    /// comprehensions, 1,000,000 elements per created collection.
    public init(
        container: String = "", typeCheck: Bool = true, enableMacros: Bool = true, costLimit: Int? = 10_000_000,
        maxComprehensionNesting: Int = 12, maxCreatedCollectionSize: Int = 1_000_000,
        allowUndeclaredVariables: Bool = true
    ) {
        self.container = container
        self.typeCheck = typeCheck
        self.enableMacros = enableMacros
        self.costLimit = costLimit
        self.maxComprehensionNesting = maxComprehensionNesting
        self.maxCreatedCollectionSize = maxCreatedCollectionSize
        self.allowUndeclaredVariables = allowUndeclaredVariables
    }
}
