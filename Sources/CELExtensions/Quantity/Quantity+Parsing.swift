extension Quantity {
    /// Largest absolute base-10 exponent accepted, so a hostile `1e999999999` cannot exhaust memory.
    public static let maximumExponent = 10_000

    static let int64Maximum = Quantity(Int64.max)

    /// Most significant digits accepted, so a hostile quantity cannot make parsing quadratic.
    public static let maximumDigits = 10_000

    /// Parses Kubernetes quantity syntax: an optionally signed decimal number followed by a binary
    /// SI suffix (`Ki` … `Ei`), a decimal SI suffix (`n u m k M G T P E`) or a decimal exponent (`e3`).
    ///
    /// Like Kubernetes, precision below one nano (`1e-9`) is rounded up, and binary-suffixed values
    /// are capped at `Int64.max`.
    /// - Throws: ``QuantityError`` with Kubernetes' message when the text is not a quantity.
    public init(parsing text: String) throws(QuantityError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .formatWrong(text) }
        let parts = try Self.split(bytes, text: text)
        guard let suffix = Self.interpretSuffix(parts.suffix) else { throw .suffix(text) }

        guard parts.whole.count + parts.fraction.count <= Self.maximumDigits else { throw .tooManyDigits(text) }
        var magnitude = BigDecimalDigits(digits: parts.whole)
        magnitude.appendDigits(parts.fraction)
        var exponent = -parts.fraction.count
        switch suffix {
        case .decimal(let power):
            guard abs(power) <= Self.maximumExponent else { throw .exponentOutOfRange(text) }
            exponent += power
        case .binary(let power):
            for _ in 0..<(power / 10) { magnitude.multiplyAdd(1024, 0) }
        }
        // Round up (away from zero) to whole nanos.
        if exponent < -9, !magnitude.isZero {
            var remaining = -9 - exponent
            var lostDigits = false
            while remaining > 0 {
                let step = min(remaining, 9)
                var divisor: UInt32 = 1
                for _ in 0..<step { divisor *= 10 }
                if magnitude.divide(by: divisor) != 0 { lostDigits = true }
                remaining -= step
            }
            if lostDigits { magnitude = magnitude + BigDecimalDigits(1) }
            exponent = -9
        }
        if case .binary = suffix {
            let cap = Self.int64Maximum
            let unsigned = Quantity(isNegative: false, magnitude: magnitude, exponent: exponent)
            if Quantity.compareMagnitudes(unsigned, cap) > 0 {
                magnitude = cap.magnitude
                exponent = 0
            }
        }
        self.init(isNegative: parts.negative, magnitude: magnitude, exponent: exponent, originalText: text)
    }

    /// `true` when `text` parses as a quantity.
    public static func isValid(_ text: String) -> Bool {
        (try? Quantity(parsing: text)) != nil
    }

    private enum Suffix {
        case decimal(Int)
        case binary(Int)
    }

    private struct Parts {
        var negative = false
        var whole: ArraySlice<UInt8> = []
        var fraction: ArraySlice<UInt8> = []
        var suffix: ArraySlice<UInt8> = []
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// One of `eEinumkKMGTP`, the letters a suffix may use.
    private static func isSuffixLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "u"),
            UInt8(ascii: "m"), UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "G"),
            UInt8(ascii: "T"), UInt8(ascii: "P"):
            true
        default:
            false
        }
    }

    /// Splits sign, whole digits, fraction digits and suffix the way Kubernetes does.
    private static func split(_ bytes: [UInt8], text: String) throws(QuantityError) -> Parts {
        var parts = Parts()
        var position = 0
        let end = bytes.count
        if bytes[0] == UInt8(ascii: "-") {
            parts.negative = true
            position = 1
        } else if bytes[0] == UInt8(ascii: "+") {
            position = 1
        }
        while position < end, bytes[position] == UInt8(ascii: "0") { position += 1 }
        if position == end { return parts }
        let wholeStart = position
        while position < end, isDigit(bytes[position]) { position += 1 }
        parts.whole = bytes[wholeStart..<position]
        if position < end, bytes[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < end, isDigit(bytes[position]) { position += 1 }
            parts.fraction = bytes[fractionStart..<position]
        }
        let suffixStart = position
        while position < end, isSuffixLetter(bytes[position]) { position += 1 }
        if position < end, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
            position += 1
        }
        while position < end, isDigit(bytes[position]) { position += 1 }
        guard position == end else { throw .formatWrong(text) }
        parts.suffix = bytes[suffixStart..<end]
        return parts
    }

    private static func interpretSuffix(_ suffix: ArraySlice<UInt8>) -> Suffix? {
        switch String(decoding: suffix, as: UTF8.self) {
        case "": return .decimal(0)
        case "n": return .decimal(-9)
        case "u": return .decimal(-6)
        case "m": return .decimal(-3)
        case "k": return .decimal(3)
        case "M": return .decimal(6)
        case "G": return .decimal(9)
        case "T": return .decimal(12)
        case "P": return .decimal(15)
        case "E": return .decimal(18)
        case "Ki": return .binary(10)
        case "Mi": return .binary(20)
        case "Gi": return .binary(30)
        case "Ti": return .binary(40)
        case "Pi": return .binary(50)
        case "Ei": return .binary(60)
        case let text where text.count > 1 && (text.first == "e" || text.first == "E"):
            guard let power = Int32(text.dropFirst()) else { return nil }
            return .decimal(Int(power))
        default: return nil
        }
    }
}
