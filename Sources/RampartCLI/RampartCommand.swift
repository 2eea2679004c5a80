public import ArgumentParser

/// The root `rampart` command.
public struct RampartCommand: AsyncParsableCommand {
    /// The version printed by `--version` and written into reports.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "rampart",
        abstract: "Secure a cloud-native system across its whole life: code, images, clusters, hosts.",
        discussion: """
            Examples:
              rampart scan config deploy/                 scan manifests and Dockerfiles
              rampart scan config . --format sarif -o rampart.sarif --fail-on high
              rampart rules list --platform kubernetes
              rampart cel eval "size(x) > 2" --bindings vars.json

            Shell completion: rampart --generate-completion-script bash|zsh|fish
            """,
        version: version,
        subcommands: [ScanCommand.self, RulesCommand.self, PolicyCommand.self, CELCommand.self]
    )

    public init() {}

    /// Every options group whose options can come from `rampart.yaml` and `RAMPART_*`.
    static let optionGroups: [any ParsableArguments.Type] = [ScanOptions.self, OutputOptions.self, ConfigOption.self]

    /// A command that reads settings, and the options groups it has.
    struct SettingsConsumer {
        var groups: [any ParsableArguments.Type]
        var acceptsSettings: Bool { !groups.isEmpty }
    }

    /// The settings groups of the subcommand named by the leading words of the arguments.
    static func commandPath(of arguments: [String]) -> SettingsConsumer? {
        let words = arguments.prefix { !$0.hasPrefix("-") }
        switch Array(words.prefix(2)) {
        case ["scan", "config"]:
            return SettingsConsumer(groups: [ScanOptions.self, OutputOptions.self, ConfigOption.self])
        case ["policy", "test"]: return SettingsConsumer(groups: [ConfigOption.self])
        default: return nil
        }
    }
}
