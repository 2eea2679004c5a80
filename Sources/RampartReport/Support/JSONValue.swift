/// A JSON value built in memory and written with sorted keys, so output is deterministic.
///
/// The JSON and SARIF formats build one tree and write it once; a hand-written writer is faster
/// than `JSONEncoder` and gives byte-stable snapshots on every platform.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// An array whose elements are built one at a time while writing, so a report with hundreds of
    /// thousands of findings never holds all their trees at once.
    case generated(GeneratedElements)

    /// The elements of a ``generated(_:)`` array.
    struct GeneratedElements: Sendable, Equatable {
        let count: Int
        let element: @Sendable (Int) -> JSONValue

        static func == (lhs: GeneratedElements, rhs: GeneratedElements) -> Bool {
            lhs.count == rhs.count && (0..<lhs.count).allSatisfy { lhs.element($0) == rhs.element($0) }
        }
    }

    /// An array generated element by element while writing.
    static func generated(count: Int, _ element: @escaping @Sendable (Int) -> JSONValue) -> JSONValue {
        .generated(GeneratedElements(count: count, element: element))
    }

    /// An object from pairs, dropping `nil` values (absent optional fields).
    static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var members: [String: JSONValue] = [:]
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            if let value { members[key] = value }
        }
        return .object(members)
    }

    /// A string value, or `nil` for an empty or absent string.
    static func nonEmpty(_ text: String?) -> JSONValue? {
        guard let text, !text.isEmpty else { return nil }
        return .string(text)
    }

    /// An array of strings.
    static func strings(_ values: some Sequence<String>) -> JSONValue {
        .array(values.map(JSONValue.string))
    }
}
