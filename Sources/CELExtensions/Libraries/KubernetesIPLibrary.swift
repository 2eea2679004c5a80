public import CEL

/// Kubernetes' CEL `ip` library (also cel-spec's network extension): `ip(s)`, `isIP(s)`,
/// `ip.isCanonical(s)`, `family`, `isUnspecified`, `isLoopback`, `isLinkLocalMulticast`,
/// `isLinkLocalUnicast`, `isGlobalUnicast`, and `string(ip)`.
public struct KubernetesIPLibrary: CELLibrary {
    /// `k8s.ip`.
    public var id: String { "k8s.ip" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesIPLibrary.latestVersion) { self.version = version }

    /// Type-name constants, so `type(x) == <name>` works.
    public var variables: [CELVariable] { [.typeConstant(CELIPAddress.celType)] }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let ip = CELIPAddress.celType
        func predicate(_ name: String, _ body: @escaping @Sendable (IPAddress) -> Bool) -> CELFunction {
            CELFunction(
                name,
                .unary("ip_\(name)", ip, .bool, member: true) { value in
                    guard let address = Self.address(value) else { return .noOverload(name, [value]) }
                    return .bool(body(address))
                })
        }
        return [
            CELFunction("ip", .constantFolding("string_to_ip", .string, ip) { Self.parse($0) }),
            CELFunction(
                "isIP",
                .unary("is_ip", .string, .bool) { value in
                    guard case .string(let text) = value else { return .noOverload("isIP", [value]) }
                    return .bool(IPAddress.isValid(text))
                }),
            CELFunction(
                "ip.isCanonical",
                .unary("ip_is_canonical", .string, .bool) { value in
                    guard case .string(let text) = value else { return .noOverload("ip.isCanonical", [value]) }
                    do throws(NetworkAddressError) {
                        return .bool(try IPAddress.isCanonical(text))
                    } catch {
                        return .invalid(error.message)
                    }
                }),
            CELFunction(
                "family",
                .unary("ip_family", ip, .int, member: true) { value in
                    guard let address = Self.address(value) else { return .noOverload("family", [value]) }
                    return .int(Int64(address.family))
                }),
            predicate("isUnspecified") { $0.isUnspecified },
            predicate("isLoopback") { $0.isLoopback },
            predicate("isLinkLocalMulticast") { $0.isLinkLocalMulticast },
            predicate("isLinkLocalUnicast") { $0.isLinkLocalUnicast },
            predicate("isGlobalUnicast") { $0.isGlobalUnicast },
            CELFunction(
                "string",
                .unary("ip_to_string", ip, .string) { value in
                    guard let address = Self.address(value) else { return .noOverload("string", [value]) }
                    return .string(address.description)
                }),
        ]
    }

    static func address(_ value: CELValue) -> IPAddress? {
        if case .opaque(let opaque) = value { return (opaque as? CELIPAddress)?.address }
        return nil
    }

    static func parse(_ value: CELValue) -> CELValue {
        guard case .string(let text) = value else { return .noOverload("ip", [value]) }
        do {
            return .opaque(CELIPAddress(try IPAddress(parsing: text)))
        } catch {
            return .invalid(error.message)
        }
    }
}
