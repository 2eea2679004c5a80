/// Stable fingerprints for findings: the hex SHA-256 of NUL-separated parts, truncated to 32 hex
/// characters (128 bits), which is plenty to tell findings apart and short enough to read.
public enum Fingerprint {
    /// Fingerprint of the given parts, in order.
    public static func make(_ parts: String...) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0) }
            appendNormalized(part, to: &bytes)
        }
        return String(SHA256.hex(of: bytes).prefix(32))
    }

    /// Collapses runs of whitespace so reformatting does not change identity.
    static func normalize(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendNormalized(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` with leading and trailing whitespace dropped and inner runs of ASCII
    /// whitespace (space, tab, newline, carriage return) collapsed to one space.
    static func appendNormalized(_ text: String, to bytes: inout [UInt8]) {
        var pendingSpace = false
        var wroteAny = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                pendingSpace = wroteAny
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                wroteAny = true
                bytes.append(byte)
            }
        }
    }
}
