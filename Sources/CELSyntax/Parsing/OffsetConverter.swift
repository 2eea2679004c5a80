/// Converts UTF-8 byte offsets into Unicode scalar offsets (what ``ParsedExpr/offsets`` holds).
///
/// ASCII text, the common case, needs no table: byte and scalar offsets coincide.
struct OffsetConverter {
    /// The scalar offset of every byte offset (`count + 1` entries), or empty for ASCII text.
    private let scalarOffsets: [Int32]
    /// Number of Unicode scalars in the text.
    let scalarCount: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        var isASCII = true
        for byte in bytes where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            scalarOffsets = []
            scalarCount = bytes.count
            return
        }
        var table = [Int32](repeating: 0, count: bytes.count + 1)
        var scalar: Int32 = 0
        for index in 0..<bytes.count {
            table[index] = scalar
            if bytes[index] & 0xC0 != 0x80 {
                table[index] = scalar
                scalar += 1
            } else {
                table[index] = scalar - 1
            }
        }
        table[bytes.count] = scalar
        scalarOffsets = table
        scalarCount = Int(scalar)
    }

    /// The scalar offset of the scalar containing the byte at `byteOffset`.
    func scalarOffset(ofByte byteOffset: Int) -> Int {
        scalarOffsets.isEmpty ? byteOffset : Int(scalarOffsets[min(byteOffset, scalarOffsets.count - 1)])
    }
}
