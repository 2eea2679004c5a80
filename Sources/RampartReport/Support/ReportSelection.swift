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
        findings = Self.displayOrder(report.findings, minimumSeverity: minimumSeverity)
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

    /// The findings at or above `minimumSeverity` in ``ScanReport/sortedFindings`` order (file,
    /// line, column, rule), ties broken by message and fingerprint so any input order gives the
    /// same output.
    ///
    /// Sorts indices over precomputed keys instead of moving findings, which keeps reference
    /// counting out of the comparisons (a large share of the time on big reports).
    static func displayOrder(_ findings: [Finding], minimumSeverity: Severity) -> [Finding] {
        var indices = findings.indices.filter { findings[$0].severity >= minimumSeverity }
        let files = findings.map(fileKey)
        indices.sort { lhs, rhs in
            if files[lhs] != files[rhs] { return files[lhs] < files[rhs] }
            let left = findings[lhs]
            let right = findings[rhs]
            let leftStart = left.location?.start ?? SourcePosition(line: 0, column: 0)
            let rightStart = right.location?.start ?? SourcePosition(line: 0, column: 0)
            if leftStart != rightStart { return leftStart < rightStart }
            if left.ruleID != right.ruleID { return left.ruleID < right.ruleID }
            if left.message != right.message { return left.message < right.message }
            if left.fingerprint != right.fingerprint { return left.fingerprint < right.fingerprint }
            return lhs < rhs
        }
        return indices.map { findings[$0] }
    }

    /// Diagnostics in a stable order: by file, line, column, code, then message.
    static func displayOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element
            let right = rhs.element
            if (left.file ?? "") != (right.file ?? "") { return (left.file ?? "") < (right.file ?? "") }
            let leftStart = left.range?.start ?? SourcePosition(line: 0, column: 0)
            let rightStart = right.range?.start ?? SourcePosition(line: 0, column: 0)
            if leftStart != rightStart { return leftStart < rightStart }
            if left.code.rawValue != right.code.rawValue { return left.code.rawValue < right.code.rawValue }
            if left.message != right.message { return left.message < right.message }
            return lhs.offset < rhs.offset
        }.map(\.element)
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
            byID[finding.ruleID] =
                report.rules[finding.ruleID]
                ?? RuleMetadata(
                    id: finding.ruleID, title: finding.title, severity: finding.severity,
                    platform: finding.kind.rawValue
                )
        }
        return byID.values.sorted { $0.id < $1.id }
    }
}
