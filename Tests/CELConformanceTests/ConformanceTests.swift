import CEL
import CELSyntax
import Foundation
import Testing

/// Runs the CEL conformance suite (google/cel-spec "simple" tests as JSON) file by file.
@Suite struct ConformanceTests {
    enum Outcome {
        case passed
        case failed(String)
        case skippedProto
    }

    static let files = ConformanceData.fileNames

    @Test func sharedDataIsPresent() {
        if ConformanceData.directory == nil {
            #expect(!ConformanceData.isCI, "conformance data missing under CI; set RAMPART_SHARED")
        }
    }

    @Test(arguments: files)
    func conformanceFile(_ file: String) throws {
        guard let directory = ConformanceData.directory else { return }
        let suite = try ConformanceFile(url: directory.appendingPathComponent("\(file).json"))
        guard let libraries = ConformanceLibraries.libraries(forFile: file) else {
            print("\(file): skipped (libraries not available), \(suite.cases.count) cases")
            return
        }
        var passed = 0
        var failed = 0
        var known = 0
        var skipped = 0
        for test in suite.cases {
            let id = "\(file)/\(test.identifier)"
            switch Self.run(test, libraries: libraries) {
            case .passed:
                passed += 1
                if ConformanceData.knownFailures[id] != nil { print("now passing, remove from known failures: \(id)") }
            case .skippedProto: skipped += 1
            case .failed(let reason):
                if ConformanceData.knownFailures[id] != nil {
                    known += 1
                } else {
                    failed += 1
                    Issue.record("\(id): \(reason)  [\(test.expr)]")
                }
            }
        }
        print("\(file): \(passed) passed, \(failed) failed, \(known) known-failure, \(skipped) skipped-proto")
    }

    static func run(_ test: ConformanceFile.Case, libraries: [any CELLibrary]) -> Outcome {
        if test.needsProtoTypes { return .skippedProto }
        var variables: [CELVariable] = []
        var functions: [CELFunction] = []
        do {
            for entry in test.typeEnv {
                guard let name = entry["name"] as? String else { continue }
                if let ident = entry["ident"] as? [String: Any] {
                    variables.append(CELVariable(name, try TypeString.parse(ident["type"] as? String ?? "dyn")))
                } else if let function = entry["function"] as? [String: Any] {
                    var overloads: [CELOverload] = []
                    for overload in function["overloads"] as? [[String: Any]] ?? [] {
                        overloads.append(
                            CELOverload(
                                overload["overload_id"] as? String ?? name,
                                try (overload["params"] as? [String] ?? []).map(TypeString.parse),
                                try TypeString.parse(overload["result_type"] as? String ?? "dyn"),
                                member: overload["is_instance_function"] as? Bool ?? false, implementation: nil))
                    }
                    functions.append(CELFunction(name, overloads))
                }
            }
        } catch {
            return .failed("type_env: \(error)")
        }
        let options = CELOptions(
            container: test.container, typeCheck: !test.disableCheck, enableMacros: !test.disableMacros)
        let environment = CELEnvironment(
            libraries: libraries, variables: variables, functions: functions, options: options)
        let program: CELProgram
        do {
            program = try environment.compile(test.expr)
        } catch {
            // A check error satisfies an expected evaluation error (upstream runners do the same:
            // e.g. network_ext expects "found no matching overload" from the checker).
            if test.expected["eval_error"] != nil || test.expected["any_eval_errors"] != nil { return .passed }
            return .failed("compile: \(error.description)")
        }
        if let typed = test.expected["typed_result"] as? [String: Any] {
            let expectedType = typed["deduced_type"] as? String ?? ""
            if program.resultType.description != expectedType {
                return .failed("deduced type \(program.resultType), expected \(expectedType)")
            }
            if test.checkOnly || typed["value"] == nil || typed["value"] is NSNull { return .passed }
        }
        var bindings: [String: CELValue] = [:]
        do {
            for (name, value) in test.bindings {
                let wrapped = (value as? [String: Any])?["value"] ?? value
                bindings[name] = try TaggedValue.decode(wrapped)
            }
        } catch {
            return .failed("bindings: \(error)")
        }
        let result = program.evaluate(bindings)
        if test.expected["eval_error"] != nil || test.expected["any_eval_errors"] != nil {
            if case .error = result { return .passed }
            return .failed("expected an error, got \(result)")
        }
        let expectedJSON = (test.expected["typed_result"] as? [String: Any])?["value"] ?? test.expected["value"]
        guard let expectedJSON else { return .failed("unsupported matcher \(test.expected.keys)") }
        let expected: CELValue
        do {
            expected = try TaggedValue.decode(expectedJSON)
        } catch {
            return .failed("expected value: \(error)")
        }
        return TaggedValue.matches(result, expected) ? .passed : .failed("got \(result), expected \(expected)")
    }
}
