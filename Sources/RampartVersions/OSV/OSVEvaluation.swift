/// The outcome of checking one version against an ``OSVAffected`` entry.
public struct OSVEvaluation: Sendable, Equatable {
    /// Why a version was found affected.
    public enum Reason: Sendable, Equatable {
        /// The version falls inside the range at this index of ``OSVAffected/ranges``.
        case range(index: Int)
        /// The version is listed in ``OSVAffected/versions``.
        case listedVersion
    }

    /// `true` when the version is affected.
    public let isAffected: Bool
    /// What made it affected (`nil` when not affected).
    public let reason: Reason?
    /// Indices of ranges that cannot be evaluated for a version string (`GIT` ranges and unknown
    /// types); they never make a version affected by themselves.
    public let unevaluatedRanges: [Int]
    /// Set when the checked version itself does not parse in the range's scheme (it was then ordered
    /// by the scheme's fallback rules).
    public let versionError: VersionParseError?
}

/// The outcome of checking one package version against a whole ``OSVAdvisory``.
public enum OSVAdvisoryVerdict: Sendable, Equatable {
    /// The record is withdrawn: report nothing.
    case withdrawn
    /// An entry for the package says this version is affected.
    case affected(OSVEvaluation)
    /// No entry for the package marks this version (or the package is not named).
    case notAffected
    /// The ecosystem has no known version scheme, so ranges could not be evaluated.
    case unknownEcosystem(String)
}
