import ArgumentParser

/// `rampart scan …`: the scanners.
struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan code, images, clusters or hosts.",
        discussion: """
            Examples:
              rampart scan config .
              rampart scan config k8s/deployment.yaml --format json
            """,
        subcommands: [ScanConfigCommand.self]
    )
}
