public import CEL

/// Kubernetes' CEL `lists` library: `isSorted`, `sum`, `min`, `max`, `indexOf`, `lastIndexOf`.
///
/// ```cel
/// [1, 2, 3].sum() == 6 && [3, 1].min() == 1 && ['a', 'b'].isSorted()
/// ```
public struct KubernetesListsLibrary: CELLibrary {
    /// `k8s.lists`.
    public var id: String { "k8s.lists" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 1

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesListsLibrary.latestVersion) { self.version = version }

    /// Element types that can be ordered.
    static let comparableTypes: [(name: String, type: CELType)] = [
        ("int", .int), ("uint", .uint), ("double", .double), ("bool", .bool), ("string", .string),
        ("bytes", .bytes), ("duration", .duration), ("timestamp", .timestamp),
    ]

    /// Element types that can be summed.
    static let summableTypes: [(name: String, type: CELType)] = [
        ("int", .int), ("uint", .uint), ("double", .double), ("duration", .duration),
    ]

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let a = CELType.typeParameter("A")
        return [
            CELFunction(
                "isSorted",
                Self.comparableTypes.map { element in
                    CELOverload.unary(
                        "list_\(element.name)_is_sorted_bool", .list(element.type), .bool, member: true,
                        cost: .linear(base: 1, perUnit: 1)
                    ) { Self.isSorted($0) }
                }),
            CELFunction(
                "sum",
                Self.summableTypes.map { element in
                    CELOverload.unary(
                        "list_\(element.name)_sum_\(element.name)", .list(element.type), element.type, member: true,
                        cost: .linear(base: 1, perUnit: 1)
                    ) { Self.sum($0, zero: Self.zero(of: element.type)) }
                }),
            CELFunction(
                "min",
                Self.comparableTypes.map { element in
                    CELOverload.unary(
                        "list_\(element.name)_min_\(element.name)", .list(element.type), element.type, member: true,
                        cost: .linear(base: 1, perUnit: 1)
                    ) { Self.extreme($0, "min", wantLess: true) }
                }),
            CELFunction(
                "max",
                Self.comparableTypes.map { element in
                    CELOverload.unary(
                        "list_\(element.name)_max_\(element.name)", .list(element.type), element.type, member: true,
                        cost: .linear(base: 1, perUnit: 1)
                    ) { Self.extreme($0, "max", wantLess: false) }
                }),
            CELFunction(
                "indexOf",
                .binary("list_a_index_of_int", .list(a), a, .int, member: true, cost: .linear(base: 1, perUnit: 1)) {
                    list, value in
                    guard let elements = list.listElements else { return .noOverload("indexOf", [list, value]) }
                    return .int(Int64(elements.firstIndex { $0.isEqual(to: value) } ?? -1))
                }),
            CELFunction(
                "lastIndexOf",
                .binary("list_a_last_index_of_int", .list(a), a, .int, member: true, cost: .linear(base: 1, perUnit: 1))
                { list, value in
                    guard let elements = list.listElements else { return .noOverload("lastIndexOf", [list, value]) }
                    return .int(Int64(elements.lastIndex { $0.isEqual(to: value) } ?? -1))
                }),
        ]
    }

    static func zero(of type: CELType) -> CELValue {
        switch type {
        case .uint: .uint(0)
        case .double: .double(0)
        case .duration: .duration(CELDuration(nanoseconds: 0))
        default: .int(0)
        }
    }

    private static func isSorted(_ list: CELValue) -> CELValue {
        guard let elements = list.listElements else { return .noOverload("isSorted", [list]) }
        for index in elements.indices.dropFirst() {
            guard let order = CELValue.compare(elements[index - 1], elements[index]) else {
                return .noOverload("isSorted", [list])
            }
            if order > 0 { return .bool(false) }
        }
        return .bool(true)
    }

    private static func sum(_ list: CELValue, zero: CELValue) -> CELValue {
        guard let elements = list.listElements else { return .noOverload("sum", [list]) }
        guard var total = elements.first else { return zero }
        for element in elements.dropFirst() {
            switch (total, element) {
            case (.int(let a), .int(let b)):
                let (result, overflow) = a.addingReportingOverflow(b)
                if overflow { return .error(.overflow, "integer overflow") }
                total = .int(result)
            case (.uint(let a), .uint(let b)):
                let (result, overflow) = a.addingReportingOverflow(b)
                if overflow { return .error(.overflow, "unsigned integer overflow") }
                total = .uint(result)
            case (.double(let a), .double(let b)):
                total = .double(a + b)
            case (.duration(let a), .duration(let b)):
                let (result, overflow) = a.nanoseconds.addingReportingOverflow(b.nanoseconds)
                if overflow { return .error(.overflow, "duration overflow") }
                total = .duration(CELDuration(nanoseconds: result))
            default:
                return .noOverload("sum", [list])
            }
        }
        return total
    }

    private static func extreme(_ list: CELValue, _ name: String, wantLess: Bool) -> CELValue {
        guard let elements = list.listElements else { return .noOverload(name, [list]) }
        guard var best = elements.first else { return .invalid("\(name) called on empty list") }
        for element in elements.dropFirst() {
            guard let order = CELValue.compare(element, best) else { return .noOverload(name, [list]) }
            if wantLess ? order < 0 : order > 0 { best = element }
        }
        return best
    }
}
