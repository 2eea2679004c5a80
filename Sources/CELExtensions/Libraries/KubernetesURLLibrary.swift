public import CEL

/// Kubernetes' CEL `url` library: `url(s)`, `isURL(s)`, `getScheme`, `getHost`, `getHostname`,
/// `getPort`, `getEscapedPath`, `getQuery` over Go `net/url` semantics.
///
/// ```cel
/// url('https://example.com:80/path?k=v').getPort() == '80'
/// ```
public struct KubernetesURLLibrary: CELLibrary {
    /// `k8s.urls`.
    public var id: String { "k8s.urls" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesURLLibrary.latestVersion) { self.version = version }

    /// Type-name constants, so `type(x) == <name>` works.
    public var variables: [CELVariable] { [.typeConstant(CELURL.celType)] }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let url = CELURL.celType
        func getter(_ name: String, _ body: @escaping @Sendable (KubernetesURL) -> String) -> CELFunction {
            CELFunction(
                name,
                .unary("url_\(name)", url, .string, member: true) { value in
                    guard let parsed = Self.url(value) else { return .noOverload(name, [value]) }
                    return .string(body(parsed))
                })
        }
        return [
            CELFunction(
                "url",
                .constantFolding("string_to_url", .string, url) { value in
                    guard case .string(let text) = value else { return .noOverload("url", [value]) }
                    do throws(URLParseError) {
                        return .opaque(CELURL(try KubernetesURL(parsing: text)))
                    } catch {
                        return .invalid(error.message)
                    }
                }),
            CELFunction(
                "isURL",
                .unary("is_url_string", .string, .bool) { value in
                    guard case .string(let text) = value else { return .noOverload("isURL", [value]) }
                    return .bool(KubernetesURL.isValid(text))
                }),
            getter("getScheme") { $0.scheme },
            getter("getHost") { $0.host },
            getter("getHostname") { $0.hostname },
            getter("getPort") { $0.port },
            getter("getEscapedPath") { $0.escapedPath },
            CELFunction(
                "getQuery",
                .unary("url_getQuery", url, .map(.string, .list(.string)), member: true) { value in
                    guard let parsed = Self.url(value) else { return .noOverload("getQuery", [value]) }
                    let entries = parsed.queryItems.map {
                        (key: CELMapKey.string($0.key), value: CELValue.strings($0.values))
                    }
                    return .map(CELDictionaryMap(entries))
                }),
        ]
    }

    static func url(_ value: CELValue) -> KubernetesURL? {
        if case .opaque(let opaque) = value { return (opaque as? CELURL)?.url }
        return nil
    }
}
