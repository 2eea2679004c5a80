public import CEL

/// Kubernetes' CEL `format` library: `format.dns1123Label()` … `format.datetime()`,
/// `format.named(name)` (an optional) and `f.validate(s)`, which returns `optional.none()` when
/// `s` is valid and otherwise the list of Kubernetes' error messages.
///
/// ```cel
/// format.dns1123Label().validate("my-name") == optional.none()
/// ```
public struct KubernetesFormatLibrary: CELLibrary {
    /// `k8s.format`.
    public var id: String { "k8s.format" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesFormatLibrary.latestVersion) { self.version = version }

    /// Type-name constants, so `type(x) == <name>` works.
    public var variables: [CELVariable] { [.typeConstant(CELNamedFormat.celType)] }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let formatType = CELNamedFormat.celType
        var functions = NamedFormat.all.map { format in
            let value = CELValue.opaque(CELNamedFormat(format))
            return CELFunction(
                "format.\(format.name)",
                CELOverload("format_\(format.name)", [], formatType, implementation: .variadic { _ in value }))
        }
        functions.append(
            CELFunction(
                "format.named",
                .unary("format_named", .string, .optional(formatType)) { name in
                    guard case .string(let text) = name else { return .noOverload("format.named", [name]) }
                    return .optional(NamedFormat.named(text).map { .opaque(CELNamedFormat($0)) })
                }))
        functions.append(
            CELFunction(
                "validate",
                .binary(
                    "format_validate", formatType, .string, .optional(.list(.string)), member: true,
                    cost: .linear(base: 1, perUnit: 0.1)
                ) { format, text in
                    guard case .opaque(let opaque) = format, let named = (opaque as? CELNamedFormat)?.format,
                        case .string(let string) = text
                    else { return .noOverload("validate", [format, text]) }
                    let errors = named.validate(string)
                    return .optional(errors.isEmpty ? nil : .strings(errors))
                }))
        return functions
    }
}
