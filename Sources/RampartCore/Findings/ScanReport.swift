/// Everything one scan produced: findings, the rules they refer to, what could not be scanned, and
/// counts. Every report format renders this one value.
public struct ScanReport: Sendable, Codable {
    /// Version of the JSON report schema (`docs/report-schema.md`); bumped on incompatible change.
    public static let schemaVersion = 1

    /// The tool that produced the report.
    public struct Tool: Sendable, Codable, Hashable {
        public var name: String
        public var version: String
        public init(name: String = "rampart", version: String) {
            self.name = name
            self.version = version
        }
    }

    public var schemaVersion: Int
    public var tool: Tool
    /// What was scanned, as the user named it (a directory, file, or image).
    public var target: String
    /// The scanner that ran (`config`, `secret` …).
    public var scanners: [String]
    /// ISO 8601 time the scan started.
    public var createdAt: String
    public var findings: [Finding]
    /// Metadata of every rule that has a finding, keyed by id.
    public var rules: [String: RuleMetadata]
    public var diagnostics: [Diagnostic]
    /// Files (or other artifacts) that were scanned.
    public var scannedFiles: Int
    /// Resources judged by rules.
    public var scannedResources: Int

    /// Creates a report.
    public init(
        tool: Tool, target: String, scanners: [String], createdAt: String, findings: [Finding] = [],
        rules: [String: RuleMetadata] = [:], diagnostics: [Diagnostic] = [], scannedFiles: Int = 0,
        scannedResources: Int = 0
    ) {
        self.schemaVersion = Self.schemaVersion
        self.tool = tool
        self.target = target
        self.scanners = scanners
        self.createdAt = createdAt
        self.findings = findings
        self.rules = rules
        self.diagnostics = diagnostics
        self.scannedFiles = scannedFiles
        self.scannedResources = scannedResources
    }

    /// Failing (unsuppressed) findings.
    public var failing: [Finding] { findings.filter(\.isFailing) }

    /// Count of failing findings per severity.
    public var countsBySeverity: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for finding in findings where finding.isFailing { counts[finding.severity, default: 0] += 1 }
        return counts
    }

    /// Findings sorted for display: by file, then line, then rule.
    public var sortedFindings: [Finding] {
        findings.sorted { lhs, rhs in
            let left = (
                lhs.location?.file ?? lhs.target, lhs.location?.start.line ?? 0, lhs.location?.start.column ?? 0,
                lhs.ruleID
            )
            let right = (
                rhs.location?.file ?? rhs.target, rhs.location?.start.line ?? 0, rhs.location?.start.column ?? 0,
                rhs.ruleID
            )
            return left < right
        }
    }
}
