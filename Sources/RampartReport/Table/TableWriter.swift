import RampartCore

/// Builds the table report's text for one report and context.
struct TableWriter {
    let report: ScanReport
    let context: ReportContext
    let selection: ReportSelection
    let style: ANSIStyle
    let width: Int
    /// Secret spans of the whole report by file: context lines may show another finding's secret.
    let secretSpans: [String: [SourceSpan]]

    init(report: ScanReport, context: ReportContext) {
        self.report = report
        self.context = context
        selection = ReportSelection(report, minimumSeverity: context.minimumSeverity)
        style = ANSIStyle(isEnabled: context.isTerminal)
        width = min(max(40, context.terminalWidth), 1 << 16)
        secretSpans = SecretMask.secretSpansByFile(report.findings)
    }

    func render() -> String {
        var out: [String] = []
        let shown = context.showSuppressed ? selection.findings : selection.findings.filter(\.isFailing)
        for group in ReportSelection.groups(of: shown) {
            appendGroup(group, to: &out)
        }
        appendDiagnostics(to: &out)
        out.append(SummaryLine(selection: selection, minimumSeverity: context.minimumSeverity).text(style: style))
        return out.joined(separator: "\n") + "\n"
    }

    private func appendGroup(_ group: ReportSelection.FileGroup, to out: inout [String]) {
        let name = TerminalText.sanitized(group.file)
        out.append(style.bold(name))
        out.append(style.dim(String(repeating: "=", count: min(width, max(3, TerminalText.width(of: name))))))
        out.append("")
        let lines = group.findings.contains { $0.location != nil } ? context.sourceLines.lines(of: group.file) : nil
        let mask = SecretMask(spans: secretSpans[group.file] ?? [])
        for finding in group.findings {
            appendFinding(finding, lines: lines, mask: mask, to: &out)
            out.append("")
        }
    }

    private func appendFinding(_ finding: Finding, lines: [Substring]?, mask: SecretMask, to out: inout [String]) {
        let name = finding.severity.rawValue.uppercased()
        let label = style.severity(finding.severity, name) + String(repeating: " ", count: max(0, 8 - name.count))
        var header = "\(label)  \(style.bold(TerminalText.sanitized(finding.ruleID)))"
        header += "  \(TerminalText.sanitized(finding.title))"
        if !finding.isFailing { header += "  " + style.dim("(suppressed)") }
        out.append(header)

        var place = "  --> \(TerminalText.sanitized(finding.displayPlace))"
        if let resource = finding.resource, !resource.isEmpty {
            place += " " + style.dim("(\(TerminalText.sanitized(resource)))")
        }
        out.append(place)
        out.append("  \(TerminalText.sanitized(finding.message))")
        if case .suppressed(let suppression) = finding.status {
            out.append("  " + style.dim(suppression.displaySummary))
        }

        var frame: [String] = []
        if let lines, let location = finding.location {
            frame = CodeFrame(
                lines: lines, span: location.span, mask: mask, contextLines: context.contextLines,
                terminalWidth: width, severity: finding.severity, style: style
            ).render()
        }
        if frame.isEmpty, let evidence = finding.evidence, !evidence.isEmpty {
            out.append("  evidence: \(TerminalText.sanitized(evidence))")
        }
        out.append(contentsOf: frame)
        if let remediation = report.rules[finding.ruleID]?.remediation, !remediation.isEmpty {
            out.append("  \(style.dim("fix:")) \(TerminalText.sanitized(remediation))")
        }
    }

    private func appendDiagnostics(to out: inout [String]) {
        guard !report.diagnostics.isEmpty else { return }
        let title = "Not fully scanned (\(report.diagnostics.count))"
        out.append(style.bold(title))
        out.append(style.dim(String(repeating: "=", count: title.count)))
        for diagnostic in ReportSelection.displayOrder(report.diagnostics) {
            let place = diagnostic.range.map { "\($0): " } ?? diagnostic.file.map { "\($0): " } ?? ""
            let level: String
            switch diagnostic.level {
            case .error: level = style.error("error")
            case .warning: level = style.warning("warning")
            case .note: level = style.dim("note")
            }
            let code = TerminalText.sanitized(diagnostic.code.rawValue)
            out.append(
                "  \(TerminalText.sanitized(place))\(level)[\(code)]: \(TerminalText.sanitized(diagnostic.message))")
        }
        out.append("")
    }
}
