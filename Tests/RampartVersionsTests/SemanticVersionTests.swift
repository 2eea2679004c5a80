import RampartVersions
import Testing

@Suite("SemVer versions and dialects")
struct SemanticVersionTests {
    @Test func specPrecedenceExample() {
        // SemVer 2.0.0 §11.
        expectAscending(
            SemanticVersionScheme(),
            [
                "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
                "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1",
            ])
    }

    @Test func buildMetadataIsIgnored() {
        expectEqual(SemanticVersionScheme(), ["1.0.0+a", "1.0.0+b", "1.0.0", "1.0.0+build.5"])
    }

    @Test func hugeNumbers() {
        expectAscending(SemanticVersionScheme(), ["1.0.18446744073709551616", "1.0.99999999999999999999999"])
        expectAscending(
            SemanticVersionScheme(), ["1.0.0-9999999999999999999999", "1.0.0-10000000000000000000000", "1.0.0-a"])
    }

    @Test func goPseudoVersionsAndIncompatible() {
        let go = SemanticVersionScheme(.go)
        expectAscending(
            go,
            [
                "v0.0.0-20191109021931-daa7c04131f5", "v0.0.0-20200131131040-063a3fb69896", "v0.1.0",
                "v1.2.3-0.20200101000000-abcdefabcdef", "v1.2.3", "v2.0.0+incompatible",
            ])
        expectEqual(go, ["v1", "v1.0", "v1.0.0", "1.0.0"])
        expectEqual(go, ["v2.0.0+incompatible", "2.0.0"])
        expectRejected(go, "v1.2.3.4", code: .invalidCharacter)
        expectRejected(go, "1", code: .missingComponent)
    }

    @Test func dialectsDifferInWhatTheyAccept() {
        expectRejected(SemanticVersionScheme(.strict), "v1.0.0", code: .missingComponent)
        expectRejected(SemanticVersionScheme(.cargo), "01.0.0", code: .malformed)
        expectRejected(SemanticVersionScheme(.hex), "1.0", code: .missingComponent)
        expectRejected(SemanticVersionScheme(.strict), "1.0.0-01", code: .malformed)
        expectRejected(SemanticVersionScheme(.strict), "1.0.0-", code: .missingComponent)
        expectRejected(SemanticVersionScheme(.strict), "1.0.0+", code: .missingComponent)
        expectRejected(SemanticVersionScheme(.strict), "", code: .empty)
        expectEqual(SemanticVersionScheme(.npm), [" =v1.2.3 ", "v1.2.3", "1.2.3", "V1.02.3"])
    }

    @Test func pubOrdersBuildMetadataAfterTheRelease() {
        // pub_semver: builds come after no build, and are compared like prerelease identifiers.
        expectAscending(
            SemanticVersionScheme(.pub), ["1.0.0-dev", "1.0.0", "1.0.0+1", "1.0.0+2", "1.0.0+10", "1.0.0+a", "1.0.1"])
    }

    @Test func hexFollowsElixirVersion() {
        // Elixir's Version docs: pre-releases sort before the release; build is ignored.
        expectAscending(SemanticVersionScheme(.hex), ["1.0.0-alpha.3", "1.0.0-rc.0", "1.0.0", "1.0.1", "2.0.0-dev"])
    }
}
