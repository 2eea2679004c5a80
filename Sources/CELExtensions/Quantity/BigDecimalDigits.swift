/// An arbitrary-size non-negative integer stored as base-10⁹ limbs (least significant first).
///
/// Just enough arithmetic for exact Kubernetes quantities: parsing from digits, scaling by
/// powers of ten and two, addition, subtraction, comparison and conversion.
struct BigDecimalDigits: Hashable, Sendable {
    static let limbBase: UInt64 = 1_000_000_000

    /// Limbs, least significant first; no trailing zero limbs (zero is `[]`).
    private(set) var limbs: [UInt32]

    init() { limbs = [] }

    init(_ value: UInt64) {
        limbs = []
        var rest = value
        while rest > 0 {
            limbs.append(UInt32(rest % Self.limbBase))
            rest /= Self.limbBase
        }
    }

    /// Parses a run of ASCII decimal digits (may be empty, meaning zero).
    init<S: Collection>(digits: S) where S.Element == UInt8 {
        self.init()
        appendDigits(digits)
    }

    /// `self = self * 10^digits.count + digits`, nine digits per step.
    mutating func appendDigits<S: Collection>(_ digits: S) where S.Element == UInt8 {
        var chunk: UInt32 = 0
        var factor: UInt32 = 1
        for digit in digits {
            chunk = chunk * 10 + UInt32(digit &- 48)
            factor *= 10
            if factor == 1_000_000_000 {
                multiplyAdd(factor, chunk)
                chunk = 0
                factor = 1
            }
        }
        if factor > 1 { multiplyAdd(factor, chunk) }
    }

    var isZero: Bool { limbs.isEmpty }

    /// `self = self * factor + addend`.
    mutating func multiplyAdd(_ factor: UInt32, _ addend: UInt32) {
        var carry = UInt64(addend)
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(product % Self.limbBase)
            carry = product / Self.limbBase
        }
        while carry > 0 {
            limbs.append(UInt32(carry % Self.limbBase))
            carry /= Self.limbBase
        }
        normalize()
    }

    /// `self *= 10^power`.
    mutating func multiplyByPowerOfTen(_ power: Int) {
        guard !isZero, power > 0 else { return }
        let wholeLimbs = power / 9
        let rest = power % 9
        if rest > 0 {
            var factor: UInt32 = 1
            for _ in 0..<rest { factor *= 10 }
            multiplyAdd(factor, 0)
        }
        if wholeLimbs > 0 { limbs.insert(contentsOf: repeatElement(0, count: wholeLimbs), at: 0) }
    }

    /// Divides by `divisor`, returning the remainder.
    mutating func divide(by divisor: UInt32) -> UInt32 {
        var remainder: UInt64 = 0
        for index in limbs.indices.reversed() {
            let current = remainder * Self.limbBase + UInt64(limbs[index])
            limbs[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        normalize()
        return UInt32(remainder)
    }

    /// Number of decimal digits (0 for zero).
    var digitCount: Int {
        guard let top = limbs.last else { return 0 }
        var topDigits = 0
        var value = top
        while value > 0 { topDigits += 1; value /= 10 }
        return (limbs.count - 1) * 9 + topDigits
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var result = Self()
        result.limbs.reserveCapacity(max(lhs.limbs.count, rhs.limbs.count) + 1)
        var carry: UInt64 = 0
        for index in 0..<max(lhs.limbs.count, rhs.limbs.count) {
            let sum =
                UInt64(index < lhs.limbs.count ? lhs.limbs[index] : 0)
                + UInt64(index < rhs.limbs.count ? rhs.limbs[index] : 0) + carry
            result.limbs.append(UInt32(sum % limbBase))
            carry = sum / limbBase
        }
        if carry > 0 { result.limbs.append(UInt32(carry)) }
        return result
    }

    /// `lhs - rhs`; requires `lhs >= rhs`.
    static func - (lhs: Self, rhs: Self) -> Self {
        var result = lhs
        var borrow: Int64 = 0
        for index in result.limbs.indices {
            var difference = Int64(result.limbs[index]) - borrow - Int64(index < rhs.limbs.count ? rhs.limbs[index] : 0)
            if difference < 0 {
                difference += Int64(limbBase)
                borrow = 1
            } else {
                borrow = 0
            }
            result.limbs[index] = UInt32(difference)
        }
        result.normalize()
        return result
    }

    static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count ? -1 : 1 }
        for index in lhs.limbs.indices.reversed() where lhs.limbs[index] != rhs.limbs[index] {
            return lhs.limbs[index] < rhs.limbs[index] ? -1 : 1
        }
        return 0
    }

    /// The value when it fits in a `UInt64`.
    var uint64Value: UInt64? {
        var result: UInt64 = 0
        for limb in limbs.reversed() {
            let (product, overflow) = result.multipliedReportingOverflow(by: Self.limbBase)
            if overflow { return nil }
            let (sum, overflowSum) = product.addingReportingOverflow(UInt64(limb))
            if overflowSum { return nil }
            result = sum
        }
        return result
    }

    /// The nearest `Double` (correctly rounded via the decimal text).
    var doubleValue: Double {
        Double(decimalString) ?? .infinity
    }

    /// Decimal digits without leading zeros ("0" for zero).
    var decimalString: String {
        guard let top = limbs.last else { return "0" }
        var text = String(top)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    private mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
    }
}
