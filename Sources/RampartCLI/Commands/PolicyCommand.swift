import ArgumentParser
import Foundation
import RampartCore
import RampartPolicy
import RampartScanner

/// `rampart policy test|eval`: author and debug rules.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Unit-test and debug CEL rules.",
        discussion: """
            Examples:
              rampart policy test ./policies
              rampart policy eval --rule policies/owner-label.yaml deploy/web.yaml
            """,
        subcommands: [Test.self, Eval.self]
    )

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run each rule on the fixtures beside it (fail.*, pass.*, expected.yaml).",
            discussion: """
                Each rule folder holds the rule, a fail fixture on which it must report exactly at the lines
                listed in expected.yaml (`fail: [12, 30]`), and a pass fixture on which it must not report.

                Examples:
                  rampart policy test ./policies
                  rampart policy test ./policies/owner-label
                """)

        @Argument(help: "A folder of rules (searched recursively).")
        var directory: String

        @OptionGroup var configOption: ConfigOption

        func run() async throws {
            let (entries, errors) = RuleCatalog.load([URL(fileURLWithPath: directory)])
            for error in errors { print("ERROR  \(error)") }
            if entries.isEmpty && errors.isEmpty { throw RampartFailure("no rules found under \(directory)") }
            let runner = RuleFixtureRunner(today: SystemInfo.today())
            var passed = 0
            var failed = errors.count
            for entry in entries {
                let outcome = await runner.run(entry)
                if outcome.passed {
                    passed += 1
                    print("PASS   \(outcome.ruleID)  (\(outcome.fixtures.joined(separator: ", ")))")
                } else {
                    failed += 1
                    print("FAIL   \(outcome.ruleID)")
                    for failure in outcome.failures { print("         \(failure)") }
                }
            }
            print("\(passed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode(ExitStatus.findings) }
        }
    }

    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what each variable and validation of a rule returns on a resource.",
            discussion: """
                Examples:
                  rampart policy eval --rule policies/owner-label.yaml deploy/web.yaml
                """)

        @Option(help: "The rule file.")
        var rule: String

        @Argument(help: "A manifest or Dockerfile.")
        var resource: String

        func run() async throws {
            let (entries, errors) = RuleCatalog.load([URL(fileURLWithPath: rule)])
            if let error = errors.first { throw RampartFailure(error.description) }
            guard let entry = entries.first else { throw RampartFailure("\(rule) holds no rule") }
            let (policies, compileErrors) = PolicySet.compile([entry.rule])
            if let error = compileErrors.first { throw RampartFailure(error.description) }
            let resources = try ResourceLoading.resources(at: resource)
            var matched = 0
            for item in resources where entry.rule.match.matches(item) {
                matched += 1
                print("== \(item.address)  (\(item.range))")
                for step in policies.trace(entry.rule.metadata.id, on: item) {
                    print("  \(step.label): \(step.value)")
                }
                let evaluation = policies.evaluate(item)
                for finding in evaluation.findings {
                    print(
                        "  finding: \(finding.location.map(String.init(describing:)) ?? finding.target): \(finding.message)"
                    )
                }
                for diagnostic in evaluation.diagnostics { print("  diagnostic: \(diagnostic)") }
            }
            if matched == 0 { print("the rule matches none of the \(resources.count) resources in \(resource)") }
        }
    }
}
