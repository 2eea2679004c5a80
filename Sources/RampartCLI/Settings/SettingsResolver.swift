import ArgumentParser
import Foundation

/// Turns `rampart.yaml` keys and `RAMPART_*` environment variables into command-line arguments, so
/// each option is declared once (as an `@Option`/`@Flag` in an options group) and reachable three ways.
///
/// Precedence: command line, then environment, then config file, then the option's default.
/// Names derive from the property: `skipDirs` → flag `--skip-dirs`, key `skip-dirs`,
/// variable `RAMPART_SKIP_DIRS`. Config keys that name no option of any command are an error.
struct SettingsResolver {
    /// One option as reflected from an options group.
    struct Setting: Hashable {
        enum Kind: Hashable {
            case value
            case list
            case flag
        }

        var flag: String
        var kind: Kind

        var environmentName: String { "RAMPART_" + flag.uppercased().replacingOccurrences(of: "-", with: "_") }
    }

    /// The settings declared by options groups, found by reflection over their property wrappers.
    static func settings(of groups: [any ParsableArguments.Type]) -> [Setting] {
        var settings: [Setting] = []
        for group in groups {
            for child in Mirror(reflecting: group.init()).children {
                guard let label = child.label, label.hasPrefix("_") else { continue }
                let typeName = String(describing: type(of: child.value))
                let kind: Setting.Kind
                if typeName.hasPrefix("Flag<") {
                    kind = .flag
                } else if typeName.hasPrefix("Option<Array") {
                    kind = .list
                } else if typeName.hasPrefix("Option<") {
                    kind = .value
                } else {
                    continue
                }
                settings.append(Setting(flag: kebabCase(String(label.dropFirst())), kind: kind))
            }
        }
        return settings
    }

    /// `skipDirs` → `skip-dirs`.
    static func kebabCase(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                out += "-" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The arguments to append so unset options take their environment or config value.
    static func extraArguments(
        given arguments: [String], settings: [Setting], environment: [String: String], config: [String: [String]]
    ) -> [String] {
        var extra: [String] = []
        for setting in settings {
            let spelled = "--" + setting.flag
            if arguments.contains(where: { $0 == spelled || $0.hasPrefix(spelled + "=") }) { continue }
            let values: [String]
            if let fromEnvironment = environment[setting.environmentName] {
                values =
                    setting.kind == .list
                    ? fromEnvironment.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                    : [fromEnvironment]
            } else if let fromConfig = config[setting.flag] {
                values = fromConfig
            } else {
                continue
            }
            switch setting.kind {
            case .flag:
                if let value = values.first, ["1", "true", "yes", "on"].contains(value.lowercased()) {
                    extra.append(spelled)
                }
            case .value:
                if let value = values.first { extra.append(contentsOf: [spelled, value]) }
            case .list:
                for value in values where !value.isEmpty { extra.append(contentsOf: [spelled, value]) }
            }
        }
        return extra
    }
}
