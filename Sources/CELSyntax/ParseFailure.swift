/// The error ``Parser/parse(_:sourceName:)`` throws: every problem found, and the source they
/// point into.
///
/// ```swift
/// do {
///     _ = try Parser().parse("a +")
/// } catch {
///     print(error)   // ERROR: <input>:1:4: Syntax error: … (with the line and a caret)
/// }
/// ```
public struct ParseFailure: Error, Sendable, CustomStringConvertible {
    /// The problems, ordered by position; never empty.
    public var issues: [CELIssue]
    /// The text that failed to parse.
    public var source: Source

    /// Creates a failure.
    public init(issues: [CELIssue], source: Source) {
        self.issues = issues
        self.source = source
    }

    /// All issues rendered cel-go style, one block per issue, separated by newlines.
    public var description: String {
        issues.map { $0.render(in: source) }.joined(separator: "\n")
    }
}
