/// One thing a configuration rule judges: a Kubernetes object, a Dockerfile, later a Terraform
/// resource or a neutral cloud resource.
///
/// Formats (RampartIaC) produce resources from parsed documents; the policy engine evaluates rules
/// whose `match` selects the resource's ``platform`` and ``kind``.
public struct ConfigResource: Sendable {
    /// The platform rules match on: `kubernetes`, `dockerfile` …
    public var platform: String
    /// The kind within the platform (`Deployment`, `Dockerfile`).
    public var kind: String
    /// Kubernetes `apiVersion`, when the format has one.
    public var apiVersion: String?
    /// The resource's name, when it has one.
    public var name: String?
    /// Kubernetes namespace, when written.
    public var namespace: String?
    /// The document the resource came from (for positions and inline suppressions).
    public var document: Document
    /// The resource's own node (for a `List` item, the item; otherwise the document root).
    public var node: Node

    /// Creates a resource.
    public init(
        platform: String, kind: String, apiVersion: String? = nil, name: String? = nil, namespace: String? = nil,
        document: Document, node: Node
    ) {
        self.platform = platform
        self.kind = kind
        self.apiVersion = apiVersion
        self.name = name
        self.namespace = namespace
        self.document = document
        self.node = node
    }

    /// The file the resource is in.
    public var file: String { document.file }

    /// The resource's range in its file.
    public var range: SourceRange { document.range(of: node) }

    /// A readable address: `Deployment/prod/web`, `Deployment/web`, or `Dockerfile`.
    public var address: String {
        [kind, namespace, name].compactMap { $0 }.joined(separator: "/")
    }
}
