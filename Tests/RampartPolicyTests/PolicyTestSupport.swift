import RampartCore
import RampartPolicy
import RampartYAML

/// Helpers to build documents, resources and rules from YAML text.
enum PolicyFixtures {
    static func documents(_ yaml: String, file: String = "test.yaml") -> [Document] {
        YAMLReader().read(yaml, file: file).documents
    }

    static func resources(_ yaml: String, file: String = "test.yaml") -> [ConfigResource] {
        documents(yaml, file: file).map { document in
            ConfigResource(
                platform: "kubernetes", kind: document.root["kind"]?.stringValue ?? "",
                apiVersion: document.root["apiVersion"]?.stringValue,
                name: document.root["metadata"]?["name"]?.stringValue,
                namespace: document.root["metadata"]?["namespace"]?.stringValue,
                document: document, node: document.root)
        }
    }

    static func rule(_ yaml: String) throws -> Rule {
        try RuleLoader.rule(from: documents(yaml, file: "rule.yaml")[0])
    }

    static func policies(_ yaml: String) throws -> PolicySet {
        let (set, errors) = PolicySet.compile([try rule(yaml)])
        if let error = errors.first { throw error }
        return set
    }
}
