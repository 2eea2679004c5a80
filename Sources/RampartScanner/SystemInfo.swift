import Foundation

/// Facts about the machine the scan runs on.
public enum SystemInfo {
    /// Active processor cores.
    public static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Today's date as `YYYY-MM-DD` (UTC), for suppression expiries.
    public static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }

    /// Now as an ISO 8601 timestamp.
    public static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
