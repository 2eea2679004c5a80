import Foundation
import RampartTesting

/// Runs the built `rampart` executable as a subprocess, as a user would.
struct RampartProcess {
    /// What one run produced.
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
    }

    /// The executable: beside the test bundle (`swift build --build-tests` builds both), else in
    /// `.build/debug`.
    static let executable: String? = {
        var candidates: [String] = []
        if let argument = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: argument).resolvingSymlinksInPath()
            while url.path != "/", !url.lastPathComponent.hasSuffix("debug") && !url.lastPathComponent.hasSuffix("release") {
                url.deleteLastPathComponent()
            }
            candidates.append(url.appendingPathComponent("rampart").path)
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("rampart").path)
        }
        candidates.append(SharedData.repositoryRoot.appendingPathComponent(".build/debug/rampart").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `rampart arguments…` in `directory` with `environment` added to a clean environment
    /// (no inherited `RAMPART_*`, no colour).
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Result {
        guard let executable else { throw MissingExecutable() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("RAMPART_") }
        base["NO_COLOR"] = "1"
        process.environment = base.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rampart-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        var description: String { "the rampart executable is not built; run `swift build --build-tests` first" }
    }
}

/// A scratch folder for one test, removed by ``remove()``.
struct Workspace {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rampart-cli-ws-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let target = path(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: path(relative), encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Runs rampart with this workspace as the working directory.
    func rampart(_ arguments: String..., environment: [String: String] = [:]) throws -> RampartProcess.Result {
        try RampartProcess.run(arguments, in: root, environment: environment)
    }

    func rampart(arguments: [String], environment: [String: String] = [:]) throws -> RampartProcess.Result {
        try RampartProcess.run(arguments, in: root, environment: environment)
    }
}

/// Inputs shared by the CLI tests.
enum Samples {
    /// A pod with a privileged container (RMP-K8S-0005, high) at line 10.
    static let privilegedPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: nginx:1.25
              securityContext:
                privileged: true

        """

    /// A Dockerfile whose only findings are low/medium-ish hygiene.
    static let dockerfile = """
        FROM python:latest
        USER 1000
        CMD ["python"]

        """

    /// A custom rule requiring an owner label, with fixtures.
    static let ownerRule = """
        id: ACME-0001
        title: Deployments must set an owner label
        severity: medium
        description: Every workload needs an owner for incident routing.
        remediation: Add metadata.labels.owner.
        match:
          platform: kubernetes
          kinds: [Deployment]
        validations:
          - expression: "has(object.metadata.labels) && 'owner' in object.metadata.labels"
            fieldPath: metadata.labels
            message: workload has no owner label

        """

    static func deployment(labels: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          labels:
            \(labels)
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: acme/api:1.0

        """
    }
}
