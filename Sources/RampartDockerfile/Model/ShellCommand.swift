public import RampartCore

/// One simple command of a `RUN` shell line or heredoc body, as a POSIX shell would run it.
///
/// `apt-get update && apt-get install -y curl | tee log` gives three commands; the second has
/// ``pipeTo`` set because its output is piped into `tee`.
public struct ShellCommand: Sendable, Hashable {
    /// The words after quote removal; variable references and `$( … )` kept as written.
    public var args: [Word]
    /// Leading `NAME=value` assignments (`DEBIAN_FRONTEND=noninteractive apt-get …`).
    public var assignments: [Word]
    /// Redirections (`>/dev/null`, `2>&1`, `<<EOF`), operator and target joined.
    public var redirects: [Word]
    /// `true` when this command's output is piped (`|`) into the next command.
    public var pipeTo: Bool
    /// Where the command starts and ends.
    public var span: SourceSpan

    /// Creates a command.
    public init(args: [Word], assignments: [Word] = [], redirects: [Word] = [], pipeTo: Bool = false, span: SourceSpan)
    {
        self.args = args
        self.assignments = assignments
        self.redirects = redirects
        self.pipeTo = pipeTo
        self.span = span
    }

    /// The argument texts.
    public var argStrings: [String] { args.map(\.text) }
}
