import Foundation

/// One conformance JSON file (see `../shared/conformance/cel/README.md`), decoded loosely.
struct ConformanceFile {
    struct Case {
        var section: String
        var name: String
        var expr: String
        var disableMacros: Bool
        var disableCheck: Bool
        var checkOnly: Bool
        var container: String
        var typeEnv: [[String: Any]]
        var bindings: [String: Any]
        var expected: [String: Any]
        var needsProtoTypes: Bool

        var identifier: String { "\(section)/\(name)" }
    }

    var name: String
    var cases: [Case]

    init(url: URL) throws {
        let data = try Data(contentsOf: url)
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        name = url.deletingPathExtension().lastPathComponent
        var cases: [Case] = []
        for section in root["sections"] as? [[String: Any]] ?? [] {
            let sectionName = section["name"] as? String ?? ""
            for test in section["tests"] as? [[String: Any]] ?? [] {
                cases.append(
                    Case(
                        section: sectionName, name: test["name"] as? String ?? "", expr: test["expr"] as? String ?? "",
                        disableMacros: test["disable_macros"] as? Bool ?? false,
                        disableCheck: test["disable_check"] as? Bool ?? false,
                        checkOnly: test["check_only"] as? Bool ?? false, container: test["container"] as? String ?? "",
                        typeEnv: test["type_env"] as? [[String: Any]] ?? [],
                        bindings: test["bindings"] as? [String: Any] ?? [:],
                        expected: test["expected"] as? [String: Any] ?? [:],
                        needsProtoTypes: test["needsProtoTypes"] as? Bool ?? false))
            }
        }
        self.cases = cases
    }
}

/// Locates the shared conformance data: `RAMPART_SHARED`, else `<repo>/../shared`.
enum ConformanceData {
    static var directory: URL? {
        let environment = ProcessInfo.processInfo.environment
        let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared =
            environment["RAMPART_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let folder = shared.appendingPathComponent("conformance/cel")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The conformance files present, by name without extension.
    static var fileNames: [String] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return []
        }
        return names.filter { $0.hasSuffix(".json") && $0 != "test-proto-types.json" }
            .map { String($0.dropLast(5)) }.sorted()
    }

    /// `file/section/test` → reason, from `known-failures.txt` next to this file.
    static let knownFailures: [String: String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "known-failures.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = trimmed.split(separator: " ", maxSplits: 1)
            result[String(parts[0])] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return result
    }()
}
