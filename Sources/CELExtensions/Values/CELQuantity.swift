public import CEL

/// A ``Quantity`` as a CEL value of type `kubernetes.Quantity`.
public struct CELQuantity: CELOpaqueValue, CustomStringConvertible {
    /// The CEL type `kubernetes.Quantity`.
    public static let celType = CELType.opaque("kubernetes.Quantity", [])
    /// The quantity.
    public let quantity: Quantity

    /// Wraps a quantity.
    public init(_ quantity: Quantity) { self.quantity = quantity }

    /// The opaque CEL type of this value.
    public var celType: CELType { Self.celType }
    /// Semantic equality (`200M == 0.2G`).
    public func isEqual(to other: any CELOpaqueValue) -> Bool { (other as? CELQuantity)?.quantity == quantity }
    /// Text form.
    public var description: String { quantity.description }
}
