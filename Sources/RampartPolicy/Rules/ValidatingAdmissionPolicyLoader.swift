public import RampartCore

/// Loads a Kubernetes `ValidatingAdmissionPolicy` (admissionregistration.k8s.io/v1) as a rule:
/// its `matchConstraints.resourceRules` become the match, `variables` and `validations` carry over,
/// and annotations may supply Rampart metadata (`rampart.dev/severity`, `rampart.dev/title`).
enum ValidatingAdmissionPolicyLoader {
    static func rule(from document: Document) throws(RuleError) -> Rule {
        let root = document.root
        guard let name = root["metadata"]?["name"]?.stringValue else {
            throw RuleError("ValidatingAdmissionPolicy without metadata.name", at: document.range(of: root))
        }
        guard let spec = root["spec"], let validationNodes = spec["validations"]?.listValue, !validationNodes.isEmpty
        else {
            throw RuleError(
                ruleID: name, "ValidatingAdmissionPolicy has no spec.validations", at: document.range(of: root))
        }
        let annotations = root["metadata"]?["annotations"]
        let severity = annotations?["rampart.dev/severity"]?.stringValue.flatMap { Severity(parsing: $0) } ?? .medium
        var kinds: Set<String> = []
        var groups: Set<String> = []
        for rule in spec["matchConstraints"]?["resourceRules"]?.listValue ?? [] {
            for resource in RuleLoader.strings(rule["resources"]) {
                if let kind = KubernetesResourceNames.kind(forPlural: resource) { kinds.insert(kind) }
                if resource == "*" { kinds.removeAll() }
            }
            groups.formUnion(RuleLoader.strings(rule["apiGroups"]))
        }
        if groups.contains("*") { groups.removeAll() }
        let variables = try (spec["variables"]?.listValue ?? []).map { node throws(RuleError) in
            Rule.Variable(
                name: try RuleLoader.requiredString(node, "name", document: document, ruleID: name),
                expression: try RuleLoader.expression(node, "expression", document: document, ruleID: name))
        }
        let validations = try validationNodes.map { node throws(RuleError) in
            try RuleLoader.validation(node, document: document, ruleID: name)
        }
        let metadata = RuleMetadata(
            id: name, title: annotations?["rampart.dev/title"]?.stringValue ?? validations.first?.message ?? name,
            severity: severity, description: annotations?["rampart.dev/description"]?.stringValue ?? "",
            remediation: annotations?["rampart.dev/remediation"]?.stringValue ?? "", platform: "kubernetes",
            tags: ["validating-admission-policy"])
        return Rule(
            metadata: metadata, match: Rule.Match(platform: "kubernetes", kinds: kinds, apiGroups: groups),
            variables: variables, validations: validations,
            origin: document.range(of: root))
    }
}

/// Maps Kubernetes resource plurals (as in RBAC and admission rules) to kinds.
public enum KubernetesResourceNames {
    static let kinds: [String: String] = [
        "pods": "Pod", "deployments": "Deployment", "statefulsets": "StatefulSet", "daemonsets": "DaemonSet",
        "replicasets": "ReplicaSet", "jobs": "Job", "cronjobs": "CronJob",
        "replicationcontrollers": "ReplicationController",
        "podtemplates": "PodTemplate", "services": "Service", "ingresses": "Ingress",
        "networkpolicies": "NetworkPolicy",
        "configmaps": "ConfigMap", "secrets": "Secret", "serviceaccounts": "ServiceAccount", "namespaces": "Namespace",
        "roles": "Role", "clusterroles": "ClusterRole", "rolebindings": "RoleBinding",
        "clusterrolebindings": "ClusterRoleBinding", "persistentvolumes": "PersistentVolume",
        "persistentvolumeclaims": "PersistentVolumeClaim", "horizontalpodautoscalers": "HorizontalPodAutoscaler",
        "poddisruptionbudgets": "PodDisruptionBudget", "nodes": "Node", "limitranges": "LimitRange",
        "resourcequotas": "ResourceQuota", "storageclasses": "StorageClass",
        "validatingwebhookconfigurations": "ValidatingWebhookConfiguration",
        "mutatingwebhookconfigurations": "MutatingWebhookConfiguration",
        "customresourcedefinitions": "CustomResourceDefinition",
    ]

    /// The kind for a plural resource name, or `nil` when unknown.
    public static func kind(forPlural plural: String) -> String? {
        kinds[plural.split(separator: "/").first.map(String.init)?.lowercased() ?? plural]
    }
}
