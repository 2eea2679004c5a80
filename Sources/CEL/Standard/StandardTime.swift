import Foundation

/// Timestamp and duration accessors (`getFullYear` … `getMilliseconds`) with optional time zones.
enum StandardTime {
    /// Offset in seconds of a time zone argument at an instant: `UTC`, an IANA name such as
    /// `America/Los_Angeles` (from the system's zoneinfo database), or a fixed `±hh:mm` / `hh:mm`.
    static func offset(_ zone: String, at seconds: Int64) -> Int64? {
        resolve(zone)?.offset(at: seconds)
    }

    /// A parsed time-zone argument.
    enum Zone: Sendable {
        case fixed(Int64)
        case named(TimeZone)

        func offset(at seconds: Int64) -> Int64 {
            switch self {
            case .fixed(let offset): return offset
            case .named(let zone): return Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
            }
        }
    }

    static func resolve(_ zone: String) -> Zone? {
        if zone == "UTC" || zone == "Z" { return .fixed(0) }
        var text = Substring(zone)
        var sign: Int64 = 1
        if let first = text.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            text = text.dropFirst()
        }
        let parts = text.split(separator: ":")
        if parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hours = Int64(parts[0]), let minutes = Int64(parts[1]), hours < 24, minutes < 60
        {
            return .fixed(sign * (hours * 3600 + minutes * 60))
        }
        return TimeZone(identifier: zone).map { .named($0) }
    }

    enum Field { case fullYear, month, dayOfYear, date, dayOfMonth, dayOfWeek, hours, minutes, seconds, milliseconds }

    static func field(_ field: Field, _ t: CELTimestamp, offset: Int64) -> Int64 {
        let local = t.seconds + offset
        let days = TimeMath.floorDiv(local, 86400)
        let secondOfDay = local - days * 86400
        switch field {
        case .hours: return secondOfDay / 3600
        case .minutes: return secondOfDay % 3600 / 60
        case .seconds: return secondOfDay % 60
        case .milliseconds: return Int64(t.nanos) / 1_000_000
        case .dayOfWeek: return ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
        default: break
        }
        let (year, month, day) = TimeMath.civil(fromDays: days)
        switch field {
        case .fullYear: return year
        case .month: return month - 1
        case .date: return day
        case .dayOfMonth: return day - 1
        default: return days - TimeMath.days(year: year, month: 1, day: 1)
        }
    }

    static func timestampAccessor(_ name: String, _ field: Field) -> CELFunction {
        var withZone = CELOverload.binary("timestamp_to_\(name)_with_tz", .timestamp, .string, .int, member: true) {
            value, zone in
            guard case .timestamp(let t) = value, case .string(let z) = zone else {
                return .error(CELError.noSuchOverload(name, [value, zone]))
            }
            guard let offset = offset(z, at: t.seconds) else {
                return .error(.invalidArgument, "unknown time zone '\(z)'")
            }
            return .int(StandardTime.field(field, t, offset: offset))
        }
        // A constant zone is resolved once, when the expression is planned.
        withZone.specialize = { constants in
            guard constants.count == 2, case .string(let zoneName)? = constants[1] else { return nil }
            guard let zone = resolve(zoneName) else {
                let failure = CELValue.error(.invalidArgument, "unknown time zone '\(zoneName)'")
                return .binary { _, _ in failure }
            }
            return .binary { value, _ in
                guard case .timestamp(let t) = value else { return .error(CELError.noSuchOverload(name, [value])) }
                return .int(StandardTime.field(field, t, offset: zone.offset(at: t.seconds)))
            }
        }
        return CELFunction(
            name,
            .unary("timestamp_to_\(name)", .timestamp, .int, member: true) { value in
                guard case .timestamp(let t) = value else { return .error(CELError.noSuchOverload(name, [value])) }
                return .int(StandardTime.field(field, t, offset: 0))
            },
            withZone)
    }

    static func durationAccessor(_ name: String, _ body: @escaping @Sendable (CELDuration) -> Int64) -> CELOverload {
        .unary("duration_to_\(name)", .duration, .int, member: true) { value in
            guard case .duration(let d) = value else { return .error(CELError.noSuchOverload(name, [value])) }
            return .int(body(d))
        }
    }

    static var functions: [CELFunction] {
        var result: [CELFunction] = [
            timestampAccessor("getFullYear", .fullYear),
            timestampAccessor("getMonth", .month),
            timestampAccessor("getDayOfYear", .dayOfYear),
            timestampAccessor("getDate", .date),
            timestampAccessor("getDayOfMonth", .dayOfMonth),
            timestampAccessor("getDayOfWeek", .dayOfWeek),
        ]
        var hours = timestampAccessor("getHours", .hours)
        hours.overloads.append(durationAccessor("getHours") { $0.nanoseconds / 3_600_000_000_000 })
        var minutes = timestampAccessor("getMinutes", .minutes)
        minutes.overloads.append(durationAccessor("getMinutes") { $0.nanoseconds / 60_000_000_000 })
        var seconds = timestampAccessor("getSeconds", .seconds)
        seconds.overloads.append(durationAccessor("getSeconds") { $0.seconds })
        var milliseconds = timestampAccessor("getMilliseconds", .milliseconds)
        milliseconds.overloads.append(durationAccessor("getMilliseconds") { $0.nanos / 1_000_000 })
        result += [hours, minutes, seconds, milliseconds]
        return result
    }
}
