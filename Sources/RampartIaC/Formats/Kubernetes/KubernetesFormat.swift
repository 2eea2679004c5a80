public import RampartCore

/// Kubernetes manifests in YAML or JSON: any document whose root is a mapping with string
/// `apiVersion` and `kind`. `List` kinds (`v1/List`, `DeploymentList` …) contribute their `items`.
public struct KubernetesFormat: ConfigFormat {
    public let id = "kubernetes"
    public let version = 1
    public let syntaxes: Set<String> = ["yaml", "json"]

    /// Creates the format.
    public init() {}

    public func resources(in documents: [Document]) -> (resources: [ConfigResource], diagnostics: [Diagnostic]) {
        var resources: [ConfigResource] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            guard let head = Self.header(of: document.root) else { continue }
            if head.kind == "List" || (head.kind.hasSuffix("List") && document.root["items"]?.listValue != nil) {
                guard let items = document.root["items"]?.listValue else { continue }
                for item in items {
                    if let itemHead = Self.header(of: item) {
                        resources.append(Self.resource(item, head: itemHead, in: document))
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                Diagnostic.Code("kubernetes-list-item"),
                                "List item has no apiVersion/kind; it was skipped.",
                                level: .warning, at: document.range(of: item)))
                    }
                }
            } else {
                resources.append(Self.resource(document.root, head: head, in: document))
            }
        }
        return (resources, diagnostics)
    }

    struct Header {
        var apiVersion: String
        var kind: String
    }

    static func header(of node: Node) -> Header? {
        guard let apiVersion = node["apiVersion"]?.stringValue, let kind = node["kind"]?.stringValue,
            !apiVersion.isEmpty, !kind.isEmpty
        else { return nil }
        return Header(apiVersion: apiVersion, kind: kind)
    }

    static func resource(_ node: Node, head: Header, in document: Document) -> ConfigResource {
        let metadata = node["metadata"]
        return ConfigResource(
            platform: "kubernetes", kind: head.kind, apiVersion: head.apiVersion,
            name: metadata?["name"]?.stringValue ?? metadata?["generateName"]?.stringValue,
            namespace: metadata?["namespace"]?.stringValue, document: document, node: node)
    }
}
