/// A CEL `timestamp`: seconds and nanoseconds since 1970-01-01T00:00:00Z, limited to the years
/// 0001 through 9999.
public struct CELTimestamp: Sendable, Hashable, Comparable {
    /// Whole seconds since the Unix epoch (may be negative).
    public var seconds: Int64
    /// Nanoseconds within the second, `0..<1_000_000_000`.
    public var nanos: Int32

    /// Seconds of 0001-01-01T00:00:00Z.
    public static let minSeconds: Int64 = -62_135_596_800
    /// Seconds of 9999-12-31T23:59:59Z.
    public static let maxSeconds: Int64 = 253_402_300_799

    /// Creates a timestamp, normalizing nanoseconds into `0..<1e9`.
    public init(seconds: Int64, nanos: Int32 = 0) {
        var s = seconds
        var n = Int64(nanos)
        s += n / 1_000_000_000
        n %= 1_000_000_000
        if n < 0 {
            n += 1_000_000_000
            s -= 1
        }
        self.seconds = s
        self.nanos = Int32(n)
    }

    /// `true` when inside the CEL range of years 0001–9999.
    public var isInRange: Bool { seconds >= Self.minSeconds && seconds <= Self.maxSeconds }

    /// Chronological order.
    public static func < (lhs: CELTimestamp, rhs: CELTimestamp) -> Bool {
        lhs.seconds != rhs.seconds ? lhs.seconds < rhs.seconds : lhs.nanos < rhs.nanos
    }
}

/// A CEL `duration`: a signed span with nanosecond precision whose length in nanoseconds fits in
/// 64 bits (about ±292 years), the range the conformance suite and cel-go enforce.
public struct CELDuration: Sendable, Hashable, Comparable {
    /// Whole seconds, rounded toward negative infinity.
    public private(set) var flooredSeconds: Int64
    /// Nanoseconds added to ``flooredSeconds``, `0..<1_000_000_000`.
    public private(set) var flooredNanos: Int32

    /// Creates a duration from seconds and nanoseconds (any signs); `nil` when out of range.
    public init?(seconds: Int64, nanos: Int64 = 0) {
        var s = seconds
        let (extra, remainder) = nanos.quotientAndRemainder(dividingBy: 1_000_000_000)
        let (sum, overflow) = s.addingReportingOverflow(extra)
        guard !overflow else { return nil }
        s = sum
        var n = remainder
        if n < 0 {
            n += 1_000_000_000
            s -= 1
        }
        self.flooredSeconds = s
        self.flooredNanos = Int32(n)
        guard isInRange else { return nil }
    }

    /// Creates a duration of `nanoseconds`.
    public init(nanoseconds: Int64) {
        self.init(seconds: 0, nanos: nanoseconds)!
    }

    /// `true` when the length in nanoseconds fits in 64 bits.
    public var isInRange: Bool { totalNanoseconds != nil }

    /// Whole seconds, truncated toward zero.
    public var seconds: Int64 { flooredSeconds < 0 && flooredNanos > 0 ? flooredSeconds + 1 : flooredSeconds }

    /// Nanoseconds beyond ``seconds`` with the sign of the duration, `-999_999_999…999_999_999`.
    public var nanos: Int64 {
        flooredSeconds < 0 && flooredNanos > 0 ? Int64(flooredNanos) - 1_000_000_000 : Int64(flooredNanos)
    }

    /// The length in nanoseconds, `nil` when it does not fit in 64 bits (beyond ±292 years).
    var totalNanoseconds: Int64? {
        let (product, overflow) = flooredSeconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        let (sum, overflow2) = product.addingReportingOverflow(Int64(flooredNanos))
        return overflow2 ? nil : sum
    }

    /// The length in nanoseconds.
    public var nanoseconds: Int64 { totalNanoseconds ?? (flooredSeconds < 0 ? .min : .max) }

    /// The negated duration, `nil` for the one value whose negation does not fit.
    public var negated: CELDuration? { CELDuration(seconds: -flooredSeconds, nanos: -Int64(flooredNanos)) }

    /// Order by length (negative durations first).
    public static func < (lhs: CELDuration, rhs: CELDuration) -> Bool {
        lhs.flooredSeconds != rhs.flooredSeconds
            ? lhs.flooredSeconds < rhs.flooredSeconds : lhs.flooredNanos < rhs.flooredNanos
    }
}
