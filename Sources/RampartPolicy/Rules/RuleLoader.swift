public import RampartCore

/// Reads rules from parsed YAML documents: the Rampart rule format (DESIGN §4) and Kubernetes
/// `ValidatingAdmissionPolicy` manifests, which load unchanged as Kubernetes rules.
public enum RuleLoader {
    /// The rule in a document, or an error naming the file, line and column.
    public static func rule(from document: Document) throws(RuleError) -> Rule {
        let root = document.root
        guard root.mapValue != nil else {
            throw RuleError(
                "A rule file must be a YAML mapping with id, title, severity, match and validations.",
                at: document.range(of: root))
        }
        if root["kind"]?.stringValue == "ValidatingAdmissionPolicy" {
            return try ValidatingAdmissionPolicyLoader.rule(from: document)
        }
        return try native(root, document: document)
    }

    static let knownKeys: Set<String> = [
        "id", "title", "severity", "description", "remediation", "references", "aliases", "frameworks",
        "match", "variables", "validations", "tags",
    ]

    static func native(_ root: Node, document: Document) throws(RuleError) -> Rule {
        let id = try requiredString(root, "id", document: document, ruleID: nil)
        for entry in root.mapValue?.entries ?? [] where !knownKeys.contains(entry.key) {
            throw RuleError(
                ruleID: id, "unknown key '\(entry.key)'; expected one of \(knownKeys.sorted().joined(separator: ", "))",
                at: document.range(entry.keySpan))
        }
        let title = try requiredString(root, "title", document: document, ruleID: id)
        let severityText = try requiredString(root, "severity", document: document, ruleID: id)
        guard let severity = Severity(rawValue: severityText.lowercased()) else {
            throw RuleError(
                ruleID: id, "severity must be one of critical, high, medium, low, info (found '\(severityText)')",
                at: root["severity"].map(document.range(of:)))
        }
        guard let matchNode = root["match"] else {
            throw RuleError(
                ruleID: id, "missing 'match' (e.g. match: {platform: kubernetes, kinds: [Pod]})",
                at: document.range(of: root))
        }
        let match = try parseMatch(matchNode, document: document, ruleID: id)
        let metadata = RuleMetadata(
            id: id, title: title, severity: severity,
            description: root["description"]?.stringValue ?? "",
            remediation: root["remediation"]?.stringValue ?? "",
            references: strings(root["references"]), aliases: strings(root["aliases"]),
            frameworks: stringMap(root["frameworks"]), platform: match.platform, tags: strings(root["tags"]))
        let variables = try (root["variables"]?.listValue ?? []).map { node throws(RuleError) in
            Rule.Variable(
                name: try requiredString(node, "name", document: document, ruleID: id),
                expression: try expression(node, "expression", document: document, ruleID: id))
        }
        guard let validationNodes = root["validations"]?.listValue, !validationNodes.isEmpty else {
            throw RuleError(
                ruleID: id, "a rule needs at least one entry under 'validations'", at: document.range(of: root))
        }
        let validations = try validationNodes.map { node throws(RuleError) in
            try validation(node, document: document, ruleID: id)
        }
        return Rule(
            metadata: metadata, match: match, variables: variables, validations: validations,
            origin: root.mapValue?.entry("id").map { document.range($0.keySpan) })
    }

    static func validation(_ node: Node, document: Document, ruleID: String) throws(RuleError) -> Rule.Validation {
        Rule.Validation(
            expression: try expression(node, "expression", document: document, ruleID: ruleID),
            message: node["message"]?.stringValue,
            messageExpression: node["messageExpression"].flatMap { value in
                value.stringValue.map { Rule.Expression($0, range: document.range(of: value)) }
            },
            fieldPath: node["fieldPath"]?.stringValue)
    }

    static func parseMatch(_ node: Node, document: Document, ruleID: String) throws(RuleError) -> Rule.Match {
        let platform = try requiredString(node, "platform", document: document, ruleID: ruleID)
        let scopeText = node["scope"]?.stringValue ?? "resource"
        guard let scope = Rule.Match.Scope(rawValue: scopeText) else {
            throw RuleError(
                ruleID: ruleID, "match.scope must be 'resource' or 'project'",
                at: node["scope"].map(document.range(of:)))
        }
        return Rule.Match(
            platform: platform, kinds: Set(strings(node["kinds"])),
            apiGroups: Set(strings(node["apiGroups"])), scope: scope)
    }

    static func expression(_ node: Node, _ key: String, document: Document, ruleID: String) throws(RuleError)
        -> Rule.Expression
    {
        guard let value = node[key], let text = value.stringValue else {
            throw RuleError(ruleID: ruleID, "missing '\(key)' (a CEL expression string)", at: document.range(of: node))
        }
        return Rule.Expression(text, range: document.range(of: value))
    }

    static func requiredString(_ node: Node, _ key: String, document: Document, ruleID: String?) throws(RuleError)
        -> String
    {
        guard let value = node[key]?.stringValue, !value.isEmpty else {
            throw RuleError(ruleID: ruleID, "missing or empty '\(key)'", at: document.range(of: node))
        }
        return value
    }

    static func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let text = node.stringValue { return [text] }
        return (node.listValue ?? []).compactMap { item in
            switch item.value {
            case .string(let text): text
            case .int(let number): String(number)
            case .bool(let flag): String(flag)
            default: nil
            }
        }
    }

    static func stringMap(_ node: Node?) -> [String: String] {
        var out: [String: String] = [:]
        for entry in node?.mapValue?.entries ?? [] {
            switch entry.value.value {
            case .string(let text): out[entry.key] = text
            case .int(let number): out[entry.key] = String(number)
            case .double(let number): out[entry.key] = String(number)
            case .list(let items): out[entry.key] = items.compactMap(\.stringValue).joined(separator: ",")
            default: continue
            }
        }
        return out
    }
}
