/// One positioned value of a parsed configuration file.
///
/// Every format (YAML, JSON, HCL, Dockerfile …) produces a tree of nodes so that one policy engine
/// can judge them all and every finding can point at the exact line and column of the value it is
/// about. A node is a value type; subtrees share storage copy-on-write through the arrays they hold.
///
/// ```swift
/// if case .map(let spec) = pod["spec"]?.value, let containers = spec["containers"] { … }
/// ```
public struct Node: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Where the value is written (for a mapping entry: the value, not the key).
    public var span: SourceSpan
    /// The explicit tag, when the source gave one (`!Ref`, `!!binary`); `nil` otherwise.
    public var tag: String?

    /// Creates a node.
    public init(_ value: Value, span: SourceSpan, tag: String? = nil) {
        self.value = value
        self.span = span
        self.tag = tag
    }

    /// The kinds of value a document holds.
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        case int(Int64)
        case double(Double)
        case string(String)
        case list([Node])
        case map(Mapping)
    }
}

extension Node {
    /// The child at a mapping key, or `nil` when this is not a mapping or the key is absent.
    public subscript(key: String) -> Node? {
        if case .map(let mapping) = value { return mapping[key] }
        return nil
    }

    /// The element at a list index, or `nil`.
    public subscript(index: Int) -> Node? {
        if case .list(let items) = value, items.indices.contains(index) { return items[index] }
        return nil
    }

    /// The string value, or `nil` when the node is not a string.
    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The boolean value, or `nil`.
    public var boolValue: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// The integer value, or `nil`.
    public var intValue: Int64? {
        if case .int(let number) = value { return number }
        return nil
    }

    /// The list elements, or `nil`.
    public var listValue: [Node]? {
        if case .list(let items) = value { return items }
        return nil
    }

    /// The mapping, or `nil`.
    public var mapValue: Mapping? {
        if case .map(let mapping) = value { return mapping }
        return nil
    }

    /// `true` for a null node.
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}
