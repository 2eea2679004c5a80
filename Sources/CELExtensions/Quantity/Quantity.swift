/// An exact Kubernetes resource quantity (`12Mi`, `500m`, `1.5`, `1e3`, `0.2G`).
///
/// Kubernetes (`k8s.io/apimachinery/pkg/api/resource`) stores quantities as exact decimals; this
/// type does the same with an unbounded integer magnitude and a base-10 exponent, so sums, differences
/// and comparisons never lose precision. Equality is semantic: `200M == 0.2G`.
///
/// ```swift
/// let limit = try Quantity(parsing: "0.2G")
/// limit == (try Quantity(parsing: "200M"))  // true
/// ```
public struct Quantity: Sendable, CustomStringConvertible {
    /// `true` for values below zero.
    var isNegative: Bool
    /// Absolute value scaled by `10^-exponent`.
    var magnitude: BigDecimalDigits
    /// Base-10 exponent applied to `magnitude`.
    var exponent: Int
    /// The text this quantity was parsed from, when it was parsed.
    public let originalText: String?

    init(isNegative: Bool, magnitude: BigDecimalDigits, exponent: Int, originalText: String? = nil) {
        self.isNegative = magnitude.isZero ? false : isNegative
        self.magnitude = magnitude
        self.exponent = magnitude.isZero ? 0 : exponent
        self.originalText = originalText
    }

    /// The integer quantity `value` (decimal SI, no suffix).
    public init(_ value: Int64) {
        self.init(isNegative: value < 0, magnitude: BigDecimalDigits(value.magnitude), exponent: 0)
    }

    /// -1, 0 or 1.
    public var sign: Int {
        magnitude.isZero ? 0 : (isNegative ? -1 : 1)
    }

    /// The sum of two quantities (exact).
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        let common = min(lhs.exponent, rhs.exponent)
        let left = lhs.magnitude(atExponent: common)
        let right = rhs.magnitude(atExponent: common)
        if lhs.isNegative == rhs.isNegative {
            return Quantity(isNegative: lhs.isNegative, magnitude: left + right, exponent: common)
        }
        if BigDecimalDigits.compare(left, right) >= 0 {
            return Quantity(isNegative: lhs.isNegative, magnitude: left - right, exponent: common)
        }
        return Quantity(isNegative: rhs.isNegative, magnitude: right - left, exponent: common)
    }

    /// The difference of two quantities (exact).
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
        lhs + rhs.negated
    }

    /// The quantity with the opposite sign.
    public var negated: Quantity {
        Quantity(isNegative: !isNegative, magnitude: magnitude, exponent: exponent)
    }

    /// -1, 0 or 1 as `self` is less than, equal to or greater than `other`.
    public func compare(to other: Quantity) -> Int {
        if sign != other.sign { return sign < other.sign ? -1 : 1 }
        if sign == 0 { return 0 }
        let magnitudeOrder = Self.compareMagnitudes(self, other)
        return isNegative ? -magnitudeOrder : magnitudeOrder
    }

    /// `true` when the quantity is a whole number that fits in an `Int64` (Kubernetes `isInteger`).
    public var isInteger: Bool { int64Value != nil }

    /// The value as an `Int64`, or `nil` when it has a fraction or does not fit.
    public var int64Value: Int64? {
        guard !magnitude.isZero else { return 0 }
        var whole = magnitude
        if exponent < 0 {
            // Reject any fractional digits.
            var remaining = -exponent
            while remaining > 0 {
                let step = min(remaining, 9)
                var divisor: UInt32 = 1
                for _ in 0..<step { divisor *= 10 }
                if whole.divide(by: divisor) != 0 { return nil }
                remaining -= step
            }
        } else if exponent > 0 {
            if magnitude.digitCount + exponent > 20 { return nil }
            whole.multiplyByPowerOfTen(exponent)
        }
        guard let unsigned = whole.uint64Value else { return nil }
        if isNegative {
            if unsigned == UInt64(Int64.max) + 1 { return .min }
            return unsigned <= UInt64(Int64.max) ? -Int64(unsigned) : nil
        }
        return unsigned <= UInt64(Int64.max) ? Int64(unsigned) : nil
    }

    /// The nearest `Double` (Kubernetes `asApproximateFloat`).
    public var approximateDouble: Double {
        guard !magnitude.isZero else { return 0 }
        let value = Double("\(magnitude.decimalString)e\(exponent)") ?? .infinity
        return isNegative ? -value : value
    }

    /// Plain decimal text of the value, or the text it was parsed from.
    public var description: String { originalText ?? decimalText }

    /// Plain decimal text of the value (`49980`, `0.5`, `-1.25`).
    public var decimalText: String {
        var digits = magnitude.decimalString
        if exponent > 0 {
            digits += String(repeating: "0", count: exponent)
        } else if exponent < 0 {
            let fraction = -exponent
            if digits.count <= fraction { digits = String(repeating: "0", count: fraction - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -fraction))
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
        return (isNegative ? "-" : "") + digits
    }

    /// The magnitude expressed with the (smaller or equal) exponent `target`.
    func magnitude(atExponent target: Int) -> BigDecimalDigits {
        var scaled = magnitude
        scaled.multiplyByPowerOfTen(exponent - target)
        return scaled
    }

    static func compareMagnitudes(_ lhs: Quantity, _ rhs: Quantity) -> Int {
        // Compare orders of magnitude first so wildly different exponents never get materialized.
        let leftOrder = lhs.magnitude.digitCount + lhs.exponent
        let rightOrder = rhs.magnitude.digitCount + rhs.exponent
        if leftOrder != rightOrder { return leftOrder < rightOrder ? -1 : 1 }
        if lhs.exponent == rhs.exponent { return BigDecimalDigits.compare(lhs.magnitude, rhs.magnitude) }
        let common = min(lhs.exponent, rhs.exponent)
        return BigDecimalDigits.compare(lhs.magnitude(atExponent: common), rhs.magnitude(atExponent: common))
    }
}

extension Quantity: Equatable, Hashable, Comparable {
    /// Semantic equality: `200M == 0.2G`.
    public static func == (lhs: Quantity, rhs: Quantity) -> Bool { lhs.compare(to: rhs) == 0 }

    /// Orders by value.
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.compare(to: rhs) < 0 }

    /// Hashes the normalized value so equal quantities hash alike.
    public func hash(into hasher: inout Hasher) {
        var reduced = magnitude
        var reducedExponent = exponent
        while !reduced.isZero {
            var probe = reduced
            if probe.divide(by: 10) != 0 { break }
            reduced = probe
            reducedExponent += 1
        }
        hasher.combine(isNegative)
        hasher.combine(reduced)
        hasher.combine(reduced.isZero ? 0 : reducedExponent)
    }
}
