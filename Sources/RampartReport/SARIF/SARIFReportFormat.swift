import Foundation
public import RampartCore

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// One run: `tool.driver` lists every rule with a finding (help text, `security-severity`,
/// tags), each finding becomes a result with a location relative to `%SRCROOT%` and a
/// `partialFingerprints["rampart/v1"]`, suppressed findings carry `suppressions`, and
/// diagnostics become `toolExecutionNotifications`. Columns count Unicode code points
/// (`columnKind: unicodeCodePoints`), as Rampart's do.
public struct SARIFReportFormat: ReportFormat {
    /// The `--format` name.
    public static let id = "sarif"
    /// Version of the output this format writes.
    public static let version = "2.1.0"
    /// The usual extension of a file holding this output.
    public static let fileExtension = "sarif"
    /// One line for `--help`.
    public static let summary = "SARIF 2.1.0 (GitHub code scanning, IDEs)"

    /// The `$schema` URI written at the top of the log.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of Rampart's fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "rampart/v1"

    /// The page `tool.driver.informationUri` points at; omitted when `nil`.
    public var informationURI: String?

    /// Creates the format.
    ///
    /// - Parameter informationURI: The project's home page, shown by SARIF viewers (optional in SARIF).
    public init(informationURI: String? = nil) {
        self.informationURI = informationURI
    }

    /// Renders the report (see the type's documentation for the layout).
    public func render(_ report: ScanReport, context: ReportContext) throws -> String {
        log(for: report, context: context).serialized()
    }

    /// The log as UTF-8 bytes, results written one at a time (large reports).
    public func renderUTF8(_ report: ScanReport, context: ReportContext) throws -> [UInt8] {
        log(for: report, context: context).serializedBytes()
    }

    /// Streams the output in chunks, one finding at a time.
    public func render(_ report: ScanReport, context: ReportContext, to sink: ([UInt8]) -> Void) throws {
        log(for: report, context: context).stream(to: sink)
    }

    /// The SARIF log as a JSON tree.
    func log(for report: ScanReport, context: ReportContext) -> JSONValue {
        let selection = ReportSelection(report, minimumSeverity: context.minimumSeverity)
        let rules = selection.rules
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
        var kindsByRule: [String: [String]] = [:]
        for finding in selection.findings where kindsByRule[finding.ruleID]?.contains(finding.kind.rawValue) != true {
            kindsByRule[finding.ruleID, default: []].append(finding.kind.rawValue)
        }

        let driver: JSONValue = .fields([
            "name": .string("Rampart"),
            "semanticVersion": .string(report.tool.version),
            "informationUri": informationURI.map(JSONValue.string),
            "rules": .array(rules.map { Self.rule($0, kinds: kindsByRule[$0.id] ?? []) }),
        ])
        let run: JSONValue = .fields([
            "tool": .object(["driver": driver]),
            "columnKind": .string("unicodeCodePoints"),
            "originalUriBaseIds": .object([SARIFLocation.sourceRootID: Self.sourceRoot(report, context: context)]),
            "results": .generated(count: selection.findings.count) { [findings = selection.findings, ruleIndex] in
                Self.result(findings[$0], ruleIndex: ruleIndex[findings[$0].ruleID] ?? 0)
            },
            "invocations": .array([Self.invocation(report)]),
            "properties": .object(["target": .string(report.target), "scanners": .strings(report.scanners)]),
        ])
        return .object([
            "$schema": .string(Self.schemaURI),
            "version": .string(Self.version),
            "runs": .array([run]),
        ])
    }

    /// `%SRCROOT%`: the scan root as an absolute `file://` directory URI when known.
    static func sourceRoot(_ report: ScanReport, context: ReportContext) -> JSONValue {
        let description: JSONValue = .object(["text": .string("The scan target: \(report.target)")])
        guard var root = context.sourceRoot, root.hasPrefix("/") else {
            return .object(["description": description])
        }
        if !root.hasSuffix("/") { root += "/" }
        return .object(["uri": .string("file://" + PercentEncoding.encodePath(root)), "description": description])
    }

    /// The one invocation: successful, with diagnostics as notifications.
    static func invocation(_ report: ScanReport) -> JSONValue {
        let notifications = ReportSelection.displayOrder(report.diagnostics).map { diagnostic -> JSONValue in
            var locations: JSONValue?
            if let file = diagnostic.range?.file ?? diagnostic.file {
                locations = .array([SARIFLocation.location(file: file, span: diagnostic.range?.span, resource: nil)])
            }
            return .fields([
                "level": .string(diagnostic.level.rawValue),
                "message": .object(["text": .string(diagnostic.message)]),
                "descriptor": .object(["id": .string(diagnostic.code.rawValue)]),
                "locations": locations,
            ])
        }
        let startTime: JSONValue? =
            ISO8601DateFormatter().date(from: report.createdAt) != nil ? .string(report.createdAt) : nil
        return .fields([
            "executionSuccessful": .bool(true),
            "startTimeUtc": startTime,
            "toolExecutionNotifications": notifications.isEmpty ? nil : .array(notifications),
        ])
    }
}
