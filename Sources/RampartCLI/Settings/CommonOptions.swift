import ArgumentParser
import RampartCore

/// Options every scan shares. Each property is also a `rampart.yaml` key and a `RAMPART_*`
/// variable (see ``SettingsResolver``).
struct ScanOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Report only these severities (comma-separated or repeated).", valueName: "severity"))
    var severity: [String] = []

    @Option(
        help: ArgumentHelp("Exit with code 1 when a finding at or above this severity remains.", valueName: "severity"))
    var failOn: String = "info"

    @Option(
        help: ArgumentHelp(
            "Directory of custom rules (repeatable). Built-in rules stay on unless --no-builtin-rules.",
            valueName: "dir"))
    var policy: [String] = []

    @Flag(help: "Run only the rules given with --policy.")
    var noBuiltinRules = false

    @Option(
        help: ArgumentHelp(
            "Skip directories matching this .gitignore-style pattern (repeatable).", valueName: "pattern"))
    var skipDirs: [String] = []

    @Option(help: ArgumentHelp("Skip files matching this .gitignore-style pattern (repeatable).", valueName: "pattern"))
    var skipFiles: [String] = []

    @Flag(help: "Also skip what the tree's .gitignore files exclude.")
    var respectGitignore = false

    @Option(
        help: ArgumentHelp("Suppressions file (default: .rampartignore in the scanned directory).", valueName: "file"))
    var ignorefile: String?

    @Option(help: ArgumentHelp("Skip files larger than this many bytes.", valueName: "bytes"))
    var maxFileSize: Int = 64 << 20

    @Flag(help: "Exit with code 3 when some input could not be fully scanned.")
    var strict = false

    init() {}

    func validate() throws {
        for value in severity.flatMap({ $0.split(separator: ",") }) where Severity(parsing: String(value)) == nil {
            throw ValidationError("unknown severity '\(value)'; use critical, high, medium, low or info")
        }
        if Severity(parsing: failOn) == nil && failOn.lowercased() != "never" {
            throw ValidationError("unknown --fail-on '\(failOn)'; use critical, high, medium, low, info or never")
        }
    }

    /// The severities to report (all when none given).
    var severities: Set<Severity> {
        let chosen = severity.flatMap { $0.split(separator: ",") }.compactMap { Severity(parsing: String($0)) }
        return chosen.isEmpty ? Set(Severity.allCases) : Set(chosen)
    }
}

/// Where and how the report is written.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .long], help: ArgumentHelp("Report format: table, json, sarif, junit.", valueName: "format"))
    var format: String = "table"

    @Option(
        name: [.short, .long],
        help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Also list suppressed findings in the table.")
    var showSuppressed = false

    @Flag(help: "Print nothing but the report.")
    var quiet = false

    init() {}
}

/// The configuration file option, resolved before parsing (see ``RampartMain``).
struct ConfigOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Read defaults from this rampart.yaml (default: ./rampart.yaml when present).", valueName: "file"))
    var config: String?

    init() {}
}
