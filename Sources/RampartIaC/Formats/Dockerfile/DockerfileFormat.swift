public import RampartCore

/// Dockerfiles and Containerfiles: one resource of kind `Dockerfile` per file, whose node is the
/// document of stages and instructions produced by RampartDockerfile.
public struct DockerfileFormat: ConfigFormat {
    public let id = "dockerfile"
    public let version = 1
    public let syntaxes: Set<String> = ["dockerfile"]

    /// Creates the format.
    public init() {}

    public func resources(in documents: [Document]) -> (resources: [ConfigResource], diagnostics: [Diagnostic]) {
        let resources = documents.map { document in
            ConfigResource(platform: "dockerfile", kind: "Dockerfile", document: document, node: document.root)
        }
        return (resources, [])
    }
}
