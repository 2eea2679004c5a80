/// An IPv4 or IPv6 address with Go `net/netip` semantics, as used by the Kubernetes and cel-spec
/// `ip` libraries.
///
/// Zones are rejected, and an IPv4-mapped IPv6 address written with a dotted quad
/// (`::ffff:1.2.3.4`) is rejected; the hexadecimal form (`::ffff:102:304`) is read as the IPv4
/// address it maps.
///
/// ```swift
/// let address = try IPAddress(parsing: "2001:DB8::68")
/// address.description  // "2001:db8::68"
/// address.isGlobalUnicast  // true
/// ```
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// 4 or 6.
    public let family: Int
    /// High 64 bits of the 128-bit address (0 for IPv4).
    let high: UInt64
    /// Low 64 bits (IPv4: the address in the low 32 bits).
    let low: UInt64

    init(ipv4: UInt32) {
        family = 4
        high = 0
        low = UInt64(ipv4)
    }

    init(ipv6High: UInt64, low: UInt64) {
        family = 6
        high = ipv6High
        self.low = low
    }

    /// Bytes in network order (4 or 16).
    public var bytes: [UInt8] {
        if family == 4 { return (0..<4).map { UInt8(truncatingIfNeeded: low >> (24 - 8 * $0)) } }
        return (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
    }

    /// Number of bits in an address of this family.
    public var bitWidth: Int { family == 4 ? 32 : 128 }

    var ipv4Value: UInt32 { UInt32(truncatingIfNeeded: low) }

    /// Sixteen-bit group `index` (0...7) of an IPv6 address.
    func group(_ index: Int) -> UInt16 {
        let word = index < 4 ? high : low
        return UInt16(truncatingIfNeeded: word >> (48 - 16 * (index % 4)))
    }

    /// `true` for `0.0.0.0` and `::`.
    public var isUnspecified: Bool { high == 0 && low == 0 }

    /// `true` for `127.0.0.0/8` and `::1`.
    public var isLoopback: Bool {
        family == 4 ? ipv4Value >> 24 == 127 : (high == 0 && low == 1)
    }

    /// `true` for `224.0.0.0/4` and `ff00::/8`.
    public var isMulticast: Bool {
        family == 4 ? ipv4Value >> 28 == 0xE : high >> 56 == 0xFF
    }

    /// `true` for `224.0.0.0/24` and `ff02::/16` (any flags).
    public var isLinkLocalMulticast: Bool {
        family == 4 ? ipv4Value >> 8 == 0xE00000 : group(0) & 0xFF0F == 0xFF02
    }

    /// `true` for `169.254.0.0/16` and `fe80::/10`.
    public var isLinkLocalUnicast: Bool {
        family == 4 ? ipv4Value >> 16 == 0xA9FE : group(0) & 0xFFC0 == 0xFE80
    }

    /// `true` unless unspecified, loopback, multicast, link-local unicast or the IPv4 broadcast address.
    public var isGlobalUnicast: Bool {
        if family == 4, ipv4Value == .max { return false }
        return !isUnspecified && !isLoopback && !isMulticast && !isLinkLocalUnicast
    }

    /// Dotted quad for IPv4, RFC 5952 text for IPv6 (lowercase, longest zero run compressed).
    public var description: String {
        if family == 4 {
            let value = ipv4Value
            return "\(value >> 24).\((value >> 16) & 0xFF).\((value >> 8) & 0xFF).\(value & 0xFF)"
        }
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < 8 {
            guard group(index) == 0 else { index += 1; continue }
            let start = index
            while index < 8, group(index) == 0 { index += 1 }
            if index - start > bestLength, index - start >= 2 {
                bestStart = start
                bestLength = index - start
            }
        }
        var text = ""
        index = 0
        while index < 8 {
            if index == bestStart {
                text += "::"
                index += bestLength
                continue
            }
            if !text.isEmpty, !text.hasSuffix(":") { text += ":" }
            text += String(group(index), radix: 16)
            index += 1
        }
        return text
    }

    /// The first `bits` bits kept, the rest zeroed.
    func masked(to bits: Int) -> IPAddress {
        if family == 4 {
            let mask: UInt32 = bits == 0 ? 0 : UInt32.max << (32 - bits)
            return IPAddress(ipv4: ipv4Value & mask)
        }
        let highMask: UInt64 = bits >= 64 ? .max : (bits == 0 ? 0 : UInt64.max << (64 - bits))
        let lowMask: UInt64 = bits <= 64 ? 0 : (bits == 128 ? .max : UInt64.max << (128 - bits))
        return IPAddress(ipv6High: high & highMask, low: low & lowMask)
    }
}
