import RampartVersions
import Testing

@Suite("Maven, RubyGems, NuGet and Composer versions")
struct EcosystemSchemeTests {
    @Test func mavenQualifierOrder() {
        let maven = MavenVersionScheme()
        // ComparableVersion's documented qualifier order.
        expectAscending(
            maven, ["1-alpha", "1-beta", "1-milestone", "1-rc", "1-snapshot", "1", "1-sp", "1-abc", "1-xyz"])
        expectAscending(
            maven,
            ["1.0-alpha1", "1.0-alpha2", "1.0-beta1", "1.0-m1", "1.0-rc1", "1.0-SNAPSHOT", "1.0", "1.0-sp1", "1.0.1"])
        expectEqual(maven, ["1", "1.0", "1.0.0", "1-ga", "1.GA", "1-final", "1-release", "1-0"])
        expectEqual(maven, ["1-cr1", "1-rc1", "1-RC-1", "1.0-RC1", "1.0.RC1"])
        // MNG-7644: a dotted qualifier behaves like a hyphenated one.
        expectAscending(maven, ["1.0.0.RC1", "1.0.0-RC2", "1.0.0"])
        expectEqual(maven, ["1.0.X", "1-X", "1.0.0.X"])
        expectEqual(maven, ["1.foo", "1-foo"])
        expectEqual(maven, ["1-a1", "1-alpha-1", "1-alpha1"])
        expectAscending(maven, ["1", "1.1", "1.2", "1.10"])
        expectAscending(maven, ["1-foo2", "1-foo10"])
        expectAscending(maven, ["1.foo", "1-1", "1.1"])
        expectAscending(maven, ["1.0.0-99999999999999999999", "1.0.0-100000000000000000000"])
        expectRejected(maven, "", code: .empty)
    }

    @Test func rubyGemsPrereleasesAndPadding() throws {
        let gems = RubyGemsVersionScheme()
        // Gem::Version documentation: a letter makes a prerelease, which sorts before the release.
        expectAscending(gems, ["1.0.a", "1.0.a2", "1.0.b1", "1.0.rc1", "1.0", "1.0.1", "1.1", "1.10"])
        expectEqual(gems, ["1.0", "1", "1.0.0"])
        expectEqual(gems, ["", "0", "0.0"])
        expectEqual(gems, ["1.0-1", "1.0.pre.1"])
        expectAscending(gems, ["2.0.0.pre", "2.0.0.rc1", "2.0.0"])
        #expect(try gems.parse("1.0.b1").isPrerelease)
        #expect(try !gems.parse("1.0.1").isPrerelease)
        expectRejected(gems, "junk", code: .malformed)
        expectRejected(gems, "1..2", code: .malformed)
        expectRejected(gems, "1.0-", code: .malformed)
    }

    @Test func nuGetFourPartsAndCaseInsensitiveLabels() {
        let nuget = NuGetVersionScheme()
        expectAscending(
            nuget, ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-Beta", "1.0.0-rc.1", "1.0.0", "1.0.0.1", "1.0.1", "1.1"])
        expectEqual(nuget, ["1.0.0-RC1", "1.0.0-rc1", "1.0.0-Rc1+build"])
        expectEqual(nuget, ["1", "1.0", "1.0.0", "1.0.0.0", "1.0.0+meta"])
        expectAscending(nuget, ["1.0.0-2", "1.0.0-10", "1.0.0-a"])
        expectRejected(nuget, "v1.0", code: .missingComponent)
        expectRejected(nuget, "1.0.0.0.0", code: .invalidCharacter)
        expectRejected(nuget, "1.0-", code: .malformed)
    }

    @Test func composerStabilityOrder() throws {
        let composer = ComposerVersionScheme()
        expectAscending(
            composer,
            [
                "1.0.0-dev", "1.0.0-alpha1", "1.0.0-beta", "1.0.0-beta2", "1.0.0-RC1", "1.0.0", "1.0.0-p1",
                "1.0.0-patch2", "1.0.1",
            ])
        expectEqual(composer, ["v1.0", "1.0.0", "1.0.0.0", "1.0.0-stable"])
        expectEqual(composer, ["1.0.0-b2", "1.0.0-beta2", "1.0.0beta.2", "1.0.0.beta-2"])
        expectEqual(composer, ["1.0.0-pl1", "1.0.0-p1", "1.0.0-patch1"])
        #expect(try composer.parse("v2.1-RC3").normalized == "2.1.0.0-RC3")
        #expect(try composer.parse("1.0.0-beta2-dev").normalized == "1.0.0.0-beta2-dev")
        #expect(try composer.parse("1.x-dev").normalized == "1.9999999.9999999.9999999-dev")
        #expect(try composer.parse("v2.1.*-dev").normalized == "2.1.9999999.9999999-dev")
        expectAscending(composer, ["1.5.0", "1.x-dev", "2.0.0-dev", "2.0.0"])
        expectRejected(composer, "1.x", code: .malformed)
        expectRejected(composer, "dev-main", code: .malformed)
        expectRejected(composer, "1.0.0-foo", code: .malformed)
        expectRejected(composer, "", code: .empty)
    }
}
