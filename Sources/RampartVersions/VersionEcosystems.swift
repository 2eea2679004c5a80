/// Maps OSV ecosystem names (`Debian:12`, `PyPI`, `Alpine:v3.19` …) to their version scheme.
public enum VersionEcosystems {
    /// The scheme id for each OSV ecosystem name (without the `:release` suffix).
    public static let schemeIDs: [String: String] = [
        "Debian": "dpkg", "Ubuntu": "dpkg",
        "Alpine": "apk", "Wolfi": "apk", "Chainguard": "apk",
        "Red Hat": "rpm", "Rocky Linux": "rpm", "AlmaLinux": "rpm", "openSUSE": "rpm", "SUSE": "rpm",
        "Mageia": "rpm", "openEuler": "rpm", "Photon OS": "rpm",
        "PyPI": "pep440",
        "npm": "npm",
        "crates.io": "cargo",
        "Go": "go",
        "Maven": "maven",
        "RubyGems": "rubygems",
        "NuGet": "nuget",
        "Packagist": "composer",
        "Hex": "hex",
        "Pub": "pub",
        "SwiftURL": "semver",
    ]

    /// The base ecosystem of an OSV name: `Ubuntu:22.04:LTS` → `Ubuntu`, `Alpine:v3.19` → `Alpine`.
    public static func baseName(of ecosystem: String) -> Substring {
        ecosystem.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    /// The scheme for an OSV ecosystem, or `nil` when Rampart does not know its ordering.
    public static func scheme(forEcosystem ecosystem: String) -> (any VersionScheme)? {
        guard let id = schemeIDs[String(baseName(of: ecosystem))] else { return nil }
        return BuiltinVersionSchemes.scheme(id: id)
    }
}
