public import ArgumentParser

/// The root `rampart` command.
public struct RampartCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rampart",
        abstract: "Secure a cloud-native system across its whole life.",
        version: "0.1.0",
        subcommands: []
    )

    public init() {}

    public func run() async throws {
        print(Self.helpMessage())
    }
}
