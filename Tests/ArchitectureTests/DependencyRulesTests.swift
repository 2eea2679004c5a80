import Foundation
import RampartTesting
import Testing

/// Enforces the one-way module graph of DESIGN.md §2 by reading `swift package dump-package`.
@Suite struct DependencyRulesTests {
    struct Target: Decodable {
        let name: String
        let type: String
        let dependencies: [Dependency]
        var names: [String] { dependencies.compactMap(\.name) }
    }

    struct Dependency: Decodable {
        let name: String?
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let byName = try? container.decode([String: [String?]].self) {
                name = byName["byName"]?.first ?? byName["target"]?.first ?? byName["product"]?.first ?? nil
            } else if let any = try? container.decode([String: AnyDecodable].self) {
                name = any.values.compactMap { $0.firstString }.first
            } else {
                name = nil
            }
        }
    }

    struct AnyDecodable: Decodable {
        let firstString: String?
        init(from decoder: any Decoder) throws {
            var container = try? decoder.unkeyedContainer()
            firstString = try? container?.decode(String.self)
        }
    }

    struct Manifest: Decodable { let targets: [Target] }

    static func loadTargets() throws -> [Target] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A scratch path of its own: `swift test` holds the lock on .build, and dump-package would
        // wait for it forever.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rampart-dump-\(getpid())")
        process.arguments = ["swift", "package", "--scratch-path", scratch.path, "dump-package"]
        process.currentDirectoryURL = SharedData.repositoryRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return try JSONDecoder().decode(Manifest.self, from: data).targets
    }

    @Test func forbiddenEdgesAreAbsent() throws {
        let targets = try Self.loadTargets()
        #expect(targets.count > 10)
        let syntaxModules: Set = ["RampartYAML", "RampartJSON", "RampartHCL", "RampartTOML", "RampartDockerfile"]
        let engines: Set = [
            "RampartSecrets", "RampartPackages", "RampartVulnDB", "RampartImage", "RampartKubernetes",
            "RampartStore", "RampartReport", "RampartPolicy", "RampartIaC",
        ]
        for target in targets where target.type != "test" {
            let deps = Set(target.names)
            if target.name.hasPrefix("CEL") {
                #expect(deps.allSatisfy { !$0.hasPrefix("Rampart") }, "\(target.name) must not import Rampart*")
            }
            if target.name == "RampartCore" {
                #expect(deps.isSubset(of: ["Collections"]), "RampartCore depends on \(deps)")
            }
            if syntaxModules.contains(target.name) {
                #expect(deps.isDisjoint(with: syntaxModules.union(engines)), "\(target.name) imports \(deps)")
            }
            if target.name == "RampartPolicy" { #expect(!deps.contains("RampartIaC")) }
            if target.name == "RampartIaC" { #expect(!deps.contains("RampartPolicy")) }
            #expect(!deps.contains("RampartCLI") || target.name == "rampart")
        }
    }
}
