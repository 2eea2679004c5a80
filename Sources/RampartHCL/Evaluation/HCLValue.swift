import Foundation

/// A value of the HCL information model (cty-like): primitives, collections, structurals, null and unknown.
public enum HCLValue: Sendable, Hashable, CustomStringConvertible {
    /// The null value (of any type).
    case null
    /// A value not known until apply time (Terraform's computed attributes); it propagates through every operation.
    case unknown
    /// `true` / `false`.
    case bool(Bool)
    /// An arbitrary-precision decimal.
    case number(HCLDecimal)
    /// A Unicode string (NFC-normalized when it came from source).
    case string(String)
    /// A tuple (elements of any types).
    case tuple([HCLValue])
    /// A list (elements of one type).
    case list([HCLValue])
    /// A set (elements of one type, no duplicates).
    case set([HCLValue])
    /// An object (attributes of any types).
    case object([String: HCLValue])
    /// A map (elements of one type).
    case map([String: HCLValue])

    /// A number from an `Int`.
    public static func int(_ value: Int) -> HCLValue { .number(HCLDecimal(value)) }

    /// `true` for `.null`.
    public var isNull: Bool { if case .null = self { true } else { false } }

    /// `true` when this value, or anything inside it, is unknown.
    public var containsUnknown: Bool {
        switch self {
        case .unknown: true
        case .tuple(let items), .list(let items), .set(let items): items.contains { $0.containsUnknown }
        case .object(let fields), .map(let fields): fields.values.contains { $0.containsUnknown }
        default: false
        }
    }

    /// The elements of a sequence (tuple, list, set), or `nil`.
    public var elements: [HCLValue]? {
        switch self {
        case .tuple(let items), .list(let items), .set(let items): items
        default: nil
        }
    }

    /// The fields of an object or map, or `nil`.
    public var fields: [String: HCLValue]? {
        switch self {
        case .object(let fields), .map(let fields): fields
        default: nil
        }
    }

    /// The value's type; null and unknown are of type `any`.
    public var type: HCLType {
        switch self {
        case .null, .unknown: .any
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .tuple(let items): .tuple(items.map(\.type))
        case .list(let items): .list(items.first?.type ?? .any)
        case .set(let items): .set(items.first?.type ?? .any)
        case .object(let fields): .object(fields.mapValues(\.type))
        case .map(let fields): .map(fields.values.first?.type ?? .any)
        }
    }

    /// HCL-like rendering for messages and test output.
    public var description: String {
        switch self {
        case .null: "null"
        case .unknown: "(unknown)"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.description
        case .string(let text): "\"\(text.replacingOccurrences(of: "\"", with: "\\\""))\""
        case .tuple(let items), .list(let items), .set(let items):
            "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let fields), .map(let fields):
            "{" + fields.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}

/// A type of the HCL information model.
public indirect enum HCLType: Sendable, Hashable, CustomStringConvertible {
    /// The dynamic pseudo-type: any value.
    case any
    /// `bool`
    case bool
    /// `number`
    case number
    /// `string`
    case string
    /// `list(element)`
    case list(HCLType)
    /// `set(element)`
    case set(HCLType)
    /// `map(element)`
    case map(HCLType)
    /// `tuple([types…])`
    case tuple([HCLType])
    /// `object({name = type, …})`
    case object([String: HCLType])

    public var description: String {
        switch self {
        case .any: "any"
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .list(let element): "list(\(element))"
        case .set(let element): "set(\(element))"
        case .map(let element): "map(\(element))"
        case .tuple(let elements): "tuple([\(elements.map(\.description).joined(separator: ", "))])"
        case .object(let fields):
            "object({\(fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))})"
        }
    }
}
