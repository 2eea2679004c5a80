import CELSyntax
import Foundation
import Testing

/// Parses every expression of the shared conformance suites: the CEL "simple" suite (with macros
/// per `disable_macros`) and the Kubernetes CEL library cases.
///
/// None of these expressions is expected to fail *parsing*: the cases that upstream expects to
/// fail do so at type-check or evaluation time (unknown overloads, invalid duration/timestamp
/// constants, undeclared `authorizer`, runtime errors), so ``expectedParseFailures`` is empty and
/// any parse failure is a bug.
@Suite struct ConformanceParseTests {
    /// Expressions upstream expects to be rejected by the parser, by suite-qualified test name,
    /// with the reason. (None in the current snapshot; see the type comment.)
    static let expectedParseFailures: [String: String] = [:]

    private struct SimpleFile: Decodable {
        struct Section: Decodable { var name: String; var tests: [Case] }
        struct Case: Decodable { var name: String; var expr: String; var disable_macros: Bool }
        var name: String
        var sections: [Section]
    }

    private struct KubernetesFile: Decodable {
        struct Case: Decodable { var id: String; var expr: String }
        var cases: [Case]
    }

    private static func load<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    @Test func celSimpleSuiteParses() throws {
        guard let shared = SharedFolder.url else {
            #expect(!SharedFolder.isCI, "shared conformance data missing")
            return
        }
        let folder = shared.appendingPathComponent("conformance/cel")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && $0 != "test-proto-types.json" }.sorted()
        #expect(names.count >= 30)
        var cases: [(String, String, Bool)] = []
        for name in names {
            let file = try Self.load(SimpleFile.self, folder.appendingPathComponent(name))
            for section in file.sections {
                for test in section.tests {
                    cases.append(("\(file.name)/\(section.name)/\(test.name)", test.expr, test.disable_macros))
                }
            }
        }
        run(cases, suite: "cel")
    }

    @Test func kubernetesCasesParse() throws {
        guard let shared = SharedFolder.url else {
            #expect(!SharedFolder.isCI, "shared conformance data missing")
            return
        }
        let file = try Self.load(KubernetesFile.self, shared.appendingPathComponent("conformance/k8s-cel/cases.json"))
        run(file.cases.map { ($0.id, $0.expr, false) }, suite: "k8s-cel")
    }

    private func run(_ cases: [(name: String, expr: String, disableMacros: Bool)], suite: String) {
        let withMacros = Parser()
        let withoutMacros = Parser(options: ParserOptions(enableMacros: false))
        var passed = 0
        var failed = 0
        var knownFailures = 0
        for test in cases {
            let parser = test.disableMacros ? withoutMacros : withMacros
            let parsed: Bool
            var failure = ""
            do {
                _ = try parser.parse(test.expr)
                parsed = true
            } catch {
                parsed = false
                failure = error.description
            }
            if let reason = Self.expectedParseFailures[test.name] {
                if parsed {
                    failed += 1
                    Issue.record("\(test.name) parsed but upstream expects a parse error (\(reason))")
                } else {
                    knownFailures += 1
                }
            } else if parsed {
                passed += 1
            } else {
                failed += 1
                Issue.record("\(test.name): \(test.expr)\n\(failure)")
            }
        }
        print("\(suite) parse: \(passed) passed, \(failed) failed, \(knownFailures) known-failure")
        #expect(passed + knownFailures == cases.count)
    }
}
