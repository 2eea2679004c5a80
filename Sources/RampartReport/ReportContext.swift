public import RampartCore

/// Where a report goes and what the user asked to see in it.
///
/// The CLI fills it from the terminal and the flags; tests build it directly with in-memory
/// sources. Every format honours ``minimumSeverity``; the others matter to the formats that
/// name them.
///
/// ```swift
/// let context = ReportContext(isTerminal: true, terminalWidth: 120,
///                             sourceLines: .fileSystem(root: scanRoot), minimumSeverity: .medium)
/// ```
public struct ReportContext: Sendable {
    /// `true` when the output is a terminal: the table then uses ANSI colours.
    public var isTerminal: Bool
    /// Columns available; the table cuts code lines to fit. At least 40 is used.
    public var terminalWidth: Int
    /// Reads the lines of a scanned file, for the table's code frames.
    public var sourceLines: SourceLineReader
    /// Findings below this severity are left out of every format and every count.
    public var minimumSeverity: Severity
    /// Whether the table lists suppressed findings (JSON, SARIF and JUnit always carry them).
    public var showSuppressed: Bool
    /// Lines of context the table shows before and after the offending lines.
    public var contextLines: Int
    /// Absolute path of the scan root, for SARIF `originalUriBaseIds`; `nil` leaves it unresolved.
    public var sourceRoot: String?

    /// Creates a context; the defaults suit a file or a pipe.
    public init(
        isTerminal: Bool = false, terminalWidth: Int = 100, sourceLines: SourceLineReader = .none,
        minimumSeverity: Severity = .info, showSuppressed: Bool = false, contextLines: Int = 1,
        sourceRoot: String? = nil
    ) {
        self.isTerminal = isTerminal
        self.terminalWidth = terminalWidth
        self.sourceLines = sourceLines
        self.minimumSeverity = minimumSeverity
        self.showSuppressed = showSuppressed
        self.contextLines = contextLines
        self.sourceRoot = sourceRoot
    }
}
