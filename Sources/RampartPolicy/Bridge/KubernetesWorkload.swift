public import RampartCore

/// The pod template inside any Kubernetes workload, found once per resource in Swift so every rule
/// can use `variables.podSpec`, `variables.podMetadata` and `variables.containers` without repeating
/// the per-kind paths in CEL.
public struct KubernetesWorkload: Sendable {
    /// The pod spec, or `nil` for kinds that have none.
    public var podSpec: Node?
    /// The pod template's metadata (a Pod's own metadata).
    public var podMetadata: Node?
    /// Containers, then init containers, then ephemeral containers, each keeping its position.
    public var containers: [Node]

    /// The workload view of a resource node.
    public init(kind: String, node: Node) {
        let template: Node?
        switch kind {
        case "Pod":
            template = node
        case "CronJob":
            template = node["spec"]?["jobTemplate"]?["spec"]?["template"]
        case "PodTemplate":
            template = node["template"]
        case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController":
            template = node["spec"]?["template"]
        default:
            template = nil
        }
        podSpec = template?["spec"].flatMap { $0.isNull ? nil : $0 }
        podMetadata = template?["metadata"].flatMap { $0.isNull ? nil : $0 }
        var containers: [Node] = []
        for key in ["containers", "initContainers", "ephemeralContainers"] {
            containers.append(contentsOf: podSpec?[key]?.listValue ?? [])
        }
        self.containers = containers
    }

    /// The CEL expressions equivalent to the implicit variables, for exporting a rule as a native
    /// ValidatingAdmissionPolicy (which has no implicit variables).
    public static let exportedVariables: [(name: String, expression: String)] = [
        (
            "podSpec",
            """
            object.kind == 'Pod' ? object.spec : object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec : \
            object.kind == 'PodTemplate' ? object.template.spec : \
            (has(object.spec) && has(object.spec.template) && has(object.spec.template.spec) ? object.spec.template.spec : null)
            """
        ),
        (
            "podMetadata",
            """
            object.kind == 'Pod' ? object.metadata : object.kind == 'CronJob' ? \
            (has(object.spec.jobTemplate.spec.template.metadata) ? object.spec.jobTemplate.spec.template.metadata : {}) : \
            object.kind == 'PodTemplate' ? (has(object.template.metadata) ? object.template.metadata : {}) : \
            (has(object.spec) && has(object.spec.template) && has(object.spec.template.metadata) ? object.spec.template.metadata : {})
            """
        ),
        (
            "containers",
            """
            variables.podSpec == null ? [] : \
            (has(variables.podSpec.containers) ? variables.podSpec.containers : []) + \
            (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : []) + \
            (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])
            """
        ),
    ]
}
