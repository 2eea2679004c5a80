import CEL
import CELExtensions
import CELSyntax
import Foundation
import Testing

/// Runs `../shared/conformance/k8s-cel/cases.json` (Kubernetes CEL library expectations) and fails
/// on any failure not listed in `k8s-known-failures.txt`.
@Suite struct KubernetesConformanceTests {
    struct Outcome {
        var passed: [String] = []
        var failed: [(id: String, reason: String)] = []
        var knownFailures: [String] = []
    }

    static func knownFailures(fileName: String = "k8s-known-failures.txt", filePath: String = #filePath) -> [String:
        String]
    {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n")
        where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1)
            result[String(parts[0])] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return result
    }

    @Test func kubernetesCELCases() throws {
        guard let shared = SharedData.directory() else {
            if SharedData.isRequired { Issue.record("shared conformance data not found (set RAMPART_SHARED)") }
            return
        }
        let data = try Data(contentsOf: shared.appendingPathComponent("conformance/k8s-cel/cases.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        let known = Self.knownFailures()
        var outcomes: [String: Outcome] = [:]
        var groupOrder: [String] = []
        for testCase in cases {
            let id = testCase["id"] as? String ?? "?"
            let group = testCase["group"] as? String ?? "?"
            if outcomes[group] == nil { groupOrder.append(group) }
            let failure = Self.run(testCase)
            switch (failure, known[id]) {
            case (nil, nil): outcomes[group, default: Outcome()].passed.append(id)
            case (nil, _?):
                outcomes[group, default: Outcome()].passed.append(id)
                print("now passing (remove from k8s-known-failures.txt): \(id)")
            case (_?, _?): outcomes[group, default: Outcome()].knownFailures.append(id)
            case (let reason?, nil): outcomes[group, default: Outcome()].failed.append((id, reason))
            }
        }
        var totals = (passed: 0, failed: 0, known: 0)
        for group in groupOrder {
            let outcome = outcomes[group]!
            print(
                "k8s-cel \(group): \(outcome.passed.count) passed, \(outcome.failed.count) failed, \(outcome.knownFailures.count) known-failure"
            )
            totals.passed += outcome.passed.count
            totals.failed += outcome.failed.count
            totals.known += outcome.knownFailures.count
            for failure in outcome.failed {
                Issue.record("\(failure.id): \(failure.reason)")
            }
        }
        print("k8s-cel total: \(totals.passed) passed, \(totals.failed) failed, \(totals.known) known-failure")
    }

    /// `nil` when the case passes, else why it failed.
    static func run(_ testCase: [String: Any]) -> String? {
        let expression = testCase["expr"] as? String ?? ""
        let libraries = testCase["libraries"] as? [String] ?? []
        let expected = testCase["expected"] as? [String: Any] ?? [:]
        let bindings = (testCase["bindings"] as? [String: Any] ?? [:]).mapValues(TaggedValue.plain)
        let semverVersion = testCase["librarySemverVersion"] as? Int ?? KubernetesSemverLibrary.latestVersion
        let environment = Self.environment(libraries, semverVersion: semverVersion, variables: Array(bindings.keys))

        let program: CELProgram
        do throws(CELCompileError) {
            if libraries.contains("k8s-base-env") {
                program = try KubernetesEnvironment.compile(expression, in: environment)
            } else {
                program = try environment.compile(expression)
            }
        } catch {
            let messages = error.issues.map(\.message)
            return Self.judgeCompileFailure(messages, rendered: error.description, expected: expected)
        }
        if expected["compileError"] != nil { return "expected a compile error, compiled fine" }
        if let phase = expected["phase"] as? String, phase == "compile" || phase == "program" {
            return "expected a \(phase) error, compiled fine"
        }
        let result = program.evaluate(bindings)
        if let value = expected["value"] {
            let wanted: CELValue
            do { wanted = try TaggedValue.decode(value) } catch { return "cannot decode expected value: \(error)" }
            if case .error(let error) = result { return "evaluation failed: \(error.message)" }
            return TaggedValue.matches(result, wanted) ? nil : "got \(Self.show(result)), want \(Self.show(wanted))"
        }
        guard case .error(let error) = result else { return "expected an evaluation error, got \(Self.show(result))" }
        if let pattern = expected["evalError"] as? String, expected["match"] as? String == "regex" {
            guard let regex = try? RE2Regex(pattern), regex.matches(error.message) else {
                return "error '\(error.message)' does not match /\(pattern)/"
            }
        }
        if let substring = (expected["errorCore"] ?? expected["error"]) as? String,
            expected["match"] as? String == "substring"
        {
            guard error.message.contains(substring) else { return "error '\(error.message)' lacks '\(substring)'" }
        }
        return nil
    }

    static func judgeCompileFailure(_ messages: [String], rendered: String, expected: [String: Any]) -> String? {
        if let patterns = expected["compileError"] as? [String] {
            let regexes = patterns.compactMap { try? RE2Regex($0) }
            for message in messages where !regexes.contains(where: { $0.matches(message) }) {
                return "compile error '\(message)' matches none of \(patterns)"
            }
            return nil
        }
        if let substring = (expected["errorCore"] ?? expected["error"]) as? String,
            expected["match"] as? String == "substring"
        {
            if messages.contains(where: { $0.contains(substring) }) || rendered.contains(substring) { return nil }
            return "compile error '\(rendered)' lacks '\(substring)'"
        }
        return "unexpected compile error: \(rendered)"
    }

    static func environment(_ names: [String], semverVersion: Int, variables: [String]) -> CELEnvironment {
        let declared = variables.map { CELVariable($0, .dyn) }
        if names.contains("k8s-base-env") {
            return KubernetesEnvironment.environment(variables: declared)
        }
        var libraries: [any CELLibrary] = [CELStandardLibrary()]
        for name in names {
            switch name {
            case "optionals": libraries.append(CELOptionalLibrary())
            case "ext.strings": libraries.append(CELStringsExtension(version: 2))
            case "k8s.urls": libraries.append(KubernetesURLLibrary())
            case "k8s.regex": libraries.append(KubernetesRegexLibrary())
            case "k8s.lists": libraries.append(KubernetesListsLibrary())
            case "k8s.quantity": libraries.append(KubernetesQuantityLibrary())
            case "k8s.format": libraries.append(KubernetesFormatLibrary())
            case "k8s.ip": libraries.append(KubernetesIPLibrary())
            case "k8s.cidr": libraries.append(KubernetesCIDRLibrary())
            case "k8s.semver": libraries.append(KubernetesSemverLibrary(version: semverVersion))
            default: break
            }
        }
        return CELEnvironment(libraries: libraries, variables: declared)
    }

    static func show(_ value: CELValue) -> String {
        switch value {
        case .string(let text): return "'\(text)'"
        case .opaque(let opaque): return "\(opaque.celType)(\(opaque))"
        case .list(let list):
            return "[" + (0..<list.count).map { show(list.element(at: $0)) }.joined(separator: ", ") + "]"
        case .optional(let wrapped): return wrapped.map { "optional(\(show($0)))" } ?? "optional.none()"
        case .error(let error): return "error(\(error.message))"
        default: return "\(value)"
        }
    }
}
