public import Foundation
public import RampartCore
public import RampartPolicy
import RampartYAML

/// Runs a rule on the fixtures beside it — `fail.*` must produce findings exactly at the lines of
/// `expected.yaml` (`fail: [12, 30]`), `pass.*` must produce none — as `rampart policy test` and
/// the built-in rule tests do.
public struct RuleFixtureRunner: Sendable {
    /// The verdict for one rule.
    public struct Outcome: Sendable {
        public var ruleID: String
        public var folder: URL
        /// Problems found; empty when the rule passed its fixtures.
        public var failures: [String]
        /// Fixture files exercised.
        public var fixtures: [String]
        public var passed: Bool { failures.isEmpty }
    }

    /// `YYYY-MM-DD` used for suppression expiries in fixtures.
    public var today: String

    /// Creates a runner.
    public init(today: String) {
        self.today = today
    }

    /// Checks one rule against its fixtures.
    public func run(_ entry: RuleCatalog.Entry) async -> Outcome {
        let id = entry.rule.metadata.id
        var outcome = Outcome(ruleID: id, folder: entry.folder, failures: [], fixtures: [])
        let (policies, errors) = PolicySet.compile([entry.rule])
        if !errors.isEmpty {
            outcome.failures = errors.map(\.description)
            return outcome
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: entry.folder.path)) ?? []).sorted()
        let failFixtures = names.filter { $0.hasPrefix("fail.") }
        let passFixtures = names.filter { $0.hasPrefix("pass.") }
        if failFixtures.isEmpty { outcome.failures.append("no fail.* fixture in \(entry.folder.path)") }
        if passFixtures.isEmpty { outcome.failures.append("no pass.* fixture in \(entry.folder.path)") }
        let expected = expectedLines(in: entry.folder, failures: &outcome.failures)
        for name in failFixtures + passFixtures {
            outcome.fixtures.append(name)
            let report = await scan(entry.folder.appendingPathComponent(name).path, policies: policies)
            for diagnostic in report.diagnostics where diagnostic.level != .note {
                outcome.failures.append("\(name): diagnostic \(diagnostic)")
            }
            let lines = report.findings.filter { $0.ruleID == id && $0.isFailing }.compactMap {
                $0.location?.start.line
            }.sorted()
            if name.hasPrefix("pass.") {
                if !lines.isEmpty { outcome.failures.append("\(name): expected no findings, got lines \(lines)") }
            } else if let wanted = expected[String(name.dropFirst("fail.".count).prefix { $0 != "." })]
                ?? expected["fail"]
            {
                if lines != wanted.sorted() {
                    outcome.failures.append("\(name): expected findings at lines \(wanted.sorted()), got \(lines)")
                }
            } else if lines.isEmpty {
                outcome.failures.append("\(name): expected findings, got none")
            }
        }
        return outcome
    }

    func scan(_ path: String, policies: PolicySet) async -> ScanReport {
        let options = ConfigScanner.Options(today: today, concurrency: 1)
        return await ConfigScanner(policies: policies, options: options).scan(path, createdAt: "")
    }

    /// `expected.yaml`: `fail: [lines]` (and `fail-<name>: [lines]` for `fail.<name>.*` fixtures).
    func expectedLines(in folder: URL, failures: inout [String]) -> [String: [Int]] {
        let url = folder.appendingPathComponent("expected.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        let result = YAMLReader().read([UInt8](data), file: url.path)
        guard let mapping = result.documents.first?.root.mapValue else {
            failures.append("expected.yaml must be a mapping like `fail: [12, 30]`")
            return [:]
        }
        var lines: [String: [Int]] = [:]
        for entry in mapping.entries {
            let key = entry.key == "fail" ? "fail" : String(entry.key.dropFirst("fail-".count))
            // An explicit switch rather than `(listValue ?? [value]).compactMap { $0.intValue … }`: that
            // form crashes the Swift 6.3 optimizer (CopyPropagation ownership error) in release builds.
            var numbers: [Int] = []
            switch entry.value.value {
            case .list(let items):
                for item in items {
                    if case .int(let number) = item.value { numbers.append(Int(number)) }
                }
            case .int(let number):
                numbers.append(Int(number))
            default:
                break
            }
            lines[key] = numbers
        }
        return lines
    }
}
