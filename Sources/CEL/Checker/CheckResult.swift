import CELSyntax

/// What the checker found: the expression's type, resolved references and problems.
struct CheckResult {
    var type: CELType
    var references: [Int64: CheckedReference]
    var issues: [CELIssue]
    /// Deduced type of each node.
    var types: [Int64: CELType]
}
