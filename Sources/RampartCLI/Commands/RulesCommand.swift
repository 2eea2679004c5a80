import ArgumentParser
import Foundation
import RampartCore
import RampartPolicy

/// `rampart rules list|show`.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List and explain the built-in rules.",
        discussion: """
            Examples:
              rampart rules list
              rampart rules list --platform dockerfile --format json
              rampart rules show RMP-K8S-0001
            """,
        subcommands: [List.self, Show.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List rules: id, title, severity, platform, aliases, frameworks.",
            discussion: """
                Examples:
                  rampart rules list
                  rampart rules list --platform kubernetes --severity high
                  rampart rules list --policy ./policies --format json
                """)

        @Option(help: "Only rules of this platform (kubernetes, dockerfile).")
        var platform: String?

        @Option(help: "Only rules of this severity.")
        var severity: String?

        @Option(help: "Also list the rules in this directory (repeatable).")
        var policy: [String] = []

        @Option(name: [.short, .long], help: "Output format: table or json.")
        var format: String = "table"

        func run() async throws {
            var entries = try PolicyLoading.builtinEntries()
            if !policy.isEmpty {
                let (custom, errors) = RuleCatalog.load(policy.map { URL(fileURLWithPath: $0) })
                if !errors.isEmpty { throw RampartFailure(errors.map(\.description).joined(separator: "\n")) }
                entries += custom
            }
            let rules = entries.map(\.rule.metadata).filter { rule in
                (platform == nil || rule.platform == platform)
                    && (severity == nil || rule.severity == Severity(parsing: severity!))
            }
            switch format {
            case "json":
                print(try JSONText.encode(rules))
            case "table":
                print(RuleTable.render(rules))
            default:
                throw ValidationError("unknown format '\(format)'; use table or json")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a rule: description, remediation, references, the CEL, and its fixtures.",
            discussion: """
                Examples:
                  rampart rules show RMP-K8S-0001
                  rampart rules show CKV_K8S_16        (peer ids work too)
                """)

        @Argument(help: "A rule id or a peer alias (CKV_K8S_16, KSV017 …).")
        var id: String

        func run() async throws {
            let entries = try PolicyLoading.builtinEntries()
            let wanted = id.lowercased()
            guard
                let entry = entries.first(where: { $0.rule.metadata.id.lowercased() == wanted })
                    ?? entries.first(where: { $0.rule.metadata.aliases.contains { $0.lowercased() == wanted } })
            else {
                throw RampartFailure("no rule with id or alias '\(id)'; see `rampart rules list`")
            }
            print(RuleTable.detail(entry))
        }
    }
}
