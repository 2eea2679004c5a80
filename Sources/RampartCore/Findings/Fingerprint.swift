/// Stable fingerprints for findings: the hex SHA-256 of NUL-separated parts, truncated to 32 hex
/// characters (128 bits), which is plenty to tell findings apart and short enough to read.
public enum Fingerprint {
    /// Fingerprint of the given parts, in order.
    public static func make(_ parts: String...) -> String {
        var bytes: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0) }
            bytes.append(contentsOf: normalize(part).utf8)
        }
        return String(SHA256.hex(of: bytes).prefix(32))
    }

    /// Collapses runs of whitespace so reformatting does not change identity.
    static func normalize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
