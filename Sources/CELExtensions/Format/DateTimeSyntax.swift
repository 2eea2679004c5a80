/// RFC 3339 date and date-time syntax checks used by the `date` and `datetime` formats.
enum DateTimeSyntax {
    /// Reads exactly `count` ASCII digits at `index`.
    static func number(_ bytes: [UInt8], _ index: Int, _ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD` at the start of `bytes`, with a valid day for the month.
    static func dateEnd(_ bytes: [UInt8]) -> Int? {
        guard let year = number(bytes, 0, 4), bytes.count >= 10, bytes[4] == UInt8(ascii: "-"),
            let month = number(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"), let day = number(bytes, 8, 2),
            (1...12).contains(month), day >= 1, day <= daysInMonth(month, year: year)
        else { return nil }
        return 10
    }

    /// RFC 3339 `full-date`.
    static func isFullDate(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        return dateEnd(bytes) == bytes.count
    }

    /// RFC 3339 date-time: `T` (or `t`, or a space), `hh:mm:ss`, optional fraction, and `Z` or `±hh:mm`
    /// (a missing offset is accepted, as kube-openapi's `strfmt` does).
    static func isDateTime(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard let dateLength = dateEnd(bytes), bytes.count > dateLength + 8 else { return false }
        let separator = bytes[dateLength]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else {
            return false
        }
        var index = dateLength + 1
        guard let hour = number(bytes, index, 2), bytes[index + 2] == UInt8(ascii: ":"),
            let minute = number(bytes, index + 3, 2), bytes[index + 5] == UInt8(ascii: ":"),
            let second = number(bytes, index + 6, 2), hour < 24, minute < 60, second < 61
        else { return false }
        index += 8
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            guard index > start else { return false }
        }
        if index == bytes.count { return true }
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return index + 1 == bytes.count
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let offsetHour = number(bytes, index + 1, 2), offsetHour < 24 else { return false }
            if index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                let offsetMinute = number(bytes, index + 4, 2)
            {
                return offsetMinute < 60
            }
            if index + 5 == bytes.count, let offsetMinute = number(bytes, index + 3, 2) { return offsetMinute < 60 }
            return false
        default:
            return false
        }
    }
}
