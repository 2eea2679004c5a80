import Foundation

/// Every expression of the shared CEL conformance suites (empty when the shared folder is absent
/// outside CI).
enum ConformanceCorpus {
    private struct SimpleFile: Decodable {
        struct Section: Decodable { var tests: [Case] }
        struct Case: Decodable { var expr: String }
        var sections: [Section]
    }

    private struct KubernetesFile: Decodable {
        struct Case: Decodable { var expr: String }
        var cases: [Case]
    }

    static func expressions() throws -> [String] {
        guard let shared = SharedFolder.url else { return [] }
        let folder = shared.appendingPathComponent("conformance/cel")
        var result: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".json") && name != "test-proto-types.json" {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let file = try JSONDecoder().decode(SimpleFile.self, from: data)
            result += file.sections.flatMap { $0.tests.map(\.expr) }
        }
        let k8s = try Data(contentsOf: shared.appendingPathComponent("conformance/k8s-cel/cases.json"))
        result += try JSONDecoder().decode(KubernetesFile.self, from: k8s).cases.map(\.expr)
        return result
    }
}
