/// Standard base64 (RFC 4648 §4) used by `base64.encode` / `base64.decode` and the `byte` format.
public enum Base64Codec {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// Padded standard base64 text of `bytes`.
    public static func encode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            let chunk = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(chunk >> 18 & 0x3F)])
            output.append(alphabet[Int(chunk >> 12 & 0x3F)])
            output.append(second == nil ? UInt8(ascii: "=") : alphabet[Int(chunk >> 6 & 0x3F)])
            output.append(third == nil ? UInt8(ascii: "=") : alphabet[Int(chunk & 0x3F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes standard base64; `nil` when invalid. With `allowUnpadded`, input without `=` padding
    /// is accepted too (as cel-go's `base64.decode` does). Line breaks are ignored, as in Go.
    public static func decode(_ text: String, allowUnpadded: Bool) -> [UInt8]? {
        var symbols: [UInt8] = []
        symbols.reserveCapacity(text.utf8.count)
        var padding = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { continue }
            if byte == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            guard padding == 0 else { return nil }
            let value = decodeTable[Int(byte)]
            guard value != 0xFF else { return nil }
            symbols.append(value)
        }
        let remainder = symbols.count % 4
        if remainder == 1 { return nil }
        if padding > 0 {
            guard remainder != 0, padding == 4 - remainder else { return nil }
        } else if remainder != 0, !allowUnpadded {
            return nil
        }
        var output: [UInt8] = []
        output.reserveCapacity(symbols.count * 3 / 4)
        var index = 0
        while index + 4 <= symbols.count {
            let chunk =
                UInt32(symbols[index]) << 18 | UInt32(symbols[index + 1]) << 12
                | UInt32(symbols[index + 2]) << 6 | UInt32(symbols[index + 3])
            output += [UInt8(chunk >> 16 & 0xFF), UInt8(chunk >> 8 & 0xFF), UInt8(chunk & 0xFF)]
            index += 4
        }
        if remainder >= 2 {
            var chunk = UInt32(symbols[index]) << 18 | UInt32(symbols[index + 1]) << 12
            if remainder == 3 { chunk |= UInt32(symbols[index + 2]) << 6 }
            // Go rejects non-zero trailing bits in the last symbol.
            let unusedBits: UInt32 = remainder == 2 ? 0xFFFF : 0xFF
            if chunk & unusedBits != 0 { return nil }
            output.append(UInt8(chunk >> 16 & 0xFF))
            if remainder == 3 { output.append(UInt8(chunk >> 8 & 0xFF)) }
        }
        return output
    }
}
