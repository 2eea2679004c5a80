import Foundation
import RampartCore
import RampartPolicy
import RampartRules
import RampartScanner
import Testing

/// Every built-in rule runs on its own fixtures: findings exactly at the lines of `expected.yaml` in
/// `fail.*`, none in `pass.*`, and no evaluation diagnostics on either.
@Suite struct BuiltinRuleFixtureTests {
    static let loaded: (entries: [RuleCatalog.Entry], errors: [RuleError]) = {
        guard let directory = RuleResources.rulesDirectory else { return ([], []) }
        return RuleCatalog.load([directory])
    }()

    static var ruleIDs: [String] { loaded.entries.map(\.rule.metadata.id) }

    @Test func everyRuleLoads() {
        #expect(Self.loaded.errors.isEmpty, "\(Self.loaded.errors.map(\.description).joined(separator: "\n"))")
        #expect(Self.loaded.entries.count >= 100)
    }

    @Test func everyRuleCompiles() {
        let (_, errors) = PolicySet.compile(Self.loaded.entries.map(\.rule))
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: ruleIDs)
    func ruleMatchesItsFixtures(id: String) async throws {
        let entry = try #require(Self.loaded.entries.first { $0.rule.metadata.id == id })
        let outcome = await RuleFixtureRunner(today: "2026-01-01").run(entry)
        #expect(outcome.failures.isEmpty, "\(id):\n\(outcome.failures.joined(separator: "\n"))")
    }

    @Test func idsAreUniqueAndWellFormed() {
        var seen: Set<String> = []
        for entry in Self.loaded.entries {
            let meta = entry.rule.metadata
            #expect(seen.insert(meta.id).inserted, "duplicate id \(meta.id)")
            #expect(meta.id.hasPrefix("RMP-"), "\(meta.id)")
            #expect(!meta.description.isEmpty, "\(meta.id) has no description")
            #expect(!meta.remediation.isEmpty, "\(meta.id) has no remediation")
            #expect(
                entry.folder.lastPathComponent == meta.id,
                "\(meta.id) lives in folder \(entry.folder.lastPathComponent)")
        }
    }

    @Test func platformsHaveTheRequiredCoverage() {
        let platforms = Dictionary(grouping: Self.loaded.entries, by: \.rule.metadata.platform).mapValues(\.count)
        #expect(platforms["kubernetes", default: 0] >= 70)
        #expect(platforms["dockerfile", default: 0] >= 35)
    }
}
