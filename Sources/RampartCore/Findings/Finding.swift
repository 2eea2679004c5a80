/// One problem Rampart reports: a rule that failed on a target, located as precisely as the input
/// allows.
///
/// Findings are values: scanners produce them, suppressions change their ``status``, and report
/// formats render them. The ``fingerprint`` identifies the same problem across runs even when lines
/// move, so baselines and SARIF `partialFingerprints` work.
public struct Finding: Sendable, Hashable, Codable {
    /// What kind of scanner produced the finding.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let misconfiguration = Kind(rawValue: "misconfiguration")
        public static let vulnerability = Kind(rawValue: "vulnerability")
        public static let secret = Kind(rawValue: "secret")
        public static let license = Kind(rawValue: "license")
        public static let compliance = Kind(rawValue: "compliance")
        public static let runtime = Kind(rawValue: "runtime")
    }

    public var kind: Kind
    /// The rule that fired (`RuleMetadata.id`).
    public var ruleID: String
    /// Severity (the rule's, possibly adjusted by configuration).
    public var severity: Severity
    /// The rule's title, repeated for readers that see one finding alone.
    public var title: String
    /// What was scanned: a file path relative to the scan root, or an image reference.
    public var target: String
    /// The resource inside the target, e.g. `Deployment/default/web` or `stage builder`.
    public var resource: String?
    /// Where the problem is; `nil` when it has no position (a whole image).
    public var location: SourceRange?
    /// A sentence about this occurrence (`container "app" runs privileged`).
    public var message: String
    /// A short excerpt of the offending content; secrets appear only masked.
    public var evidence: String?
    public var status: Status
    /// Stable identity across runs: rule + target + resource + normalized content, never lines.
    public var fingerprint: String

    /// Creates a finding; the fingerprint is computed from the identifying parts.
    public init(
        kind: Kind, ruleID: String, severity: Severity, title: String, target: String, resource: String? = nil,
        location: SourceRange? = nil, message: String, evidence: String? = nil, status: Status = .fail,
        fingerprintContent: String? = nil
    ) {
        self.kind = kind
        self.ruleID = ruleID
        self.severity = severity
        self.title = title
        self.target = target
        self.resource = resource
        self.location = location
        self.message = message
        self.evidence = evidence
        self.status = status
        self.fingerprint = Fingerprint.make(
            ruleID, target, resource ?? "", fingerprintContent ?? evidence ?? message
        )
    }

    /// `true` when the finding is not suppressed.
    public var isFailing: Bool {
        if case .fail = status { return true }
        return false
    }
}

extension Finding {
    /// Whether a finding counts or was deliberately suppressed.
    public enum Status: Sendable, Hashable, Codable {
        case fail
        case suppressed(Suppression)
    }
}

/// Why a finding was suppressed, and by what.
public struct Suppression: Sendable, Hashable, Codable {
    /// Where the suppression was written.
    public enum Source: String, Sendable, Hashable, Codable {
        /// `# rampart:ignore:ID` or a peer marker in the file.
        case inline
        /// An entry of `.rampartignore`.
        case ignoreFile
        /// An annotation on the resource (`checkov.io/skip1`).
        case annotation
        /// A VEX statement (vulnerabilities).
        case vex
    }

    public var source: Source
    /// The justification the author gave, or an empty string.
    public var reason: String
    /// Where the suppression is, when it is in a file.
    public var location: SourceRange?
    /// The marker as written (`rampart:ignore:RMP-K8S-0001`, `checkov:skip=CKV_K8S_16`).
    public var marker: String

    /// Creates a suppression.
    public init(source: Source, reason: String, location: SourceRange? = nil, marker: String) {
        self.source = source
        self.reason = reason
        self.location = location
        self.marker = marker
    }
}
