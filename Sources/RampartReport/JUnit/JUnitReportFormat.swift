public import RampartCore

/// JUnit XML, as GitLab, Jenkins, Azure Pipelines and other CI systems read test reports.
///
/// One `<testsuite>` per file (or target); each failing finding is a `<testcase>` with a
/// `<failure type="severity">`, each suppressed finding a `<testcase>` with `<skipped>`, and each
/// error diagnostic (input not fully scanned) a `<testcase>` with an `<error>`. A scan with
/// nothing to report yields one passing test case, so CI shows the scan ran. Files without
/// findings are not listed: a ``ScanReport`` does not name them.
public struct JUnitReportFormat: ReportFormat {
    /// The `--format` name.
    public static let id = "junit"
    /// Version of the output this format writes.
    public static let version = "1"
    /// The usual extension of a file holding this output.
    public static let fileExtension = "xml"
    /// One line for `--help`.
    public static let summary = "JUnit XML for CI test reports (GitLab, Jenkins, Azure)"

    /// Creates the format.
    public init() {}

    /// Renders the report (see the type's documentation for the layout).
    public func render(_ report: ScanReport, context: ReportContext) throws -> String {
        let selection = ReportSelection(report, minimumSeverity: context.minimumSeverity)
        var suites = JUnitSuites()
        for finding in selection.findings {
            suites.add(
                Self.testCase(for: finding, rule: report.rules[finding.ruleID]),
                to: ReportSelection.fileKey(of: finding))
        }
        for diagnostic in ReportSelection.displayOrder(report.diagnostics) {
            suites.add(Self.testCase(for: diagnostic), to: diagnostic.file ?? report.target)
        }
        if suites.isEmpty {
            let name = "no findings in \(report.scannedFiles) file\(report.scannedFiles == 1 ? "" : "s")"
            suites.add(JUnitTestCase(name: name, className: report.target), to: report.target)
        }
        return suites.xml(name: report.tool.name)
    }

    static func testCase(for finding: Finding, rule: RuleMetadata?) -> JUnitTestCase {
        var name = "\(finding.ruleID): \(finding.title)"
        if let resource = finding.resource, !resource.isEmpty { name += " (\(resource))" }
        if let start = finding.location?.start, start.line >= 1 { name += " at \(start)" }
        var testCase = JUnitTestCase(name: name, className: ReportSelection.fileKey(of: finding))
        if let location = finding.location {
            testCase.file = location.file
            testCase.line = location.start.line >= 1 ? location.start.line : nil
        }
        switch finding.status {
        case .fail:
            testCase.outcome = .failure(
                message: finding.message, type: finding.severity.rawValue, details: details(finding, rule: rule))
        case .suppressed(let suppression):
            testCase.outcome = .skipped(message: suppression.displaySummary)
        }
        return testCase
    }

    static func testCase(for diagnostic: Diagnostic) -> JUnitTestCase {
        var name = "not fully scanned: \(diagnostic.code)"
        if let start = diagnostic.range?.start { name += " at \(start)" }
        var testCase = JUnitTestCase(name: name, className: diagnostic.file ?? "rampart")
        testCase.file = diagnostic.file
        testCase.line = diagnostic.range?.start.line
        switch diagnostic.level {
        case .error:
            testCase.outcome = .error(
                message: diagnostic.message, type: diagnostic.code.rawValue, details: diagnostic.description)
        case .warning, .note: testCase.output = diagnostic.description
        }
        return testCase
    }

    /// The body of a `<failure>`: everything a CI reader needs without opening another report.
    static func details(_ finding: Finding, rule: RuleMetadata?) -> String {
        var lines = [
            "Rule: \(finding.ruleID) \(finding.title)",
            "Severity: \(finding.severity.rawValue)",
            "Location: \(finding.displayPlace)",
        ]
        if let resource = finding.resource, !resource.isEmpty { lines.append("Resource: \(resource)") }
        lines.append("Message: \(finding.message)")
        if let evidence = finding.evidence, !evidence.isEmpty { lines.append("Evidence: \(evidence)") }
        if let rule, !rule.remediation.isEmpty { lines.append("Remediation: \(rule.remediation)") }
        if let rule, !rule.references.isEmpty { lines.append("References: \(rule.references.joined(separator: " "))") }
        lines.append("Fingerprint: \(finding.fingerprint)")
        return lines.joined(separator: "\n")
    }
}
