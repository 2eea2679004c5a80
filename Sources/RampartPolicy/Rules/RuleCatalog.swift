public import Foundation
public import RampartCore
import RampartYAML

/// Loads rules from directories: the built-in rule tree (`<platform>/<ID>/rule.yaml` plus fixtures)
/// and users' `--policy` folders, where every `*.yaml`/`*.yml` file holding a rule or a
/// `ValidatingAdmissionPolicy` counts (other documents, such as bindings or fixtures, are skipped).
public enum RuleCatalog {
    /// A loaded rule and the folder it came from (for fixtures).
    public struct Entry: Sendable {
        public var rule: Rule
        /// The rule's file.
        public var file: URL
        /// The folder holding the rule and its fixtures.
        public var folder: URL { file.deletingLastPathComponent() }
    }

    /// Every rule under the directories, with errors for files that are rules but invalid.
    public static func load(_ directories: [URL]) -> (entries: [Entry], errors: [RuleError]) {
        var entries: [Entry] = []
        var errors: [RuleError] = []
        for directory in directories {
            for file in ruleFiles(under: directory) {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    errors.append(RuleError("cannot read rule file", at: SourceRange(file: file.path, span: .unknown)))
                    continue
                }
                let result = YAMLReader().read([UInt8](data), file: file.path)
                for diagnostic in result.diagnostics where diagnostic.level == .error {
                    errors.append(RuleError(diagnostic.message, at: diagnostic.range))
                }
                for document in result.documents where isRuleDocument(document.root) {
                    do {
                        entries.append(Entry(rule: try RuleLoader.rule(from: document), file: file))
                    } catch {
                        errors.append(error)
                    }
                }
            }
        }
        var seen: [String: URL] = [:]
        for entry in entries {
            if let previous = seen[entry.rule.metadata.id] {
                errors.append(
                    RuleError(
                        ruleID: entry.rule.metadata.id,
                        "duplicate rule id (also defined in \(previous.path))", at: entry.rule.origin))
            }
            seen[entry.rule.metadata.id] = entry.file
        }
        entries.sort { $0.rule.metadata.id < $1.rule.metadata.id }
        return (entries, errors)
    }

    /// A document is a rule when it has `id` + `validations`, or is a ValidatingAdmissionPolicy.
    static func isRuleDocument(_ root: Node) -> Bool {
        if root["kind"]?.stringValue == "ValidatingAdmissionPolicy" { return true }
        return root["id"] != nil && (root["validations"] != nil || root["match"] != nil)
    }

    /// Rule files under a directory: `rule.yaml` in the built-in layout, any YAML elsewhere, never
    /// fixtures (`pass.*`, `fail.*`, `expected.yaml`).
    static func ruleFiles(under directory: URL) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return [] }
        if !isDirectory.boolValue { return [directory] }
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
            if name.hasPrefix("pass.") || name.hasPrefix("fail.") || name.hasPrefix("expected.") { continue }
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
