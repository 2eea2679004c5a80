import RampartCore

extension SARIFReportFormat {
    /// Tags kept per rule: GitHub shows 10 and rejects more than 20.
    static let maximumTags = 10

    /// A `reportingDescriptor` for a rule; tags run platform, finding kinds, `security`,
    /// frameworks, then the rule's own tags, at most ``maximumTags``.
    static func rule(_ rule: RuleMetadata, kinds: [String]) -> JSONValue {
        let title = rule.title.isEmpty ? rule.id : rule.title
        let description = rule.description.isEmpty ? title : rule.description
        var tags: [String] = []
        for tag in [rule.platform] + kinds + ["security"] + rule.frameworks.keys.sorted() + rule.tags
        where !tag.isEmpty && !tags.contains(tag) {
            tags.append(tag)
        }
        tags = Array(tags.prefix(maximumTags))
        return .fields([
            "id": .string(rule.id),
            "name": JSONValue.nonEmpty(pascalCase(rule.title)),
            "shortDescription": .object(["text": .string(title)]),
            "fullDescription": .object(["text": .string(description)]),
            "help": .object(["text": .string(helpText(rule)), "markdown": .string(helpMarkdown(rule))]),
            "helpUri": rule.references.first(where: isWebLink).map(JSONValue.string),
            "defaultConfiguration": .object(["level": .string(level(rule.severity))]),
            "properties": .object([
                "tags": .strings(tags),
                "precision": .string("very-high"),
                "security-severity": .string(securitySeverity(rule.severity)),
            ]),
        ])
    }

    /// SARIF result level: `error` for critical and high, `warning` for medium, `note` below.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    /// The score GitHub maps back to a severity: critical 9.5, high 8.0, medium 5.5, low 2.0, info 0.0.
    static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "2.0"
        case .info: "0.0"
        }
    }

    /// `Container runs privileged` → `ContainerRunsPrivileged`.
    static func pascalCase(_ title: String) -> String {
        var out = ""
        var startsWord = true
        for character in title {
            if character.isLetter || character.isNumber {
                out += startsWord ? character.uppercased() : String(character)
                startsWord = false
            } else {
                startsWord = true
            }
        }
        return out
    }

    static func helpText(_ rule: RuleMetadata) -> String {
        var parts = [rule.description.isEmpty ? (rule.title.isEmpty ? rule.id : rule.title) : rule.description]
        if !rule.remediation.isEmpty { parts.append("Remediation: \(rule.remediation)") }
        if !rule.references.isEmpty {
            parts.append((["References:"] + rule.references.map { "- \($0)" }).joined(separator: "\n"))
        }
        if !rule.aliases.isEmpty { parts.append("Aliases: \(rule.aliases.joined(separator: ", "))") }
        return parts.joined(separator: "\n\n")
    }

    static func helpMarkdown(_ rule: RuleMetadata) -> String {
        var parts = ["**\(rule.title.isEmpty ? rule.id : rule.title)**"]
        if !rule.description.isEmpty { parts.append(rule.description) }
        if !rule.remediation.isEmpty { parts.append("**Remediation:** \(rule.remediation)") }
        if !rule.references.isEmpty {
            let links = rule.references.map { isWebLink($0) ? "- [\($0)](\($0))" : "- \($0)" }
            parts.append((["**References**", ""] + links).joined(separator: "\n"))
        }
        if !rule.aliases.isEmpty {
            parts.append("**Aliases:** " + rule.aliases.map { "`\($0)`" }.joined(separator: ", "))
        }
        return parts.joined(separator: "\n\n")
    }

    /// `true` for an `http(s)://` reference without spaces, usable as a URI.
    static func isWebLink(_ reference: String) -> Bool {
        (reference.hasPrefix("https://") || reference.hasPrefix("http://"))
            && !reference.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }
}
