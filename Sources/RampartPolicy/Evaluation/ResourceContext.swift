import CEL
import RampartCore

/// What every rule sees of one resource, computed once per resource: the CEL bindings of the
/// admission environment and the implicit Kubernetes variables.
struct ResourceContext {
    let resource: ConfigResource
    let bindings: [String: CELValue]
    let implicitVariables: [(key: CELMapKey, value: CELValue)]
    /// `variables` for rules that declare none of their own, built once per resource.
    let implicitVariablesMap: CELValue

    init(_ resource: ConfigResource) {
        self.resource = resource
        let kubernetes = resource.platform == "kubernetes"
        let object = NodeValues.value(resource.node, nullIsAbsent: kubernetes)
        var bindings: [String: CELValue] = [
            "object": object, "oldObject": .null, "params": .null, "namespaceObject": .null,
        ]
        if resource.platform == "kubernetes" {
            bindings["request"] = Self.request(for: resource)
            let workload = KubernetesWorkload(kind: resource.kind, node: resource.node)
            let span = workload.podSpec?.span ?? resource.node.span
            implicitVariables = [
                (.string("podSpec"), workload.podSpec.map { NodeValues.value($0, nullIsAbsent: true) } ?? .null),
                (
                    .string("podMetadata"),
                    workload.podMetadata.map { NodeValues.value($0, nullIsAbsent: true) }
                        ?? .map(CELDictionaryMap.empty)
                ),
                (
                    .string("containers"),
                    NodeValues.list(workload.containers.filter { !$0.isNull }, at: span, nullIsAbsent: true)
                ),
            ]
        } else {
            bindings["request"] = .null
            implicitVariables = []
        }
        self.bindings = bindings
        implicitVariablesMap = .map(CELDictionaryMap(implicitVariables))
    }

    /// An admission request as the API server would send for creating the resource.
    static func request(for resource: ConfigResource) -> CELValue {
        let version = resource.apiVersion ?? ""
        let parts = version.split(separator: "/", maxSplits: 1).map(String.init)
        let group = parts.count == 2 ? parts[0] : ""
        let versionOnly = parts.last ?? ""
        let kind = CELValue.map(
            CELDictionaryMap([
                (.string("group"), .string(group)), (.string("version"), .string(versionOnly)),
                (.string("kind"), .string(resource.kind)),
            ]))
        var entries: [(key: CELMapKey, value: CELValue)] = [
            (.string("kind"), kind), (.string("operation"), "CREATE"),
            (.string("userInfo"), .map(CELDictionaryMap([(.string("username"), "rampart")]))),
            (.string("dryRun"), .bool(true)),
        ]
        if let name = resource.name { entries.append((.string("name"), .string(name))) }
        if let namespace = resource.namespace { entries.append((.string("namespace"), .string(namespace))) }
        return .map(CELDictionaryMap(entries))
    }
}
