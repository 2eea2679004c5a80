public import CEL

/// An ``IPAddress`` as a CEL value of type `net.IP`.
public struct CELIPAddress: CELOpaqueValue, CustomStringConvertible {
    /// The CEL type `net.IP`.
    public static let celType = CELType.opaque("net.IP", [])
    /// The address.
    public let address: IPAddress

    /// Wraps an address.
    public init(_ address: IPAddress) { self.address = address }

    /// The opaque CEL type of this value.
    public var celType: CELType { Self.celType }
    /// Address equality.
    public func isEqual(to other: any CELOpaqueValue) -> Bool { (other as? CELIPAddress)?.address == address }
    /// Text form.
    public var description: String { address.description }
}

/// An ``IPPrefix`` as a CEL value of type `net.CIDR`.
public struct CELCIDR: CELOpaqueValue, CustomStringConvertible {
    /// The CEL type `net.CIDR`.
    public static let celType = CELType.opaque("net.CIDR", [])
    /// The prefix.
    public let prefix: IPPrefix

    /// Wraps a prefix.
    public init(_ prefix: IPPrefix) { self.prefix = prefix }

    /// The opaque CEL type of this value.
    public var celType: CELType { Self.celType }
    /// Prefix equality (address as written and length).
    public func isEqual(to other: any CELOpaqueValue) -> Bool { (other as? CELCIDR)?.prefix == prefix }
    /// Text form.
    public var description: String { prefix.description }
}
