import Foundation
import RampartCore
import RampartPolicy
import RampartRules
import RampartScanner

/// Runs `ConfigScanner` with the built-in rules, as `rampart scan config` does.
enum ScanHarness {
    /// The built-in rules, compiled once for the whole test target.
    static let builtinPolicies: PolicySet = {
        guard let directory = RuleResources.rulesDirectory else { return PolicySet.compile([]).0 }
        return PolicySet.compile(RuleCatalog.load([directory]).entries.map(\.rule)).0
    }()

    /// Scans `path` with the built-in rules and a fixed date for suppression expiries.
    static func scan(
        _ path: String, walker: FileWalker.Options = FileWalker.Options(), ignoreFile: IgnoreFile = IgnoreFile(),
        today: String = "2026-06-01", maxFileSize: Int = 64 << 20, concurrency: Int = SystemInfo.coreCount
    ) async -> ScanReport {
        let options = ConfigScanner.Options(
            walker: walker, maxFileSize: maxFileSize, today: today,
            ignoreFile: ignoreFile, concurrency: concurrency, toolVersion: "test")
        return await ConfigScanner(policies: builtinPolicies, options: options).scan(
            path, createdAt: "2026-01-01T00:00:00Z")
    }
}

extension ScanReport {
    /// Failing findings of `ruleID` in `file`, as sorted `line` numbers.
    func lines(of ruleID: String, in file: String) -> [Int] {
        findings.filter { $0.ruleID == ruleID && $0.isFailing && $0.target == file }
            .compactMap { $0.location?.start.line }.sorted()
    }

    /// The files that have at least one finding.
    var filesWithFindings: Set<String> { Set(findings.map(\.target)) }

    /// Diagnostics about `file`.
    func diagnostics(for file: String) -> [Diagnostic] { diagnostics.filter { $0.file == file } }
}
