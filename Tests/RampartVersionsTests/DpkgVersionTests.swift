import RampartVersions
import Testing

@Suite("dpkg versions")
struct DpkgVersionTests {
    let scheme = DpkgVersionScheme()

    @Test func tildeSortsBeforeEverythingEvenTheEnd() {
        expectAscending(scheme, ["1.0~~", "1.0~", "1.0~rc1", "1.0", "1.0+b1", "1.0.1"])
    }

    @Test func lettersSortBeforeOtherCharacters() {
        expectAscending(scheme, ["1.0", "1.0a", "1.0+", "1.0.1"])
        expectAscending(scheme, ["1.0-1ubuntu1", "1.0-1+deb12u1"])
        expectAscending(scheme, ["1.0-1~bpo1", "1.0-1"])
    }

    @Test func epochDominates() {
        expectAscending(scheme, ["99:1.0", "100:0.1"])
        expectAscending(scheme, ["1:99", "2:0.1"])
        #expect(scheme.compare("0:1.0", "1.0") == 0)
    }

    @Test func hugeDigitRunsCompareNumerically() {
        expectAscending(scheme, ["99999999999999999999999", "100000000000000000000000"])
        expectAscending(scheme, ["1.18446744073709551615", "1.18446744073709551616"])
        expectEqual(scheme, ["1.0", "1.00", "1.000-0", "0:1.0"])
    }

    @Test func missingRevisionEqualsZero() throws {
        #expect(scheme.compare("1.0", "1.0-0") == 0)
        let version = try scheme.parse("2:1.2-3-4")
        #expect(version.epoch == 2)
        #expect(version.upstream == "1.2-3")
        #expect(version.revision == "4")
        #expect(version.description == "2:1.2-3-4")
    }

    @Test func invalidInputIsAnErrorNotACrash() {
        expectRejected(scheme, "", code: .empty)
        expectRejected(scheme, "   ", code: .empty)
        expectRejected(scheme, ":1.0", code: .invalidEpoch)
        expectRejected(scheme, "a:1.0", code: .invalidEpoch)
        expectRejected(scheme, "99999999999:1.0", code: .invalidEpoch)
        expectRejected(scheme, "1:", code: .missingComponent)
        expectRejected(scheme, "1.0-", code: .missingComponent)
        expectRejected(scheme, "abc", code: .malformed)
        expectRejected(scheme, "1.0$", code: .invalidCharacter)
        expectRejected(scheme, "1.0 2", code: .invalidCharacter)
    }

    @Test func compareAcceptsWhatDpkgOnlyWarnsAbout() {
        // `dpkg --compare-versions a gt 1` is true (with a warning); the same here.
        #expect(scheme.compare("a", "1") == 1)
        #expect(scheme.compare("1.0$", "1.0%") == -1)
    }
}
