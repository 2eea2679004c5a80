/// A CEL type, used by declarations, the checker and type values (`type(x)`).
///
/// Parameterized types (`list(int)`) are what the checker reasons about; at run time a type value
/// only keeps its name (`type([1]) == list`).
public indirect enum CELType: Sendable, Hashable {
    /// `int`: signed 64-bit integer.
    case int
    /// `uint`: unsigned 64-bit integer.
    case uint
    /// `double`.
    case double
    /// `bool`.
    case bool
    /// `string`.
    case string
    /// `bytes`.
    case bytes
    /// `null_type`.
    case null
    /// `list(T)`.
    case list(CELType)
    /// `map(K, V)`.
    case map(CELType, CELType)
    /// `type(T)`: the type of a type value; `type(dyn)` when the operand is unknown.
    case type(CELType)
    /// `google.protobuf.Timestamp`.
    case timestamp
    /// `google.protobuf.Duration`.
    case duration
    /// `optional_type(T)`.
    case optional(CELType)
    /// `dyn`: checked at run time.
    case dyn
    /// The type of an expression that failed to check.
    case error
    /// A type parameter of a generic overload (`A` in `list(A)`).
    case typeParameter(String)
    /// An abstract (opaque) type with parameters, e.g. `net.IP` or `tuple(A, B)`.
    case opaque(String, [CELType])
    /// A named object (message) type, e.g. `k8s.io.api.core.v1.Pod`.
    case object(String)
    /// A `google.protobuf.*Value` wrapper of a primitive (`wrapper(int)`): the primitive or null.
    case wrapper(CELType)
}

extension CELType: CustomStringConvertible {
    /// The type in CEL's notation, e.g. `map(string, list(int))`.
    public var description: String {
        switch self {
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .bool: return "bool"
        case .string: return "string"
        case .bytes: return "bytes"
        case .null: return "null_type"
        case .list(let element): return "list(\(element))"
        case .map(let key, let value): return "map(\(key), \(value))"
        case .type(let type): return "type(\(type))"
        case .timestamp: return "google.protobuf.Timestamp"
        case .duration: return "google.protobuf.Duration"
        case .optional(let type): return "optional_type(\(type))"
        case .dyn: return "dyn"
        case .error: return "*error*"
        case .typeParameter(let name): return name
        case .opaque(let name, let parameters):
            return parameters.isEmpty ? name : "\(name)(\(parameters.map(\.description).joined(separator: ", ")))"
        case .object(let name): return name
        case .wrapper(let type): return "wrapper(\(type))"
        }
    }

    /// The name a type value of this type has at run time (`list`, `int`, `optional_type` …).
    public var runtimeName: String {
        switch self {
        case .list: return "list"
        case .map: return "map"
        case .type: return "type"
        case .optional: return "optional_type"
        case .opaque(let name, _): return name
        case .wrapper(let type): return type.runtimeName
        default: return description
        }
    }

    /// The type without parameters, as a type value carries it at run time.
    public var runtimeType: CELType {
        switch self {
        case .list: return .list(.dyn)
        case .map: return .map(.dyn, .dyn)
        case .type: return .type(.dyn)
        case .optional: return .optional(.dyn)
        case .opaque(let name, let parameters): return .opaque(name, parameters.map { _ in .dyn })
        case .wrapper(let type): return type
        default: return self
        }
    }
}
