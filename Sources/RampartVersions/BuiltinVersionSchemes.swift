/// The registry of version schemes Rampart ships: one line per scheme.
///
/// Adding a scheme means one new folder entry under `Schemes/` and one line here; a test checks
/// that ids are unique.
public enum BuiltinVersionSchemes {
    /// Every built-in scheme.
    public static let all: [any VersionScheme] = [
        DpkgVersionScheme(),
        RpmVersionScheme(),
        PEP440VersionScheme(),
        SemanticVersionScheme(.strict),
        SemanticVersionScheme(.npm),
        SemanticVersionScheme(.cargo),
        SemanticVersionScheme(.go),
        SemanticVersionScheme(.hex),
        SemanticVersionScheme(.pub),
        ApkVersionScheme(),
        MavenVersionScheme(),
        RubyGemsVersionScheme(),
        NuGetVersionScheme(),
        ComposerVersionScheme(),
    ]

    /// The scheme with the given id, such as `dpkg` or `pep440`.
    public static func scheme(id: String) -> (any VersionScheme)? {
        all.first { $0.id == id }
    }
}
