import Foundation
import Testing

/// `rampart cel eval`, `--version`, `--help` of every command, and completion scripts.
@Suite struct CELAndHelpTests {
    /// Parses the printed value as JSON (fragments allowed).
    static func value(_ expression: String, bindings: String? = nil) throws -> Any {
        var arguments = ["cel", "eval", expression]
        var workspace: Workspace?
        if let bindings {
            let space = try Workspace()
            workspace = space
            arguments += ["--bindings", try space.write("vars.json", bindings)]
        }
        defer { workspace?.remove() }
        let result = try RampartProcess.run(arguments)
        guard result.status == 0 else { throw Failure(description: "\(expression): \(result)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: .fragmentsAllowed)
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    @Test func plainJSONValues() throws {
        #expect(try Self.value("1 < 2") as? Bool == true)
        #expect(try Self.value("'a' + 'b'") as? String == "ab")
        #expect(try Self.value("['x', 'y']") as? [String] == ["x", "y"])
        let map = try #require(try Self.value("{'k': 'v', 'b': 'w'}") as? [String: Any])
        #expect(map["k"] as? String == "v")
        #expect(map["b"] as? String == "w")
        let flags = try #require(try Self.value("{'on': true, 'off': false}") as? [String: Bool])
        #expect(flags == ["on": true, "off": false])
        #expect(try Self.value("null") is NSNull)
    }

    @Test func taggedValues() throws {
        #expect((try Self.value("1 + 2") as? [String: Any])?["int"] as? String == "3")
        #expect((try Self.value("2u") as? [String: Any])?["uint"] as? String == "2")
        #expect((try Self.value("1.5") as? [String: Any])?["double"] as? Double == 1.5)
        #expect(
            (try Self.value("timestamp('2024-01-01T00:00:00Z')") as? [String: Any])?["timestamp"] as? String
                == "2024-01-01T00:00:00Z")
        #expect((try Self.value("duration('1h')") as? [String: Any])?["duration"] as? String == "3600s")
        #expect((try Self.value("b'hi'") as? [String: Any])?["bytes"] as? String == "aGk=")
        let some = try #require(try Self.value("optional.of(1)") as? [String: Any])
        #expect((some["optional"] as? [String: Any])?["int"] as? String == "1")
        let none = try #require(try Self.value("optional.none()") as? [String: Any])
        #expect(none["optional"] is NSNull)
        #expect((try Self.value("[1, 2].map(x, x * 2)") as? [[String: String]]) == [["int": "2"], ["int": "4"]])
    }

    @Test func bindingsAndKubernetesLibraries() throws {
        #expect(
            try Self.value("object.spec.replicas > 2", bindings: #"{"object": {"spec": {"replicas": 3}}}"#) as? Bool
                == true)
        #expect(try Self.value("quantity('1Gi').isGreaterThan(quantity('512Mi'))") as? Bool == true)
    }

    @Test func compileErrorExitsOneWithPosition() throws {
        let result = try RampartProcess.run(["cel", "eval", "1 + "])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("1:"), "position in \(result.stderr)")
        let undeclared = try RampartProcess.run(["cel", "eval", "nosuch.field == 1"])
        #expect(undeclared.status == 1)
        let runtime = try RampartProcess.run(["cel", "eval", "1 / 0"])
        #expect(runtime.status == 1, "\(runtime)")
        #expect(!runtime.stderr.isEmpty)
    }

    @Test func version() throws {
        let result = try RampartProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(
                of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil,
            "\(result.stdout)")
    }

    @Test(arguments: [
        [], ["scan"], ["scan", "config"], ["rules"], ["rules", "list"], ["rules", "show"], ["policy"],
        ["policy", "test"],
        ["policy", "eval"], ["cel"], ["cel", "eval"],
    ])
    func helpHasExamples(_ command: [String]) throws {
        let result = try RampartProcess.run(command + ["--help"])
        #expect(result.status == 0, "\(command): \(result)")
        #expect(result.stdout.contains("Examples"), "\(command) --help: \(result.stdout)")
        #expect(result.stdout.contains("USAGE"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(_ shell: String) throws {
        let result = try RampartProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("rampart"))
        #expect(result.stdout.count > 500)
    }
}
