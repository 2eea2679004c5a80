import CEL
import CELExtensions
import Foundation
import Testing

/// Runs the cel-spec conformance files of the extensions this module implements (strings, math,
/// encoders, network) with ``ExtensionLibraries/all()``; failures not listed in
/// `cel-ext-known-failures.txt` fail the test.
@Suite struct CELSpecExtensionConformanceTests {
    static let files = ["string_ext", "math_ext", "encoders_ext", "network_ext"]

    @Test(arguments: files)
    func extensionFile(_ name: String) throws {
        guard let shared = SharedData.directory() else {
            if SharedData.isRequired { Issue.record("shared conformance data not found (set RAMPART_SHARED)") }
            return
        }
        let data = try Data(contentsOf: shared.appendingPathComponent("conformance/cel/\(name).json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let known = KubernetesConformanceTests.knownFailures(fileName: "cel-ext-known-failures.txt")
        var passed = 0, failed = 0, knownFailed = 0, skipped = 0
        for section in root["sections"] as? [[String: Any]] ?? [] {
            for test in section["tests"] as? [[String: Any]] ?? [] {
                let id = "\(name)/\(section["name"] as? String ?? "")/\(test["name"] as? String ?? "")"
                if test["needsProtoTypes"] as? Bool == true {
                    skipped += 1
                    continue
                }
                if let reason = Self.run(test) {
                    if known[id] != nil {
                        knownFailed += 1
                    } else {
                        failed += 1
                        Issue.record("\(id): \(reason)")
                    }
                } else {
                    passed += 1
                    if known[id] != nil { print("now passing (remove from cel-ext-known-failures.txt): \(id)") }
                }
            }
        }
        print(
            "cel-spec \(name): \(passed) passed, \(failed) failed, \(knownFailed) known-failure, \(skipped) skipped (proto)"
        )
    }

    static func run(_ test: [String: Any]) -> String? {
        let expression = test["expr"] as? String ?? ""
        var options = CELOptions()
        options.typeCheck = !(test["disable_check"] as? Bool ?? false)
        var variables: [CELVariable] = []
        for entry in test["type_env"] as? [[String: Any]] ?? [] {
            guard let name = entry["name"] as? String, let ident = entry["ident"] as? [String: Any] else { continue }
            let type: CELType =
                switch ident["type"] as? String {
                case "string": .string
                case "int": .int
                case "uint": .uint
                case "double": .double
                case "bool": .bool
                case "bytes": .bytes
                default: .dyn
                }
            variables.append(CELVariable(name, type))
        }
        var bindings: [String: CELValue] = [:]
        for (name, value) in test["bindings"] as? [String: Any] ?? [:] {
            guard let decoded = try? TaggedValue.decode(value) else { return "cannot decode binding \(name)" }
            bindings[name] = decoded
        }
        let environment = CELEnvironment(
            libraries: CELEnvironment.defaultLibraries + ExtensionLibraries.all(), variables: variables,
            options: options)
        let program: CELProgram
        do throws(CELCompileError) {
            program = try environment.compile(expression)
        } catch {
            // An expression the checker rejects cannot evaluate either: an expected error is met.
            let expected = test["expected"] as? [String: Any] ?? [:]
            if expected["eval_error"] != nil || expected["any_eval_errors"] != nil { return nil }
            return "compile error: \(error.description)"
        }
        let result = program.evaluate(bindings)
        let expected = test["expected"] as? [String: Any] ?? [:]
        if let value = expected["value"] {
            guard let wanted = try? TaggedValue.decode(value) else { return "cannot decode expected value" }
            if case .error(let error) = result { return "evaluation failed: \(error.message)" }
            return TaggedValue.matches(result, wanted)
                ? nil
                : "got \(KubernetesConformanceTests.show(result)), want \(KubernetesConformanceTests.show(wanted))"
        }
        if expected["eval_error"] != nil || expected["any_eval_errors"] != nil {
            if case .error = result { return nil }
            return "expected an evaluation error, got \(KubernetesConformanceTests.show(result))"
        }
        return "unsupported expectation"
    }
}
