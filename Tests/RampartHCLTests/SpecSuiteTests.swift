import Foundation
import RampartHCL
import Testing

/// Runs every test of the upstream HCL spec suite (`specsuite/tests`) per its README procedure.
@Suite struct SpecSuiteTests {
    struct Outcome {
        var name: String
        var failure: String?
    }

    static func knownFailures() -> [String: String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/specsuite-known-failures.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n")
        where !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            result[String(parts[0])] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return result
    }

    @Test func specSuite() throws {
        guard let shared = HCLSharedData.require() else { return }
        let root = shared.appendingPathComponent("specsuite/tests")
        let known = Self.knownFailures()
        var passed = 0
        var failed = 0
        for expectationURL in HCLSharedData.files(under: root, extensions: ["t"]) {
            let base = expectationURL.deletingPathExtension()
            let relative = String(base.path.dropFirst(root.path.count + 1))
            for suffix in [".hcl", ".hcl.json"] {
                let input = URL(fileURLWithPath: base.path + suffix)
                guard FileManager.default.fileExists(atPath: input.path) else { continue }
                let name = relative + suffix
                let failure = Self.run(
                    expectations: expectationURL, spec: URL(fileURLWithPath: base.path + ".hcldec"), input: input)
                if let failure {
                    failed += 1
                    if known[name] == nil { Issue.record("\(name): \(failure)") }
                    print("specsuite FAIL \(name): \(failure)")
                } else {
                    passed += 1
                    if known[name] != nil { print("specsuite: \(name) now passes; remove it from the known failures") }
                }
            }
        }
        print("specsuite: \(passed) passed, \(failed) failed")
        #expect(passed + failed >= 16)
    }

    static func parseFile(_ url: URL) -> HCLFile? {
        guard let text = HCLSharedData.read(url) else { return nil }
        if url.pathExtension == "json" { return HCLJSONParser.parse(text, file: url.lastPathComponent) }
        return HCLParser.parse(text, file: url.lastPathComponent)
    }

    /// Runs one input; returns why it failed, or `nil` when it passed.
    static func run(expectations expectationURL: URL, spec specURL: URL, input: URL) -> String? {
        guard let expectationFile = parseFile(expectationURL), !expectationFile.diagnostics.hasErrors else {
            return "cannot parse the .t file: \(parseFile(expectationURL)?.diagnostics ?? [])"
        }
        guard let specFile = parseFile(specURL), !specFile.diagnostics.hasErrors else {
            return "cannot parse the .hcldec file"
        }
        let expected: SpecExpectations
        let spec: DecoderSpec
        let variables: [String: HCLValue]
        do {
            expected = try SpecExpectations(expectationFile)
            (spec, variables) = try DecoderSpec.read(specFile)
        } catch {
            return "unreadable test: \(error)"
        }
        guard let file = parseFile(input) else { return "cannot read input" }
        var diagnostics = file.diagnostics
        var references: [HCLTraversal] = []
        var value: HCLValue = .null
        if !diagnostics.hasErrors {
            value = spec.decode(
                file.body, context: HCLEvaluationContext(variables: variables),
                diagnostics: &diagnostics, references: &references)
        }
        if let expectedDiagnostics = expected.diagnostics {
            let actual = diagnostics.map {
                SpecExpectations.ExpectedDiagnostic(severity: $0.severity, from: $0.subject.start, to: $0.subject.end)
            }.sorted()
            if actual != expectedDiagnostics.sorted() {
                return "diagnostics \(actual) != expected \(expectedDiagnostics.sorted()); messages: \(diagnostics)"
            }
            return nil
        }
        if diagnostics.hasErrors { return "unexpected diagnostics: \(diagnostics)" }
        if let type = expected.resultType, value.type != type {
            return "result type \(value.type) != expected \(type)"
        }
        if var result = expected.result {
            if let type = expected.resultType {
                guard let converted = result.converted(to: type) else {
                    return "expected result does not convert to \(type)"
                }
                result = converted
            }
            if !value.equals(result, numbers: { $0.isClose(to: $1) }) { return "result \(value) != expected \(result)" }
        }
        if let traversals = expected.traversals {
            let actual = references.map {
                SpecExpectations.ExpectedTraversal(reference: $0.description, from: $0.range.start, to: $0.range.end)
            }
            if actual != traversals { return "traversals \(actual) != expected \(traversals)" }
        }
        return nil
    }
}
