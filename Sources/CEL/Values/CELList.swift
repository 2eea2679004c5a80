/// A CEL list: anything with a count and indexed elements.
///
/// Conform a host class (a document sequence node, say) to expose its data to expressions without
/// copying; ``CELArrayList`` is CEL's own array-backed list. Elements may again be host values.
public protocol CELList: AnyObject, Sendable {
    /// Number of elements.
    var count: Int { get }
    /// The element at `index`, which is always in `0..<count`.
    func element(at index: Int) -> CELValue
    /// All elements as an array when the list already stores one (a fast path), else `nil`.
    var contiguousElements: [CELValue]? { get }
}

extension CELList {
    /// Default: no contiguous storage.
    public var contiguousElements: [CELValue]? { nil }

    /// The elements, copied into an array when the list has no contiguous storage.
    public var elementArray: [CELValue] {
        if let elements = contiguousElements { return elements }
        var result: [CELValue] = []
        result.reserveCapacity(count)
        for index in 0..<count { result.append(element(at: index)) }
        return result
    }
}

/// CEL's own list, backed by a Swift array.
public final class CELArrayList: CELList {
    /// The elements.
    public let elements: [CELValue]

    /// Creates a list of `elements`.
    public init(_ elements: [CELValue]) { self.elements = elements }

    /// Number of elements.
    public var count: Int { elements.count }
    /// The element at `index`.
    public func element(at index: Int) -> CELValue { elements[index] }
    /// The backing array.
    public var contiguousElements: [CELValue]? { elements }

    /// The shared empty list.
    public static let empty = CELArrayList([])
}
