public import CEL

/// A ``KubernetesURL`` as a CEL value of type `kubernetes.URL`.
public struct CELURL: CELOpaqueValue, CustomStringConvertible {
    /// The CEL type `kubernetes.URL`.
    public static let celType = CELType.opaque("kubernetes.URL", [])
    /// The URL.
    public let url: KubernetesURL

    /// Wraps a URL.
    public init(_ url: KubernetesURL) { self.url = url }

    /// The opaque CEL type of this value.
    public var celType: CELType { Self.celType }
    /// Equal when parsed from the same text.
    public func isEqual(to other: any CELOpaqueValue) -> Bool { (other as? CELURL)?.url == url }
    /// Text form.
    public var description: String { url.description }
}

/// A ``Semver`` as a CEL value of type `kubernetes.Semver`.
public struct CELSemver: CELOpaqueValue, CustomStringConvertible {
    /// The CEL type `kubernetes.Semver`.
    public static let celType = CELType.opaque("kubernetes.Semver", [])
    /// The version.
    public let version: Semver

    /// Wraps a version.
    public init(_ version: Semver) { self.version = version }

    /// The opaque CEL type of this value.
    public var celType: CELType { Self.celType }
    /// Precedence equality (build metadata ignored).
    public func isEqual(to other: any CELOpaqueValue) -> Bool { (other as? CELSemver)?.version == version }
    /// Text form.
    public var description: String { version.description }
}

/// A ``NamedFormat`` as a CEL value of type `kubernetes.NamedFormat`.
public struct CELNamedFormat: CELOpaqueValue, CustomStringConvertible {
    /// The CEL type `kubernetes.NamedFormat`.
    public static let celType = CELType.opaque("kubernetes.NamedFormat", [])
    /// The format.
    public let format: NamedFormat

    /// Wraps a format.
    public init(_ format: NamedFormat) { self.format = format }

    /// The opaque CEL type of this value.
    public var celType: CELType { Self.celType }
    /// Equal when the same named format.
    public func isEqual(to other: any CELOpaqueValue) -> Bool { (other as? CELNamedFormat)?.format == format }
    /// Text form.
    public var description: String { format.name }
}
