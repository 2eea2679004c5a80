/// What a rule is: identity, explanation, and how it maps to peers and compliance frameworks.
///
/// Every finding refers to its rule by ``id``; reports carry the metadata of each rule once (SARIF
/// `tool.driver.rules`, JSON `rules`).
public struct RuleMetadata: Sendable, Hashable, Codable {
    /// Stable identifier, e.g. `RMP-K8S-0001`.
    public var id: String
    /// One-line statement of the problem.
    public var title: String
    public var severity: Severity
    /// Why it matters.
    public var description: String
    /// What to do about it.
    public var remediation: String
    /// Documentation links.
    public var references: [String]
    /// The ids peer tools use for the same check (Checkov, Trivy, KICS, PSS …), so users can map
    /// findings and the peers' suppression markers apply.
    public var aliases: [String]
    /// Compliance framework mappings, e.g. `["pss": "baseline", "cis-kubernetes": "5.2.1"]`.
    public var frameworks: [String: String]
    /// The platform the rule judges (`kubernetes`, `dockerfile`, `terraform` …).
    public var platform: String
    /// Free-form tags (`security`, `best-practice` …).
    public var tags: [String]

    /// Creates rule metadata.
    public init(
        id: String, title: String, severity: Severity, description: String = "", remediation: String = "",
        references: [String] = [], aliases: [String] = [], frameworks: [String: String] = [:],
        platform: String, tags: [String] = []
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.description = description
        self.remediation = remediation
        self.references = references
        self.aliases = aliases
        self.frameworks = frameworks
        self.platform = platform
        self.tags = tags
    }
}
