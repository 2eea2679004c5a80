import CEL

/// Compiles and evaluates an expression in a default environment with `dyn` variables.
func evaluate(
    _ text: String, _ variables: [String: CELValue] = [:], check: Bool = true, costLimit: Int? = 10_000_000
) throws -> CELValue {
    let declarations = variables.keys.map { CELVariable($0, .dyn) }
    let environment = CELEnvironment(
        variables: declarations, options: CELOptions(typeCheck: check, costLimit: costLimit))
    return try environment.compile(text).evaluate(variables)
}

/// A host map as Rampart's document bridge would expose one: a class over its own storage.
final class HostMap: CELMap, @unchecked Sendable {
    let entries: [(String, CELValue)]
    let name: String
    private(set) var lookups = 0

    init(_ name: String, _ entries: [(String, CELValue)]) {
        self.name = name
        self.entries = entries
    }

    var count: Int { entries.count }
    func key(at index: Int) -> CELValue { .string(entries[index].0) }
    func value(at index: Int) -> CELValue { entries[index].1 }
    func value(forKey key: CELValue) -> CELValue? {
        guard case .string(let name) = key else { return nil }
        return value(forField: name)
    }
    func value(forField name: String) -> CELValue? {
        lookups += 1
        return entries.first { $0.0 == name }?.1
    }
}

/// A host list: elements produced on demand.
final class HostList: CELList, @unchecked Sendable {
    let items: [CELValue]
    init(_ items: [CELValue]) { self.items = items }
    var count: Int { items.count }
    func element(at index: Int) -> CELValue { items[index] }
}

extension CELValue {
    /// `true` when the value is an error whose message contains `text`.
    func isError(containing text: String = "") -> Bool {
        guard case .error(let error) = self else { return false }
        return text.isEmpty || error.message.contains(text)
    }
}
