public import CEL

/// The cel-go lists extension (`cel.lib.ext.lists`).
///
/// Version 0: `slice`; version 1 adds `flatten`; version 2 adds `lists.range`, `distinct`,
/// `reverse`, `sort` and `sortBy` (through the parser's `sortBy` macro and the internal
/// `@sortByAssociatedKeys`); version 3 adds `first` and `last`.
///
/// ```cel
/// [3, 1, 2].sort().slice(0, 2) == [1, 2] && [[1], [2, 3]].flatten() == [1, 2, 3]
/// ```
public struct CELListsExtension: CELLibrary {
    /// `cel.lib.ext.lists`.
    public var id: String { "cel.lib.ext.lists" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 3

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELListsExtension.latestVersion) { self.version = version }

    /// Parser macros this version needs.
    public var macros: [String] { version >= 2 ? ["sortBy"] : [] }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let a = CELType.typeParameter("A")
        let b = CELType.typeParameter("B")
        let listA = CELType.list(a)
        let linear = CELCallCost.linear(base: 1, perUnit: 1)
        var functions: [CELFunction] = [
            CELFunction(
                "slice",
                .ternary("list_slice", listA, .int, .int, listA, member: true, cost: linear) { list, start, end in
                    guard let elements = list.listElements, case .int(let from) = start, case .int(let to) = end else {
                        return .noOverload("slice", [list, start, end])
                    }
                    if from < 0 || to < 0 {
                        return .invalid("cannot slice(\(from), \(to)), negative indexes not supported")
                    }
                    if from > to {
                        return .invalid(
                            "cannot slice(\(from), \(to)), start index must be less than or equal to end index")
                    }
                    if to > Int64(elements.count) {
                        return .invalid("cannot slice(\(from), \(to)), list is length \(elements.count)")
                    }
                    return .array(Array(elements[Int(from)..<Int(to)]))
                })
        ]
        if version >= 1 {
            functions.append(
                CELFunction(
                    "flatten",
                    .unary("list_flatten", .list(listA), listA, member: true, cost: linear) { list in
                        Self.flatten(list, depth: 1)
                    },
                    .binary("list_flatten_int", .list(.dyn), .int, .list(.dyn), member: true, cost: linear) {
                        list, depth in
                        guard case .int(let levels) = depth else { return .noOverload("flatten", [list, depth]) }
                        if levels < 0 { return .invalid("level must be non-negative") }
                        return Self.flatten(list, depth: levels)
                    }))
        }
        if version >= 2 {
            functions += [
                CELFunction(
                    "lists.range",
                    .unary("lists_range", .int, .list(.int), cost: linear) { count in
                        guard case .int(let n) = count else { return .noOverload("lists.range", [count]) }
                        guard n <= 1_000_000 else {
                            return .invalid("lists.range(\(n)) exceeds the maximum list size 1000000")
                        }
                        return .array(n <= 0 ? [] : (0..<n).map { .int($0) })
                    }),
                CELFunction(
                    "distinct",
                    .unary("list_distinct", listA, listA, member: true, cost: .linear(base: 1, perUnit: 2)) { list in
                        guard let elements = list.listElements else { return .noOverload("distinct", [list]) }
                        var kept: [CELValue] = []
                        var seenKeys = Set<CELMapKey>()
                        for element in elements {
                            if let key = Self.distinctKey(element) {
                                if seenKeys.insert(key).inserted { kept.append(element) }
                            } else if !kept.contains(where: { $0.isEqual(to: element) }) {
                                kept.append(element)
                            }
                        }
                        return .array(kept)
                    }),
                CELFunction(
                    "reverse",
                    .unary("list_reverse", listA, listA, member: true, cost: linear) { list in
                        guard let elements = list.listElements else { return .noOverload("reverse", [list]) }
                        return .array(elements.reversed())
                    }),
                CELFunction(
                    "sort",
                    .unary("list_sort", listA, listA, member: true, cost: .linear(base: 1, perUnit: 2)) { list in
                        guard let elements = list.listElements else { return .noOverload("sort", [list]) }
                        return Self.sorted(elements, keys: elements)
                    }),
                CELFunction(
                    "@sortByAssociatedKeys",
                    .binary(
                        "list_sort_by_associated_keys", listA, .list(b), listA, member: true,
                        cost: .linear(base: 1, perUnit: 2)
                    ) { list, keys in
                        guard let elements = list.listElements, let keyValues = keys.listElements,
                            elements.count == keyValues.count
                        else {
                            return .noOverload("sortBy", [list, keys])
                        }
                        return Self.sorted(elements, keys: keyValues)
                    }),
            ]
        }
        if version >= 3 {
            functions += [
                CELFunction(
                    "first",
                    .unary("list_first", listA, .optional(a), member: true) { list in
                        guard case .list(let items) = list else { return .noOverload("first", [list]) }
                        return .optional(items.count > 0 ? items.element(at: 0) : nil)
                    }),
                CELFunction(
                    "last",
                    .unary("list_last", listA, .optional(a), member: true) { list in
                        guard case .list(let items) = list else { return .noOverload("last", [list]) }
                        return .optional(items.count > 0 ? items.element(at: items.count - 1) : nil)
                    }),
            ]
        }
        return functions
    }

    /// A hashable identity for scalars, with numerically equal ints, uints and doubles collapsed.
    private static func distinctKey(_ value: CELValue) -> CELMapKey? {
        switch value {
        case .int(let i): return .int(i)
        case .uint(let u): return u <= UInt64(Int64.max) ? .int(Int64(u)) : .uint(u)
        case .double(let d):
            if let i = Int64(exactly: d) { return .int(i) }
            if let u = UInt64(exactly: d) { return .uint(u) }
            return nil
        case .string, .bool: return CELMapKey(value)
        default: return nil
        }
    }

    static func flatten(_ list: CELValue, depth: Int64) -> CELValue {
        guard let elements = list.listElements else { return .noOverload("flatten", [list]) }
        var output: [CELValue] = []
        func append(_ items: [CELValue], _ remaining: Int64) {
            for item in items {
                if remaining > 0, let nested = item.listElements {
                    append(nested, remaining - 1)
                } else {
                    output.append(item)
                }
            }
        }
        append(elements, depth)
        return .array(output)
    }

    /// Stable sort of `elements` by `keys`; all keys must be mutually comparable.
    static func sorted(_ elements: [CELValue], keys: [CELValue]) -> CELValue {
        guard let first = keys.first else { return .array(elements) }
        for key in keys where CELValue.compare(first, key) == nil {
            if case .double(let value) = key, value.isNaN { continue }
            if case .double(let value) = first, value.isNaN { continue }
            return .invalid(
                "sort: list elements must have the same type, found '\(first.celType)' and '\(key.celType)'")
        }
        let order = keys.indices.sorted { lhs, rhs in
            let comparison = CELValue.compare(keys[lhs], keys[rhs]) ?? 0
            return comparison != 0 ? comparison < 0 : lhs < rhs
        }
        return .array(order.map { elements[$0] })
    }
}
