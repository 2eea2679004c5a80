public import RampartCore

/// A rule that cannot be loaded or compiled: it names the file, line and column and says what to fix.
public struct RuleError: Error, Sendable, CustomStringConvertible {
    /// The rule id, when known.
    public var ruleID: String?
    public var message: String
    public var range: SourceRange?

    /// Creates an error.
    public init(ruleID: String? = nil, _ message: String, at range: SourceRange? = nil) {
        self.ruleID = ruleID
        self.message = message
        self.range = range
    }

    public var description: String {
        let place = range.map { "\($0): " } ?? ""
        let rule = ruleID.map { " (rule \($0))" } ?? ""
        return "\(place)error\(rule): \(message)"
    }

    /// As a diagnostic, for reports.
    public var diagnostic: Diagnostic {
        Diagnostic(.ruleError, ruleID.map { "rule \($0): \(message)" } ?? message, at: range)
    }
}
