public import CEL
public import RampartCore

/// Exposes a positioned document to CEL without copying: mappings and lists become host objects
/// that convert children only when an expression reads them, and keep their ``Node`` so a finding
/// can point at the exact line of any value an expression returns.
public enum NodeValues {
    /// The CEL value of a node.
    @inline(__always)
    public static func value(_ node: Node, origin: Int = 0, nullIsAbsent: Bool = false) -> CELValue {
        switch node.value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .string(let text): return .string(text)
        case .list(let items):
            return .list(NodeList(node: node, items: items, origin: origin, nullIsAbsent: nullIsAbsent))
        case .map(let mapping):
            return .map(NodeMap(node: node, mapping: mapping, origin: origin, nullIsAbsent: nullIsAbsent))
        }
    }

    /// The node behind a value produced from a document, or `nil` for values computed by the
    /// expression (scalars, new lists and maps).
    public static func node(of value: CELValue) -> Node? {
        located(value)?.node
    }

    /// The node behind a value and the `origin` it was exposed with (e.g. the index of the resource
    /// it belongs to in a project-wide evaluation).
    public static func located(_ value: CELValue) -> (node: Node, origin: Int)? {
        switch value.hostObject {
        case let map as NodeMap: return (map.node, map.origin)
        case let list as NodeList: return (list.node, list.origin)
        default: return nil
        }
    }

    /// A list of nodes that did not come from one document list (e.g. the containers and init
    /// containers of a pod, joined): elements keep their own positions.
    public static func list(_ nodes: [Node], at span: SourceSpan, origin: Int = 0, nullIsAbsent: Bool = false)
        -> CELValue
    {
        .list(NodeList(node: Node(.list(nodes), span: span), items: nodes, origin: origin, nullIsAbsent: nullIsAbsent))
    }

    /// A list whose element `i` is exposed with origin `i`: the resources of a project-wide rule.
    public static func originList(_ nodes: [Node], nullIsAbsent: Bool = false) -> CELValue {
        .list(OriginList(items: nodes, nullIsAbsent: nullIsAbsent))
    }
}

/// A document mapping seen from CEL.
///
/// With `nullIsAbsent` (Kubernetes objects), an entry whose value is null is treated as absent, as
/// the API server does when it decodes `securityContext:` with no value: `has()` is false and the
/// key does not appear in iteration.
final class NodeMap: CELMap {
    let node: Node
    let mapping: Mapping
    let origin: Int
    let nullIsAbsent: Bool
    /// Entry indexes visible to CEL when nulls are hidden; `nil` when every entry is visible.
    let visible: [Int]?

    init(node: Node, mapping: Mapping, origin: Int, nullIsAbsent: Bool) {
        self.node = node
        self.mapping = mapping
        self.origin = origin
        self.nullIsAbsent = nullIsAbsent
        if nullIsAbsent, mapping.entries.contains(where: { $0.value.isNull }) {
            visible = mapping.entries.indices.filter { !mapping.entries[$0].value.isNull }
        } else {
            visible = nil
        }
    }

    var count: Int { visible?.count ?? mapping.count }
    func key(at index: Int) -> CELValue { .string(mapping.entries[visible?[index] ?? index].key) }
    func value(at index: Int) -> CELValue {
        NodeValues.value(mapping.entries[visible?[index] ?? index].value, origin: origin, nullIsAbsent: nullIsAbsent)
    }

    func value(forKey key: CELValue) -> CELValue? {
        guard case .string(let name) = key else { return nil }
        return value(forField: name)
    }

    func value(forField name: String) -> CELValue? {
        guard let child = mapping[name], !(nullIsAbsent && child.isNull) else { return nil }
        return NodeValues.value(child, origin: origin, nullIsAbsent: nullIsAbsent)
    }
}

/// A document list seen from CEL.
final class NodeList: CELList {
    let node: Node
    let items: [Node]
    let origin: Int
    let nullIsAbsent: Bool

    init(node: Node, items: [Node], origin: Int, nullIsAbsent: Bool) {
        self.node = node
        self.items = items
        self.origin = origin
        self.nullIsAbsent = nullIsAbsent
    }

    var count: Int { items.count }
    func element(at index: Int) -> CELValue {
        NodeValues.value(items[index], origin: origin, nullIsAbsent: nullIsAbsent)
    }
}

/// The resources of a project-wide evaluation: element `i` carries origin `i`.
final class OriginList: CELList {
    let items: [Node]
    let nullIsAbsent: Bool

    init(items: [Node], nullIsAbsent: Bool) {
        self.items = items
        self.nullIsAbsent = nullIsAbsent
    }

    var count: Int { items.count }
    func element(at index: Int) -> CELValue {
        NodeValues.value(items[index], origin: index, nullIsAbsent: nullIsAbsent)
    }
}
