import RampartCore

/// The last line of the table: `12 findings (2 critical, 5 high, 3 medium, 2 low), 3 suppressed,
/// 40 files, 95 resources scanned`.
struct SummaryLine {
    let selection: ReportSelection
    let minimumSeverity: Severity

    /// The line, with severity counts coloured when `style` is enabled.
    func text(style: ANSIStyle) -> String {
        let report = selection.report
        var parts: [String] = []
        var head = selection.failingCount == 0 ? "No findings" : Self.count(selection.failingCount, "finding")
        if minimumSeverity > .info { head += " at or above \(minimumSeverity.rawValue)" }
        head = style.bold(head)
        let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
            guard let count = selection.failingBySeverity[severity], count > 0 else { return nil }
            return style.severity(severity, "\(count) \(severity.rawValue)")
        }
        if !bySeverity.isEmpty { head += " (\(bySeverity.joined(separator: ", ")))" }
        parts.append(head)
        if selection.suppressedCount > 0 { parts.append("\(selection.suppressedCount) suppressed") }
        if !report.diagnostics.isEmpty { parts.append(Self.count(report.diagnostics.count, "diagnostic")) }
        parts.append(Self.count(report.scannedFiles, "file"))
        parts.append(Self.count(report.scannedResources, "resource") + " scanned")
        return parts.joined(separator: ", ")
    }

    /// `1 file`, `2 files`.
    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
