public import CEL

/// The cel-go sets extension (`cel.lib.ext.sets`): `sets.contains`, `sets.equivalent`,
/// `sets.intersects` over lists, with CEL equality (so `1`, `1u` and `1.0` are the same element).
///
/// ```cel
/// sets.contains([1, 2, 3], [3, 1]) && sets.intersects(['a'], ['b', 'a'])
/// ```
public struct CELSetsExtension: CELLibrary {
    /// `cel.lib.ext.sets`.
    public var id: String { "cel.lib.ext.sets" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELSetsExtension.latestVersion) { self.version = version }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let listA = CELType.list(.typeParameter("A"))
        let quadratic = CELCallCost.linear(base: 1, perUnit: 1)
        return [
            CELFunction(
                "sets.contains",
                .binary("list_sets_contains_list", listA, listA, .bool, cost: quadratic) { lhs, rhs in
                    guard let container = lhs.listElements, let items = rhs.listElements else {
                        return .noOverload("sets.contains", [lhs, rhs])
                    }
                    return .bool(Self.contains(container, all: items))
                }),
            CELFunction(
                "sets.equivalent",
                .binary("list_sets_equivalent_list", listA, listA, .bool, cost: quadratic) { lhs, rhs in
                    guard let left = lhs.listElements, let right = rhs.listElements else {
                        return .noOverload("sets.equivalent", [lhs, rhs])
                    }
                    return .bool(Self.contains(left, all: right) && Self.contains(right, all: left))
                }),
            CELFunction(
                "sets.intersects",
                .binary("list_sets_intersects_list", listA, listA, .bool, cost: quadratic) { lhs, rhs in
                    guard let left = lhs.listElements, let right = rhs.listElements else {
                        return .noOverload("sets.intersects", [lhs, rhs])
                    }
                    return .bool(left.contains { element in right.contains { $0.isEqual(to: element) } })
                }),
        ]
    }

    static func contains(_ container: [CELValue], all items: [CELValue]) -> Bool {
        // Hash scalar members once so large lists stay linear.
        var scalarKeys = Set<CELMapKey>()
        var others: [CELValue] = []
        for element in container {
            if let key = CELMapKey(element), !isNumeric(element) {
                scalarKeys.insert(key)
            } else {
                others.append(element)
            }
        }
        for item in items {
            if let key = CELMapKey(item), !isNumeric(item), scalarKeys.contains(key) { continue }
            if !container.contains(where: { $0.isEqual(to: item) }) { return false }
        }
        return true
    }

    private static func isNumeric(_ value: CELValue) -> Bool {
        switch value {
        case .int, .uint, .double: true
        default: false
        }
    }
}
