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
            while url.path != "/",
                !url.lastPathComponent.hasSuffix("debug") && !url.lastPathComponent.hasSuffix("release")
            {
                url.deleteLastPathComponent()
            }
            candidates.append(url.appendingPathComponent("rampart").path)
            candidates.append(
                URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("rampart").path)
        }
        candidates.append(SharedData.repositoryRoot.appendingPathComponent(".build/debug/rampart").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `rampart arguments…` in `directory` with `environment` added to a clean environment
    /// (no inherited `RAMPART_*`, no colour).
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws
        -> Result
    {
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
        return Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        var description: String { "the rampart executable is not built; run `swift build --build-tests` first" }
    }
}
