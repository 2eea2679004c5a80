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

/// A non-negative integer of any size, ordered numerically.
///
/// Numbers up to 19 digits (the common case) are held in a `UInt64` without allocating; longer
/// digit runs (dates glued to build numbers, hashes of digits) keep their digits.
public struct DigitString: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The value when it fits in 19 digits (`large` is then `nil`).
    let small: UInt64
    /// The ASCII digits without leading zeros, for numbers of 20 digits or more.
    let large: [UInt8]?

    /// Zero.
    public static let zero = DigitString(small: 0, large: nil)

    private init(small: UInt64, large: [UInt8]?) {
        self.small = small
        self.large = large
    }

    /// Creates a number from ASCII digits, dropping leading zeros.
    init<C: Collection>(ascii: C) where C.Element == UInt8 {
        let significant = ascii.drop { $0 == 0x30 }
        if significant.count <= 19 {
            var value: UInt64 = 0
            for digit in significant { value = value &* 10 &+ UInt64(digit &- 0x30) }
            self.init(small: value, large: nil)
        } else {
            self.init(small: 0, large: Array(significant))
        }
    }

    /// `true` for zero.
    public var isZero: Bool { large == nil && small == 0 }

    /// The text form.
    public var description: String {
        if let large { return String(decoding: large, as: UTF8.self) }
        return String(small)
    }

    /// Orders by the scheme's precedence rules.
    public static func < (lhs: DigitString, rhs: DigitString) -> Bool {
        switch (lhs.large, rhs.large) {
        case (nil, nil): return lhs.small < rhs.small
        case (nil, _?): return true
        case (_?, nil): return false
        case let (x?, y?): return ASCII.compareNumeric(x, y) < 0
        }
    }
}
