import RampartCore

/// The part of a report a format shows: findings at or above the minimum severity, in display
/// order, with the counts every format prints.
struct ReportSelection {
    /// One file's (or target's) findings, contiguous in display order.
    struct FileGroup {
        var file: String
        var findings: ArraySlice<Finding>
    }

    let report: ScanReport
    /// Findings at or above the minimum severity, sorted for display (failing and suppressed).
    let findings: [Finding]
    /// Failing findings per severity.
    let failingBySeverity: [Severity: Int]
    /// Failing findings in all.
    let failingCount: Int
    /// Suppressed findings in all.
    let suppressedCount: Int

    init(_ report: ScanReport, minimumSeverity: Severity) {
        self.report = report
        let sorted = report.sortedFindings
        findings = minimumSeverity == .info ? sorted : sorted.filter { $0.severity >= minimumSeverity }
        var counts: [Severity: Int] = [:]
        var failing = 0
        for finding in findings where finding.isFailing {
            counts[finding.severity, default: 0] += 1
            failing += 1
        }
        failingBySeverity = counts
        failingCount = failing
        suppressedCount = findings.count - failing
    }

    /// The file a finding is grouped under: its location's file, else its target.
    static func fileKey(of finding: Finding) -> String { finding.location?.file ?? finding.target }

    /// Groups consecutive findings of the same file, keeping display order.
    static func groups(of findings: [Finding]) -> [FileGroup] {
        var groups: [FileGroup] = []
        var start = findings.startIndex
        while start < findings.endIndex {
            let file = fileKey(of: findings[start])
            var end = start + 1
            while end < findings.endIndex, fileKey(of: findings[end]) == file { end += 1 }
            groups.append(FileGroup(file: file, findings: findings[start..<end]))
            start = end
        }
        return groups
    }

    /// Rule metadata for every rule the shown findings use, sorted by id; a rule missing from
    /// the report is described from its first finding, so no result points at nothing.
    var rules: [RuleMetadata] {
        var byID: [String: RuleMetadata] = [:]
        for finding in findings where byID[finding.ruleID] == nil {
            byID[finding.ruleID] = report.rules[finding.ruleID] ?? RuleMetadata(
                id: finding.ruleID, title: finding.title, severity: finding.severity, platform: finding.kind.rawValue
            )
        }
        return byID.values.sorted { $0.id < $1.id }
    }
}
