import ArgumentParser
import Foundation

/// Runs the `rampart` command line: resolves `rampart.yaml` and `RAMPART_*` defaults into
/// arguments, parses, runs, and maps failures to Rampart's exit codes (DESIGN §1):
/// 0 clean, 1 findings at or above `--fail-on`, 2 usage or fatal error, 3 incomplete scan with `--strict`.
public enum RampartMain {
    /// Runs with the process arguments and exits.
    public static func main() async -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let code = await run(arguments, environment: ProcessInfo.processInfo.environment)
        exit(code)
    }

    /// Runs one command line and returns the exit status (for tests and `main`).
    public static func run(_ arguments: [String], environment: [String: String]) async -> Int32 {
        let resolved: [String]
        do {
            resolved = try withDefaults(arguments, environment: environment)
        } catch {
            FileHandle.standardError.write(Data("rampart: \(error)\n".utf8))
            return ExitStatus.usage
        }
        do {
            var command = try RampartCommand.parseAsRoot(resolved)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return ExitStatus.clean
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let error as RampartFailure {
            FileHandle.standardError.write(Data("rampart: \(error.message)\n".utf8))
            return ExitStatus.usage
        } catch {
            let code = RampartCommand.exitCode(for: error)
            let message = RampartCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return ExitStatus.clean
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            return ExitStatus.usage
        }
    }

    /// Appends arguments for options the user left unset but configured in the environment or in
    /// `rampart.yaml`.
    static func withDefaults(_ arguments: [String], environment: [String: String]) throws -> [String] {
        let settings = SettingsResolver.settings(of: RampartCommand.optionGroups)
        let configPath = value(of: "--config", in: arguments) ?? environment["RAMPART_CONFIG"]
        let config = try ConfigFile.load(
            explicitPath: configPath, validKeys: Set(settings.map(\.flag)).subtracting(["config"]))
        let extra = SettingsResolver.extraArguments(
            given: arguments, settings: settings, environment: environment,
            config: config)
        guard !extra.isEmpty, let command = RampartCommand.commandPath(of: arguments),
            command.acceptsSettings
        else { return arguments }
        let accepted = Set(SettingsResolver.settings(of: command.groups).map { "--" + $0.flag })
        var filtered: [String] = []
        var index = 0
        while index < extra.count {
            let flag = extra[index]
            let takesValue = index + 1 < extra.count && !extra[index + 1].hasPrefix("--")
            let width = takesValue ? 2 : 1
            if accepted.contains(flag) { filtered.append(contentsOf: extra[index..<index + width]) }
            index += width
        }
        if let separator = arguments.firstIndex(of: "--") {
            return Array(arguments[..<separator]) + filtered + Array(arguments[separator...])
        }
        return arguments + filtered
    }

    static func value(of flag: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == flag, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(flag + "=") { return String(argument.dropFirst(flag.count + 1)) }
        }
        return nil
    }
}

/// Rampart's exit statuses.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2
    static let incomplete: Int32 = 3
}

/// A fatal error with a message for the user (exit status 2).
struct RampartFailure: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
