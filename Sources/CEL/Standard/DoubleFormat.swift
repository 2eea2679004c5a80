/// Formats doubles the way `string(double)` does in cel-go (Go's `%g` with the shortest
/// round-tripping digits): `123.456`, `-0.0045`, `1e+06`, `1.5e-07`, `NaN`, `+Inf`.
enum DoubleFormat {
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let (digits, pointPosition) = shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        let exponent = pointPosition - 1
        if exponent < -4 || exponent >= 21 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let expSign = exponent < 0 ? "-" : "+"
            let expDigits = String(abs(exponent))
            return sign + mantissa + "e" + expSign + (expDigits.count < 2 ? "0" : "") + expDigits
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let index = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<index] + "." + digits[index...]
    }

    /// The shortest round-tripping decimal digits of a positive finite value, and the position of
    /// the decimal point relative to the first digit (value = 0.DIGITS × 10^position).
    static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = "\(value)"  // Swift prints the shortest round-tripping representation.
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa
        var fractionPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fractionPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(integerPart) + fractionPart
        var position = integerPart.count + exponent
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            position -= 1
        }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        return (digits, position)
    }
}
