/// Why a string is not an IP address or CIDR prefix.
public struct NetworkAddressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable error code (`ip.syntax`, `ip.zone`, `ip.mapped`, `cidr.syntax`, …).
    public let code: String
    /// The Kubernetes-style message, embedding Go `netip`'s reason.
    public let message: String

    /// Text form.
    public var description: String { message }
}
