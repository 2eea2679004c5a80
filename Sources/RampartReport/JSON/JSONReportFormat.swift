public import RampartCore

/// The machine-readable report: one JSON object in the versioned schema `docs/report-schema.md`
/// describes (`schemaVersion` 1).
///
/// Output is deterministic (keys sorted, findings in display order, two-space indent), so it
/// diffs and snapshot-tests cleanly. Suppressed findings stay in, with `status: "suppressed"`
/// and their suppression; findings below ``ReportContext/minimumSeverity`` are left out.
///
/// ```json
/// {"schemaVersion": 1, "summary": {"failing": 1, …}, "findings": [{"ruleId": "RMP-K8S-0001", …}]}
/// ```
public struct JSONReportFormat: ReportFormat {
    /// The `--format` name.
    public static let id = "json"
    /// Version of the output this format writes.
    public static let version = "\(ScanReport.schemaVersion)"
    /// The usual extension of a file holding this output.
    public static let fileExtension = "json"
    /// One line for `--help`.
    public static let summary = "Rampart's JSON report (schema in docs/report-schema.md)"

    /// Creates the format.
    public init() {}

    /// Renders the report (see the type's documentation for the layout).
    public func render(_ report: ScanReport, context: ReportContext) throws -> String {
        document(for: report, context: context).serialized()
    }

    /// The report as UTF-8 bytes, findings written one at a time (large reports).
    public func renderUTF8(_ report: ScanReport, context: ReportContext) throws -> [UInt8] {
        document(for: report, context: context).serializedBytes()
    }

    /// Streams the output in chunks, one finding at a time.
    public func render(_ report: ScanReport, context: ReportContext, to sink: ([UInt8]) -> Void) throws {
        document(for: report, context: context).stream(to: sink)
    }

    /// The report as a JSON tree.
    func document(for report: ScanReport, context: ReportContext) -> JSONValue {
        let selection = ReportSelection(report, minimumSeverity: context.minimumSeverity)
        var rules: [String: JSONValue] = [:]
        for rule in selection.rules { rules[rule.id] = Self.rule(rule) }
        return .object([
            "schemaVersion": .int(report.schemaVersion),
            "tool": .object(["name": .string(report.tool.name), "version": .string(report.tool.version)]),
            "target": .string(report.target),
            "scanners": .strings(report.scanners),
            "createdAt": .string(report.createdAt),
            "summary": Self.summary(selection, minimumSeverity: context.minimumSeverity),
            "findings": .generated(count: selection.findings.count) { [findings = selection.findings] in
                Self.finding(findings[$0])
            },
            "rules": .object(rules),
            "diagnostics": .array(ReportSelection.displayOrder(report.diagnostics).map(Self.diagnostic)),
        ])
    }

    static func summary(_ selection: ReportSelection, minimumSeverity: Severity) -> JSONValue {
        var bySeverity: [String: JSONValue] = [:]
        for severity in Severity.allCases {
            bySeverity[severity.rawValue] = .int(selection.failingBySeverity[severity] ?? 0)
        }
        let report = selection.report
        return .object([
            "failing": .int(selection.failingCount),
            "bySeverity": .object(bySeverity),
            "suppressed": .int(selection.suppressedCount),
            "minimumSeverity": .string(minimumSeverity.rawValue),
            "files": .int(report.scannedFiles),
            "resources": .int(report.scannedResources),
            "diagnostics": .int(report.diagnostics.count),
        ])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        var suppression: JSONValue?
        if case .suppressed(let value) = finding.status {
            suppression = .fields([
                "source": .string(value.source.rawValue),
                "reason": .string(value.reason),
                "marker": .string(value.marker),
                "location": value.location.map(location),
            ])
        }
        return .fields([
            "kind": .string(finding.kind.rawValue),
            "ruleId": .string(finding.ruleID),
            "severity": .string(finding.severity.rawValue),
            "title": .string(finding.title),
            "target": .string(finding.target),
            "resource": JSONValue.nonEmpty(finding.resource),
            "location": finding.location.map(location),
            "message": .string(finding.message),
            "evidence": JSONValue.nonEmpty(finding.evidence),
            "status": .string(finding.isFailing ? "fail" : "suppressed"),
            "suppression": suppression,
            "fingerprint": .string(finding.fingerprint),
        ])
    }

    /// `{file, startLine, startColumn, endLine, endColumn}`; only `file` when the line is unknown.
    /// Negative columns (never produced by a parser) are written as 0, "column unknown".
    static func location(_ range: SourceRange) -> JSONValue {
        let span = range.span
        guard span.start.line >= 1 else { return .object(["file": .string(range.file)]) }
        let end = span.end < span.start ? span.start : span.end
        return .object([
            "file": .string(range.file),
            "startLine": .int(span.start.line),
            "startColumn": .int(max(0, span.start.column)),
            "endLine": .int(end.line),
            "endColumn": .int(max(0, end.column)),
        ])
    }

    static func rule(_ rule: RuleMetadata) -> JSONValue {
        .object([
            "id": .string(rule.id),
            "title": .string(rule.title),
            "severity": .string(rule.severity.rawValue),
            "description": .string(rule.description),
            "remediation": .string(rule.remediation),
            "references": .strings(rule.references),
            "aliases": .strings(rule.aliases),
            "frameworks": .object(rule.frameworks.mapValues(JSONValue.string)),
            "platform": .string(rule.platform),
            "tags": .strings(rule.tags),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .fields([
            "code": .string(diagnostic.code.rawValue),
            "level": .string(diagnostic.level.rawValue),
            "message": .string(diagnostic.message),
            "file": JSONValue.nonEmpty(diagnostic.file),
            "location": diagnostic.range.map(location),
        ])
    }
}
