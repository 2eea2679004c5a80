extension HCLDecimal {
    /// Exact sum.
    public static func + (lhs: HCLDecimal, rhs: HCLDecimal) -> HCLDecimal {
        // An addend more than `precisionCap` digits below the other is beneath any float's precision.
        if lhs.isZero || rhs.isZero { return lhs.isZero ? rhs : lhs }
        let lhsTop = lhs.digits.count + lhs.exponent
        let rhsTop = rhs.digits.count + rhs.exponent
        if lhsTop - rhsTop > precisionCap, lhs.exponent > rhsTop { return lhs }
        if rhsTop - lhsTop > precisionCap, rhs.exponent > lhsTop { return rhs }
        let (left, right, exponent) = aligned(lhs, rhs)
        if lhs.negative == rhs.negative {
            return HCLDecimal(digits: DecimalDigits.add(left, right), exponent: exponent, negative: lhs.negative)
        }
        let order = DecimalDigits.compare(left, right)
        if order == 0 { return .zero }
        if order > 0 {
            return HCLDecimal(digits: DecimalDigits.subtract(left, right), exponent: exponent, negative: lhs.negative)
        }
        return HCLDecimal(digits: DecimalDigits.subtract(right, left), exponent: exponent, negative: rhs.negative)
    }

    /// Negation.
    public static prefix func - (value: HCLDecimal) -> HCLDecimal {
        HCLDecimal(digits: value.digits, exponent: value.exponent, negative: !value.negative)
    }

    /// Exact difference.
    public static func - (lhs: HCLDecimal, rhs: HCLDecimal) -> HCLDecimal { lhs + (-rhs) }

    /// Exact product.
    public static func * (lhs: HCLDecimal, rhs: HCLDecimal) -> HCLDecimal {
        if lhs.digits.count * rhs.digits.count > maximumWork {
            return lhs.rounded(toDigits: precisionCap) * rhs.rounded(toDigits: precisionCap)
        }
        return HCLDecimal(
            digits: DecimalDigits.multiply(lhs.digits, rhs.digits), exponent: lhs.exponent + rhs.exponent,
            negative: lhs.negative != rhs.negative)
    }

    /// Quotient to ``divisionDigits`` significant digits; `nil` when dividing by zero.
    public func divided(by divisor: HCLDecimal) -> HCLDecimal? {
        if divisor.isZero { return nil }
        if isZero { return .zero }
        if divisor.digits.count > Self.precisionCap || digits.count > Self.precisionCap {
            return rounded(toDigits: Self.precisionCap).divided(by: divisor.rounded(toDigits: Self.precisionCap))
        }
        let scale = max(0, Self.divisionDigits + divisor.digits.count - digits.count)
        let dividend = [UInt8](repeating: 0, count: scale) + digits
        let (quotient, _) = DecimalDigits.divide(dividend, divisor.digits)
        return HCLDecimal(
            digits: quotient, exponent: exponent - divisor.exponent - scale,
            negative: negative != divisor.negative)
    }

    /// Exact remainder of truncating division (sign of the dividend); `nil` when dividing by zero.
    public func remainder(dividingBy divisor: HCLDecimal) -> HCLDecimal? {
        if divisor.isZero { return nil }
        if Swift.max(digits.count + exponent, divisor.digits.count + divisor.exponent)
            - Swift.min(exponent, divisor.exponent)
            > Self.precisionCap
        {
            // Beyond exact range (hostile literals such as 1e99999 % 3): fall back to binary floating point.
            return HCLDecimal(String(doubleValue.truncatingRemainder(dividingBy: divisor.doubleValue))) ?? .zero
        }
        let (left, right, exponent) = Self.aligned(self, divisor)
        let (_, remainder) = DecimalDigits.divide(left, right)
        return HCLDecimal(digits: remainder, exponent: exponent, negative: negative)
    }

    /// Significant digits beyond which multiplication and division round their operands first.
    static let precisionCap = 200
    /// Digit-product size beyond which multiplication rounds its operands.
    static let maximumWork = 40_000

    /// The value with at most `count` significant digits (truncated).
    func rounded(toDigits count: Int) -> HCLDecimal {
        guard digits.count > count else { return self }
        let dropped = digits.count - count
        return HCLDecimal(digits: Array(digits[dropped...]), exponent: exponent + dropped, negative: negative)
    }

    /// `true` when both agree to within the precision of a 512-bit binary float (cty's number precision).
    public func isClose(to other: HCLDecimal) -> Bool {
        if self == other { return true }
        let difference = (self - other).magnitude
        let largest = Swift.max(magnitude, other.magnitude)
        let scaled = HCLDecimal(digits: difference.digits, exponent: difference.exponent + 153, negative: false)
        return scaled <= largest
    }
}

/// Little-endian base-10 digit-array arithmetic behind ``HCLDecimal``.
enum DecimalDigits {
    static func trimmed(_ digits: [UInt8]) -> [UInt8] {
        var digits = digits
        while let last = digits.last, last == 0 { digits.removeLast() }
        return digits
    }

    static func compare(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        let left = trimmed(lhs)
        let right = trimmed(rhs)
        if left.count != right.count { return left.count < right.count ? -1 : 1 }
        var index = left.count - 1
        while index >= 0 {
            if left[index] != right[index] { return left[index] < right[index] ? -1 : 1 }
            index -= 1
        }
        return 0
    }

    static func add(_ lhs: [UInt8], _ rhs: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(max(lhs.count, rhs.count) + 1)
        var carry: UInt8 = 0
        for index in 0..<max(lhs.count, rhs.count) {
            let sum = (index < lhs.count ? lhs[index] : 0) + (index < rhs.count ? rhs[index] : 0) + carry
            result.append(sum % 10)
            carry = sum / 10
        }
        if carry > 0 { result.append(carry) }
        return result
    }

    /// `lhs - rhs` for `lhs >= rhs`.
    static func subtract(_ lhs: [UInt8], _ rhs: [UInt8]) -> [UInt8] {
        var result = lhs
        var borrow: Int = 0
        for index in 0..<result.count {
            var value = Int(result[index]) - borrow - Int(index < rhs.count ? rhs[index] : 0)
            borrow = value < 0 ? 1 : 0
            if value < 0 { value += 10 }
            result[index] = UInt8(value)
        }
        return trimmed(result)
    }

    static func multiply(_ lhs: [UInt8], _ rhs: [UInt8]) -> [UInt8] {
        if lhs.isEmpty || rhs.isEmpty { return [] }
        var accumulator = [Int](repeating: 0, count: lhs.count + rhs.count)
        for (i, left) in lhs.enumerated() where left != 0 {
            for (j, right) in rhs.enumerated() { accumulator[i + j] += Int(left) * Int(right) }
        }
        var carry = 0
        var result = [UInt8](repeating: 0, count: accumulator.count)
        for index in 0..<accumulator.count {
            let value = accumulator[index] + carry
            result[index] = UInt8(value % 10)
            carry = value / 10
        }
        while carry > 0 {
            result.append(UInt8(carry % 10))
            carry /= 10
        }
        return trimmed(result)
    }

    /// Integer long division: (quotient, remainder).
    static func divide(_ dividend: [UInt8], _ divisor: [UInt8]) -> ([UInt8], [UInt8]) {
        let divisor = trimmed(divisor)
        var quotient = [UInt8](repeating: 0, count: dividend.count)
        var remainder: [UInt8] = []
        var index = dividend.count - 1
        while index >= 0 {
            remainder.insert(dividend[index], at: 0)
            remainder = trimmed(remainder)
            var digit: UInt8 = 0
            while compare(remainder, divisor) >= 0 {
                remainder = subtract(remainder, divisor)
                digit += 1
            }
            quotient[index] = digit
            index -= 1
        }
        return (trimmed(quotient), remainder)
    }
}
