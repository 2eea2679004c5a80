/// Parsing and formatting of RFC 3339 timestamps and Go-style duration strings.
enum TimeText {
    /// Parses `2009-02-13T23:31:30.123Z` or with a `±hh:mm` offset.
    static func parseTimestamp(_ text: String) -> CELValue {
        let bytes = Array(text.utf8)
        func fail() -> CELValue { .error(.invalidArgument, "timestamp('\(text)'): invalid RFC 3339 timestamp") }
        var i = 0
        func number(_ count: Int) -> Int64? {
            guard i + count <= bytes.count, count <= 18 else { return nil }
            var value: Int64 = 0
            for k in 0..<count {
                let c = bytes[i + k]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int64(c - 48)
            }
            i += count
            return value
        }
        func expect(_ c: UInt8...) -> Bool {
            guard i < bytes.count, c.contains(bytes[i]) else { return false }
            i += 1
            return true
        }
        // Years beyond 9999 have more digits: count them to report a range error.
        var yearDigits = 0
        while i + yearDigits < bytes.count, bytes[i + yearDigits] >= 48, bytes[i + yearDigits] <= 57 { yearDigits += 1 }
        if yearDigits > 9 { return TimeMath.rangeError() }
        guard yearDigits >= 4, let year = number(yearDigits), expect(45), let month = number(2), expect(45),
            let day = number(2), expect(84, 116), let hour = number(2), expect(58), let minute = number(2), expect(58),
            let second = number(2)
        else { return fail() }
        var nanos: Int64 = 0
        if i < bytes.count, bytes[i] == 46 {
            i += 1
            var digits = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                if digits < 9 { nanos = nanos * 10 + Int64(bytes[i] - 48) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return fail() }
            for _ in digits..<max(digits, 9) { nanos *= 10 }
        }
        var offset: Int64 = 0
        if expect(90, 122) {
        } else if i < bytes.count, bytes[i] == 43 || bytes[i] == 45 {
            let sign: Int64 = bytes[i] == 45 ? -1 : 1
            i += 1
            guard let h = number(2), expect(58), let m = number(2), h < 24, m < 60 else { return fail() }
            offset = sign * (h * 3600 + m * 60)
        } else {
            return fail()
        }
        guard i == bytes.count, (1...12).contains(month), day >= 1, day <= daysInMonth(year, month), hour < 24,
            minute < 60, second < 60
        else { return fail() }
        let days = TimeMath.days(year: year, month: month, day: day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        let timestamp = CELTimestamp(seconds: seconds, nanos: Int32(nanos))
        return timestamp.isInRange ? .timestamp(timestamp) : TimeMath.rangeError()
    }

    static func daysInMonth(_ year: Int64, _ month: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Formats as RFC 3339 in UTC with the fraction trimmed of trailing zeros.
    static func format(_ t: CELTimestamp) -> String {
        let days = TimeMath.floorDiv(t.seconds, 86400)
        let secondOfDay = t.seconds - days * 86400
        let (year, month, day) = TimeMath.civil(fromDays: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let s = String(value)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var out = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
        out += "\(pad(secondOfDay % 3600 / 60, 2)):\(pad(secondOfDay % 60, 2))"
        if t.nanos > 0 { out += "." + fraction(Int64(t.nanos)) }
        return out + "Z"
    }

    /// Nanoseconds as fraction digits without trailing zeros.
    static func fraction(_ nanos: Int64) -> String {
        var digits = String(nanos)
        digits = String(repeating: "0", count: 9 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits
    }

    /// Formats a duration as seconds, e.g. `1.5s` or `-3600s`.
    static func format(_ d: CELDuration) -> String {
        let seconds = d.seconds
        let nanos = d.nanos
        var out = (seconds == 0 && nanos < 0) ? "-0" : String(seconds)
        if nanos != 0 { out += "." + fraction(abs(nanos)) }
        return out + "s"
    }

    /// Parses a Go-style duration: `1h2m3.5s`, `-10ms`, `250us`, `0`.
    static func parseDuration(_ text: String) -> CELValue {
        func fail() -> CELValue { .error(.invalidArgument, "duration('\(text)'): invalid duration") }
        var scalars = Substring(text)
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        if scalars == "0" { return .duration(CELDuration(nanoseconds: 0)) }
        guard !scalars.isEmpty else { return fail() }
        var totalSeconds: Double = 0
        var totalNanos: Int64 = 0
        var overflow = false
        while !scalars.isEmpty {
            let numberPart = scalars.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !numberPart.isEmpty, numberPart != "." else { return fail() }
            scalars = scalars.dropFirst(numberPart.count)
            let unitPart = scalars.prefix { !($0.isASCII && ($0.isNumber || $0 == ".")) }
            scalars = scalars.dropFirst(unitPart.count)
            let unitNanos: Int64
            switch unitPart {
            case "h": unitNanos = 3_600_000_000_000
            case "m": unitNanos = 60_000_000_000
            case "s": unitNanos = 1_000_000_000
            case "ms": unitNanos = 1_000_000
            case "us", "µs", "μs": unitNanos = 1_000
            case "ns": unitNanos = 1
            default: return fail()
            }
            let parts = numberPart.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, let whole = parts[0].isEmpty ? 0 : Int64(parts[0]) else {
                if parts.count <= 2, parts[0].allSatisfy(\.isNumber) { overflow = true; break }
                return fail()
            }
            let (product, o1) = whole.multipliedReportingOverflow(by: unitNanos)
            let (sum, o2) = totalNanos.addingReportingOverflow(product)
            if o1 || o2 { overflow = true }
            totalNanos = sum
            totalSeconds += Double(whole) * Double(unitNanos) / 1e9
            if parts.count == 2, !parts[1].isEmpty {
                var scale = Double(unitNanos)
                var fractionNanos = 0.0
                for digit in parts[1] {
                    guard let v = digit.wholeNumberValue else { return fail() }
                    scale /= 10
                    fractionNanos += Double(v) * scale
                }
                let (s2, o3) = totalNanos.addingReportingOverflow(Int64(fractionNanos))
                if o3 { overflow = true }
                totalNanos = s2
            }
        }
        if overflow || totalSeconds > 9.3e9 {
            return .error(.overflow, "duration('\(text)'): duration out of range")
        }
        return .duration(CELDuration(nanoseconds: negative ? -totalNanos : totalNanos))
    }
}
