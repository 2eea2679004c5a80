/// Byte-level helpers shared by the schemes: ASCII classes and overflow-free numeric comparison.
enum ASCII {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Compares two runs of ASCII digits as unbounded numbers (leading zeros ignored).
    static func compareNumeric<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int
    where A.Element == UInt8, B.Element == UInt8 {
        let left = a.drop { $0 == 0x30 }
        let right = b.drop { $0 == 0x30 }
        let leftCount = left.count, rightCount = right.count
        if leftCount != rightCount { return leftCount < rightCount ? -1 : 1 }
        for (x, y) in zip(left, right) where x != y { return x < y ? -1 : 1 }
        return 0
    }

    /// Compares two byte sequences lexicographically (unsigned bytes, shorter prefix first).
    static func compareBytes<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int
    where A.Element == UInt8, B.Element == UInt8 {
        var left = a.makeIterator(), right = b.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    /// Returns the bytes with leading and trailing ASCII whitespace removed.
    static func trimmed(_ text: String) -> ArraySlice<UInt8> {
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}

/// A non-negative integer of any size kept as its digits (leading zeros removed), ordered numerically.
public struct DigitString: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The ASCII digits without leading zeros (empty for zero).
    let digits: [UInt8]

    /// Zero.
    public static let zero = DigitString(digits: [])

    init(digits: [UInt8]) { self.digits = digits }

    /// Creates a number from ASCII digits, dropping leading zeros.
    init<C: Collection>(ascii: C) where C.Element == UInt8 {
        digits = Array(ascii.drop { $0 == 0x30 })
    }

    /// `true` for zero.
    public var isZero: Bool { digits.isEmpty }

    public var description: String { digits.isEmpty ? "0" : String(decoding: digits, as: UTF8.self) }

    public static func < (lhs: DigitString, rhs: DigitString) -> Bool {
        ASCII.compareNumeric(lhs.digits, rhs.digits) < 0
    }
}
