import RampartVersions
import Testing

@Suite("Scheme registry and ecosystems")
struct VersionRegistryTests {
    @Test func idsAreUnique() {
        let ids = BuiltinVersionSchemes.all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate scheme ids in \(ids)")
        #expect(BuiltinVersionSchemes.all.allSatisfy { $0.version >= 1 })
    }

    @Test(arguments: [
        ("Debian:12", "dpkg"), ("Debian:3.0", "dpkg"), ("Ubuntu:22.04:LTS", "dpkg"), ("Alpine:v3.19", "apk"),
        ("Red Hat", "rpm"), ("Rocky Linux:9", "rpm"), ("AlmaLinux:8", "rpm"), ("PyPI", "pep440"), ("npm", "npm"),
        ("crates.io", "cargo"), ("Go", "go"), ("Maven", "maven"), ("RubyGems", "rubygems"), ("NuGet", "nuget"),
        ("Packagist", "composer"), ("Hex", "hex"), ("Pub", "pub"),
    ])
    func ecosystemMapsToScheme(ecosystem: String, schemeID: String) {
        #expect(VersionEcosystems.scheme(forEcosystem: ecosystem)?.id == schemeID)
    }

    @Test func unknownEcosystemHasNoScheme() {
        #expect(VersionEcosystems.scheme(forEcosystem: "Hackage") == nil)
        #expect(VersionEcosystems.scheme(forEcosystem: "") == nil)
    }

    @Test func everyMappedSchemeIsRegistered() {
        for (ecosystem, id) in VersionEcosystems.schemeIDs {
            #expect(BuiltinVersionSchemes.scheme(id: id) != nil, "\(ecosystem) maps to unregistered scheme \(id)")
        }
    }
}
