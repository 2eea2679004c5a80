public import CEL

/// The cel-spec network extension (`cel.lib.ext.network`): the `net.IP` and `net.CIDR` functions
/// of Kubernetes' `ip` and `cidr` libraries under one id (`ip`, `isIP`, `ip.isCanonical`, `cidr`,
/// `containsIP`, `containsCIDR`, `masked`, `prefixLength`, the `is…` predicates and `string()`).
public struct CELNetworkExtension: CELLibrary {
    /// `cel.lib.ext.network`.
    public var id: String { "cel.lib.ext.network" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELNetworkExtension.latestVersion) { self.version = version }

    /// Type-name constants, so `type(x) == <name>` works.
    public var variables: [CELVariable] { KubernetesIPLibrary().variables + KubernetesCIDRLibrary().variables }

    /// The functions this version declares.
    public var functions: [CELFunction] { KubernetesIPLibrary().functions + KubernetesCIDRLibrary().functions }
}
