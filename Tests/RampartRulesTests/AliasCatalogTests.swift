import Foundation
import RampartCore
import RampartPolicy
import RampartRules
import RampartTesting
import Testing

/// Aliases must be real peer ids: each one appears in a catalog of ../shared/catalogs (or is a
/// hadolint/ShellCheck id, a PSS control, or a PSA check name, which the catalogs list too).
@Suite struct AliasCatalogTests {
    @Test func aliasesExistInThePeerCatalogs() throws {
        guard let catalogs = SharedData.url("catalogs") else {
            if SharedData.isCI { Issue.record("shared catalogs missing under CI") }
            return
        }
        var known: Set<String> = []
        for name in ["checkov.tsv", "trivy.tsv", "kics.tsv", "pss.tsv"] {
            let text = try String(contentsOf: catalogs.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                switch name {
                case "trivy.tsv":
                    known.formUnion(fields.prefix(3).filter { !$0.isEmpty })
                    if fields.count > 5 { known.formUnion(fields[5].split(separator: ",").map(String.init)) }
                case "pss.tsv":
                    known.formUnion(fields.prefix(4).filter { !$0.isEmpty })
                default:
                    if let first = fields.first { known.insert(first) }
                }
            }
        }
        let entries = RuleCatalog.load([try #require(RuleResources.rulesDirectory)]).entries
        var unknown: [String] = []
        for entry in entries {
            for alias in entry.rule.metadata.aliases where !known.contains(alias) {
                if alias.hasPrefix("DL") || alias.hasPrefix("SC") { continue }
                unknown.append("\(entry.rule.metadata.id): \(alias)")
            }
        }
        #expect(unknown.isEmpty, "aliases not found in any catalog:\n\(unknown.joined(separator: "\n"))")
    }
}
