import CEL

/// Validity of constant arguments, decided exactly as evaluation would decide it.
enum ConstantSyntax {
    static func isValidDuration(_ text: String) -> Bool {
        if case .duration = StandardConversions.call("duration", .string, .string(text)) { return true }
        return false
    }

    static func isValidTimestamp(_ text: String) -> Bool {
        if case .timestamp = StandardConversions.call("timestamp", .string, .string(text)) { return true }
        return false
    }

    static func isValidTimestampSeconds(_ seconds: Int64) -> Bool {
        seconds >= CELTimestamp.minSeconds && seconds <= CELTimestamp.maxSeconds
    }

    /// Go-style message when RE2 rejects `pattern`, else `nil`.
    static func regexError(_ pattern: String) -> String? {
        if case .failure(let error) = KubernetesRegexLibrary.compile(pattern) { return error.message }
        return nil
    }
}
