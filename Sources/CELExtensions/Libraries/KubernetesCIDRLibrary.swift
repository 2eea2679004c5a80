public import CEL

/// Kubernetes' CEL `cidr` library (also cel-spec's network extension): `cidr(s)`, `isCIDR(s)`,
/// `containsIP`, `containsCIDR` (each with a value or a string), `ip`, `masked`, `prefixLength`,
/// and `string(cidr)`.
public struct KubernetesCIDRLibrary: CELLibrary {
    /// `k8s.cidr`.
    public var id: String { "k8s.cidr" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesCIDRLibrary.latestVersion) { self.version = version }

    /// Type-name constants, so `type(x) == <name>` works.
    public var variables: [CELVariable] { [.typeConstant(CELCIDR.celType)] }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let cidr = CELCIDR.celType
        let ip = CELIPAddress.celType
        return [
            CELFunction("cidr", .constantFolding("string_to_cidr", .string, cidr) { Self.parse($0) }),
            CELFunction(
                "isCIDR",
                .unary("is_cidr", .string, .bool) { value in
                    guard case .string(let text) = value else { return .noOverload("isCIDR", [value]) }
                    return .bool(IPPrefix.isValid(text))
                }),
            CELFunction(
                "containsIP",
                .binary("cidr_contains_ip_ip", cidr, ip, .bool, member: true) { Self.containsIP($0, $1) },
                .binary("cidr_contains_ip_string", cidr, .string, .bool, member: true) { Self.containsIP($0, $1) }),
            CELFunction(
                "containsCIDR",
                .binary("cidr_contains_cidr", cidr, cidr, .bool, member: true) { Self.containsCIDR($0, $1) },
                .binary("cidr_contains_cidr_string", cidr, .string, .bool, member: true) { Self.containsCIDR($0, $1) }),
            CELFunction(
                "ip",
                .unary("cidr_ip", cidr, ip, member: true) { value in
                    guard let prefix = Self.prefix(value) else { return .noOverload("ip", [value]) }
                    return .opaque(CELIPAddress(prefix.address))
                }),
            CELFunction(
                "masked",
                .unary("cidr_masked", cidr, cidr, member: true) { value in
                    guard let prefix = Self.prefix(value) else { return .noOverload("masked", [value]) }
                    return .opaque(CELCIDR(prefix.masked()))
                }),
            CELFunction(
                "prefixLength",
                .unary("cidr_prefix_length", cidr, .int, member: true) { value in
                    guard let prefix = Self.prefix(value) else { return .noOverload("prefixLength", [value]) }
                    return .int(Int64(prefix.prefixLength))
                }),
            CELFunction(
                "string",
                .unary("cidr_to_string", cidr, .string) { value in
                    guard let prefix = Self.prefix(value) else { return .noOverload("string", [value]) }
                    return .string(prefix.description)
                }),
        ]
    }

    static func prefix(_ value: CELValue) -> IPPrefix? {
        if case .opaque(let opaque) = value { return (opaque as? CELCIDR)?.prefix }
        return nil
    }

    static func parse(_ value: CELValue) -> CELValue {
        guard case .string(let text) = value else { return .noOverload("cidr", [value]) }
        do {
            return .opaque(CELCIDR(try IPPrefix(parsing: text)))
        } catch {
            return .invalid(Self.wrap(error))
        }
    }

    /// Kubernetes wraps prefix syntax errors once more when converting from a string.
    private static func wrap(_ error: NetworkAddressError) -> String {
        error.code == "cidr.syntax"
            ? "network address parse error during conversion from string: \(error.message)" : error.message
    }

    private static func containsIP(_ lhs: CELValue, _ rhs: CELValue) -> CELValue {
        guard let prefix = prefix(lhs) else { return .noOverload("containsIP", [lhs, rhs]) }
        switch rhs {
        case .string(let text):
            do {
                return .bool(prefix.contains(try IPAddress(parsing: text)))
            } catch {
                return .invalid(error.message)
            }
        default:
            guard let address = KubernetesIPLibrary.address(rhs) else { return .noOverload("containsIP", [lhs, rhs]) }
            return .bool(prefix.contains(address))
        }
    }

    private static func containsCIDR(_ lhs: CELValue, _ rhs: CELValue) -> CELValue {
        guard let prefix = prefix(lhs) else { return .noOverload("containsCIDR", [lhs, rhs]) }
        switch rhs {
        case .string(let text):
            do {
                return .bool(prefix.contains(try IPPrefix(parsing: text)))
            } catch {
                return .invalid(wrap(error))
            }
        default:
            guard let other = Self.prefix(rhs) else { return .noOverload("containsCIDR", [lhs, rhs]) }
            return .bool(prefix.contains(other))
        }
    }
}
