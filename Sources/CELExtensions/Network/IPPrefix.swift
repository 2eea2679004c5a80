/// A CIDR prefix (`192.168.0.0/24`, `2001:db8::/32`) with Go `netip.Prefix` semantics: the address
/// is kept as written (`192.168.0.1/24` stays so until ``masked()``).
///
/// ```swift
/// let network = try IPPrefix(parsing: "10.0.0.0/8")
/// network.contains(try IPAddress(parsing: "10.1.2.3"))  // true
/// ```
public struct IPPrefix: Sendable, Hashable, CustomStringConvertible {
    /// The address as written.
    public let address: IPAddress
    /// Number of leading bits that form the network.
    public let prefixLength: Int

    /// Creates a prefix; `prefixLength` must be within the family's bit width.
    public init(address: IPAddress, prefixLength: Int) {
        self.address = address
        self.prefixLength = prefixLength
    }

    /// Parses `address/length`.
    /// - Throws: ``NetworkAddressError`` following Go `netip.ParsePrefix`, wrapped as Kubernetes does.
    public init(parsing text: String) throws(NetworkAddressError) {
        if text.utf8.contains(UInt8(ascii: "%")) {
            throw NetworkAddressError(code: "cidr.zone", message: "CIDR with zone value is not allowed")
        }
        let bytes = Array(text.utf8)
        func failure(_ reason: String) -> NetworkAddressError {
            NetworkAddressError(
                code: "cidr.syntax",
                message:
                    "network address parse error during conversion from string: netip.ParsePrefix(\(goQuoted(text))): \(reason)"
            )
        }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { throw failure("no '/'") }
        let addressText = String(decoding: bytes[..<slash], as: UTF8.self)
        let parsed: (address: IPAddress, dottedMapped: Bool)
        do {
            parsed = try IPAddress.parseNetip(Array(bytes[..<slash]), text: addressText)
        } catch {
            throw failure(error.message)
        }
        let bits = bytes[(slash + 1)...]
        if bits.count > 1, !(bits.first! >= UInt8(ascii: "1") && bits.first! <= UInt8(ascii: "9")) {
            throw failure("bad bits after slash: \(goQuoted(String(decoding: bits, as: UTF8.self)))")
        }
        guard !bits.isEmpty, bits.count <= 4, bits.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let length = Int(String(decoding: bits, as: UTF8.self))
        else {
            throw failure("bad bits after slash: \(goQuoted(String(decoding: bits, as: UTF8.self)))")
        }
        if parsed.dottedMapped {
            throw NetworkAddressError(code: "cidr.mapped", message: "IPv4-mapped IPv6 address is not allowed")
        }
        guard length <= parsed.address.bitWidth else { throw failure("prefix length out of range") }
        self.init(address: parsed.address, prefixLength: length)
    }

    /// `true` when `text` parses as a prefix.
    public static func isValid(_ text: String) -> Bool { (try? IPPrefix(parsing: text)) != nil }

    /// The prefix with host bits cleared (`192.168.0.1/24` → `192.168.0.0/24`).
    public func masked() -> IPPrefix {
        IPPrefix(address: address.masked(to: prefixLength), prefixLength: prefixLength)
    }

    /// `true` when `ip` is of the same family and inside the network.
    public func contains(_ ip: IPAddress) -> Bool {
        ip.family == address.family && ip.masked(to: prefixLength) == address.masked(to: prefixLength)
    }

    /// `true` when every address of `other` is inside this network.
    public func contains(_ other: IPPrefix) -> Bool {
        other.address.family == address.family && prefixLength <= other.prefixLength && contains(other.address)
    }

    /// `address/length`.
    public var description: String { "\(address)/\(prefixLength)" }
}
