/// How serious a finding is, in the five levels Trivy, Checkov and SARIF viewers share.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case info
    case low
    case medium
    case high
    case critical

    /// Sort rank: `info` 0 … `critical` 4.
    public var rank: Int {
        switch self {
        case .info: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// Parses a severity name case-insensitively (`HIGH`, `high`); also accepts `unknown` as info.
    public init?(parsing text: String) {
        let lower = text.lowercased()
        if lower == "unknown" || lower == "none" {
            self = .info
            return
        }
        self.init(rawValue: lower)
    }

    public var description: String { rawValue }
}
