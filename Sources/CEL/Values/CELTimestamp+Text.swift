extension CELTimestamp {
    /// RFC 3339 text in UTC, as `string(timestamp)` prints it (`2009-02-13T23:31:30.5Z`).
    public var rfc3339: String { TimeText.format(self) }
}

extension CELDuration {
    /// Seconds with a fraction, as `string(duration)` prints it (`1.5s`, `-3600s`).
    public var secondsText: String { TimeText.format(self) }
}
