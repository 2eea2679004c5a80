public import RampartCore
public import RampartIaC
public import RampartPolicy

/// `rampart scan config`: walks a tree once, parses each configuration file once, and judges every
/// resource with the compiled policy set, in parallel over all cores.
///
/// ```swift
/// let scanner = ConfigScanner(policies: policySet, options: .init())
/// let report = await scanner.scan("deploy/")
/// ```
public struct ConfigScanner: Sendable {
    /// Scan settings.
    public struct Options: Sendable {
        public var walker: FileWalker.Options
        public var maxFileSize: Int
        /// `YYYY-MM-DD`, for suppression expiries.
        public var today: String
        public var ignoreFile: IgnoreFile
        /// Parallel file tasks; defaults to the number of cores.
        public var concurrency: Int
        public var toolVersion: String

        /// Creates options.
        public init(
            walker: FileWalker.Options = FileWalker.Options(), maxFileSize: Int = 64 << 20, today: String,
            ignoreFile: IgnoreFile = IgnoreFile(), concurrency: Int = SystemInfo.coreCount, toolVersion: String = "0"
        ) {
            self.walker = walker
            self.maxFileSize = maxFileSize
            self.today = today
            self.ignoreFile = ignoreFile
            self.concurrency = max(1, concurrency)
            self.toolVersion = toolVersion
        }
    }

    public let policies: PolicySet
    public let formats: [any ConfigFormat]
    public let options: Options

    /// Creates a scanner.
    public init(policies: PolicySet, formats: [any ConfigFormat] = BuiltinFormats.all, options: Options) {
        self.policies = policies
        self.formats = formats
        self.options = options
    }

    /// What one file contributed.
    struct FileResult: Sendable {
        var findings: [Finding] = []
        var diagnostics: [Diagnostic] = []
        var resources = 0
        var kept: [ConfigResource] = []
        var scanned = false
    }

    /// Scans a file or directory and returns the report.
    public func scan(_ root: String, createdAt: String) async -> ScanReport {
        let walker = FileWalker(options: options.walker)
        let (entries, walkDiagnostics) = walker.walk(root) { ConfigFileReader.syntax(ofPath: $0) != nil }
        let explicitFile = entries.count == 1 && entries[0].path == root
        var findings: [Finding] = []
        var diagnostics = walkDiagnostics
        var scannedFiles = 0
        var scannedResources = 0
        var projectResources: [ConfigResource] = []
        await withTaskGroup(of: FileResult.self) { group in
            var next = 0
            func addTask() {
                let entry = entries[next]
                next += 1
                group.addTask { self.scanFile(entry, explicit: explicitFile) }
            }
            for _ in 0..<min(options.concurrency * 2, entries.count) { addTask() }
            for await result in group {
                findings.append(contentsOf: result.findings)
                diagnostics.append(contentsOf: result.diagnostics)
                scannedResources += result.resources
                if result.scanned { scannedFiles += 1 }
                projectResources.append(contentsOf: result.kept)
                if next < entries.count { addTask() }
            }
        }
        if policies.hasProjectRules {
            projectResources.sort { ($0.file, $0.document.index) < ($1.file, $1.document.index) }
            let evaluation = policies.evaluateProject(projectResources)
            findings.append(contentsOf: evaluation.findings.map { suppress($0) })
            diagnostics.append(contentsOf: evaluation.diagnostics)
        }
        let ruleIDs = Set(findings.map(\.ruleID))
        var rules: [String: RuleMetadata] = [:]
        for id in ruleIDs { rules[id] = policies.metadata(id) }
        var report = ScanReport(
            tool: .init(version: options.toolVersion), target: root, scanners: ["config"],
            createdAt: createdAt, findings: [], rules: rules, diagnostics: diagnostics,
            scannedFiles: scannedFiles, scannedResources: scannedResources)
        // Move the findings in and sort them in place (the order of `ScanReport.sortedFindings`): a
        // large scan holds hundreds of thousands, and a sorted copy would double that memory.
        swap(&report.findings, &findings)
        report.findings.sort { lhs, rhs in
            (
                lhs.location?.file ?? lhs.target, lhs.location?.start.line ?? 0, lhs.location?.start.column ?? 0,
                lhs.ruleID
            )
                < (
                    rhs.location?.file ?? rhs.target, rhs.location?.start.line ?? 0, rhs.location?.start.column ?? 0,
                    rhs.ruleID
                )
        }
        report.diagnostics.sort {
            ($0.file ?? "", $0.range?.start.line ?? 0) < ($1.file ?? "", $1.range?.start.line ?? 0)
        }
        return report
    }

    /// Reads, parses and judges one file.
    func scanFile(_ entry: FileWalker.Entry, explicit: Bool) -> FileResult {
        var result = FileResult()
        let bytes: [UInt8]
        switch FileLoader(maxFileSize: options.maxFileSize).load(entry.path, displayPath: entry.relativePath) {
        case .bytes(let loaded): bytes = loaded
        case .skipped(let diagnostic):
            result.diagnostics.append(diagnostic)
            return result
        }
        let syntax =
            explicit
            ? ConfigFileReader.syntax(
                ofExplicitFile: entry.relativePath, text: String(decoding: bytes.prefix(65536), as: UTF8.self))
            : ConfigFileReader.syntax(ofPath: entry.relativePath)
        guard let syntax, ConfigFileReader.isWorthParsing(bytes, syntax: syntax) else { return result }
        if syntax == "yaml", entry.relativePath.contains("templates/"), HelmTemplates.isChartTemplate(path: entry.path)
        {
            result.diagnostics.append(HelmTemplates.skipped(entry.relativePath))
            return result
        }
        let (documents, parseDiagnostics) = ConfigFileReader().read(bytes, file: entry.relativePath, syntax: syntax)
        result.diagnostics.append(contentsOf: parseDiagnostics)
        result.scanned = true
        for format in formats where format.syntaxes.contains(syntax) {
            let (resources, formatDiagnostics) = format.resources(in: documents)
            result.diagnostics.append(contentsOf: formatDiagnostics)
            var indexes: [Int: SuppressionIndex] = [:]
            for resource in resources {
                result.resources += 1
                if policies.keepsForProject(resource) { result.kept.append(resource) }
                let evaluation = policies.evaluate(resource)
                result.diagnostics.append(contentsOf: evaluation.diagnostics)
                guard !evaluation.findings.isEmpty else { continue }
                let index =
                    indexes[resource.document.index]
                    ?? SuppressionIndex(document: resource.document, today: options.today)
                indexes[resource.document.index] = index
                for finding in evaluation.findings {
                    result.findings.append(suppress(finding, index: index, resource: resource))
                }
            }
        }
        return result
    }

    /// Applies inline markers, resource annotations and the ignore file to a failing finding.
    func suppress(_ finding: Finding, index: SuppressionIndex? = nil, resource: ConfigResource? = nil) -> Finding {
        var finding = finding
        let keys = policies.ruleKeys(finding.ruleID)
        if let line = finding.location?.start.line, let suppression = index?.suppression(ruleKeys: keys, line: line) {
            finding.status = .suppressed(suppression)
        } else if let resource, let suppression = AnnotationSuppressions.suppression(in: resource, ruleKeys: keys) {
            finding.status = .suppressed(suppression)
        } else if let suppression = options.ignoreFile.suppression(
            ruleKeys: keys,
            path: finding.location?.file ?? finding.target, today: options.today)
        {
            finding.status = .suppressed(suppression)
        }
        return finding
    }
}
