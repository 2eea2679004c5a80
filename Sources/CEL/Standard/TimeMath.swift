/// Timestamp and duration arithmetic with CEL's range checks.
enum TimeMath {
    static func rangeError(_ what: String = "timestamp") -> CELValue { .error(.overflow, "\(what) out of range") }

    /// `timestamp + duration`, an error outside years 0001–9999.
    static func add(_ t: CELTimestamp, _ d: CELDuration) -> CELValue {
        let (s, o) = t.seconds.addingReportingOverflow(d.flooredSeconds)
        if o { return rangeError() }
        let result = CELTimestamp(seconds: s, nanos: t.nanos + d.flooredNanos)
        return result.isInRange ? .timestamp(result) : rangeError()
    }

    /// `timestamp - timestamp`, an error when the duration does not fit.
    static func difference(_ a: CELTimestamp, _ b: CELTimestamp) -> CELValue {
        let (s, o) = a.seconds.subtractingReportingOverflow(b.seconds)
        guard !o, let d = CELDuration(seconds: s, nanos: Int64(a.nanos) - Int64(b.nanos)) else {
            return rangeError("duration")
        }
        return .duration(d)
    }

    /// Civil date of a day count since 1970-01-01 (proleptic Gregorian).
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// Days since 1970-01-01 of a civil date.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Floor division.
    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
