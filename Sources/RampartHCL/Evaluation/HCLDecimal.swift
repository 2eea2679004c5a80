/// An arbitrary-precision decimal number: `significand × 10^exponent`, exact for every HCL literal.
///
/// Addition, subtraction, multiplication and modulo are exact for operands of up to 200 significant
/// digits (beyond that, operands are rounded first, still finer than cty's 512-bit floats); division
/// keeps ``HCLDecimal/divisionDigits`` significant digits.
public struct HCLDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Significant digits, least significant first, no trailing (most significant) zeros; empty for zero.
    var digits: [UInt8]
    /// Power of ten applied to the digits.
    var exponent: Int
    /// Sign; never `true` for zero.
    var negative: Bool

    /// Significant digits kept by a division that does not terminate.
    public static let divisionDigits = 160

    init(digits: [UInt8], exponent: Int, negative: Bool) {
        var digits = digits
        var exponent = exponent
        while let last = digits.last, last == 0 { digits.removeLast() }
        var leadingZeros = 0
        while leadingZeros < digits.count, digits[leadingZeros] == 0 { leadingZeros += 1 }
        if leadingZeros > 0 {
            digits.removeFirst(leadingZeros)
            exponent += leadingZeros
        }
        self.digits = digits
        self.exponent = digits.isEmpty ? 0 : exponent
        self.negative = digits.isEmpty ? false : negative
    }

    /// Zero.
    public static let zero = HCLDecimal(digits: [], exponent: 0, negative: false)

    /// An integer.
    public init(_ value: Int) {
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        while magnitude > 0 {
            digits.append(UInt8(magnitude % 10))
            magnitude /= 10
        }
        self.init(digits: digits, exponent: 0, negative: value < 0)
    }

    /// Parses a decimal literal (`12`, `-3.5`, `1e-3`); `nil` when malformed.
    public init?(_ text: some StringProtocol) {
        var digits: [UInt8] = []
        var exponent = 0
        var negative = false
        var sawDigit = false
        var sawPoint = false
        let bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                digits.append(byte - 48)
                sawDigit = true
                if sawPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return nil }
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else { return nil }
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var value = 0
            var sawExponentDigit = false
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                value = min(value * 10 + Int(bytes[index] - 48), 1_000_000)
                sawExponentDigit = true
                index += 1
            }
            guard sawExponentDigit, index == bytes.count else { return nil }
            exponent += exponentNegative ? -value : value
        }
        self.init(digits: digits.reversed(), exponent: exponent, negative: negative)
    }

    /// `true` for zero.
    public var isZero: Bool { digits.isEmpty }

    /// `true` when the value has no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// The value as an `Int`, when it is an integer in range.
    public var intValue: Int? {
        guard isInteger, digits.count + exponent <= 18 else { return nil }
        var value = 0
        for digit in digits.reversed() { value = value * 10 + Int(digit) }
        for _ in 0..<exponent { value *= 10 }
        return negative ? -value : value
    }

    /// The nearest `Double`.
    public var doubleValue: Double { Double(description) ?? .nan }

    /// The value's magnitude.
    public var magnitude: HCLDecimal { HCLDecimal(digits: digits, exponent: exponent, negative: false) }

    /// Plain decimal notation (`-12.5`), scientific only for extreme exponents.
    public var description: String {
        if digits.isEmpty { return "0" }
        var text = negative ? "-" : ""
        let mostSignificant = digits.count + exponent
        if exponent > 40 || mostSignificant < -40 {
            let mantissa = digits.reversed().map { Character(Unicode.Scalar($0 + 48)) }
            text.append(mantissa[0])
            if mantissa.count > 1 {
                text.append(".")
                text.append(contentsOf: mantissa[1...])
            }
            text.append("e\(mostSignificant - 1)")
            return text
        }
        if exponent >= 0 {
            for digit in digits.reversed() { text.append(Character(Unicode.Scalar(digit + 48))) }
            text.append(String(repeating: "0", count: exponent))
            return text
        }
        if mostSignificant <= 0 {
            text.append("0.")
            text.append(String(repeating: "0", count: -mostSignificant))
            for digit in digits.reversed() { text.append(Character(Unicode.Scalar(digit + 48))) }
            return text
        }
        for (offset, digit) in digits.reversed().enumerated() {
            if offset == mostSignificant { text.append(".") }
            text.append(Character(Unicode.Scalar(digit + 48)))
        }
        return text
    }

    public static func < (lhs: HCLDecimal, rhs: HCLDecimal) -> Bool {
        if lhs.negative != rhs.negative { return lhs.negative }
        let order = compareMagnitudes(lhs, rhs)
        return lhs.negative ? order > 0 : order < 0
    }

    /// -1, 0 or 1 comparing magnitudes.
    static func compareMagnitudes(_ lhs: HCLDecimal, _ rhs: HCLDecimal) -> Int {
        if lhs.isZero || rhs.isZero { return lhs.isZero ? (rhs.isZero ? 0 : -1) : 1 }
        let lhsTop = lhs.digits.count + lhs.exponent
        let rhsTop = rhs.digits.count + rhs.exponent
        if lhsTop != rhsTop { return lhsTop < rhsTop ? -1 : 1 }
        let (left, right, _) = aligned(lhs, rhs)
        return DecimalDigits.compare(left, right)
    }

    /// Both digit arrays scaled to the smaller exponent.
    static func aligned(_ lhs: HCLDecimal, _ rhs: HCLDecimal) -> ([UInt8], [UInt8], Int) {
        let exponent = min(lhs.exponent, rhs.exponent)
        let left = [UInt8](repeating: 0, count: lhs.exponent - exponent) + lhs.digits
        let right = [UInt8](repeating: 0, count: rhs.exponent - exponent) + rhs.digits
        return (left, right, exponent)
    }
}
