import RampartVersions
import Testing

@Suite("apk versions")
struct ApkVersionTests {
    let scheme = ApkVersionScheme()

    @Test func suffixesAroundTheRelease() {
        expectAscending(
            scheme,
            [
                "1.2.3_alpha", "1.2.3_alpha2", "1.2.3_beta", "1.2.3_pre1", "1.2.3_rc1", "1.2.3_rc2",
                "1.2.3", "1.2.3-r1", "1.2.3-r10", "1.2.3_cvs", "1.2.3_svn", "1.2.3_git20200101", "1.2.3_hg",
                "1.2.3_p1", "1.2.3_p2", "1.2.4",
            ])
    }

    @Test func numbersLettersAndRevisions() {
        expectAscending(scheme, ["1.2", "1.2a", "1.2b", "1.2.1", "1.10", "1.10.0_p1"])
        expectAscending(scheme, ["0.9.9-r5", "1.0-r0", "1.0-r1", "1.0.0"])
        expectAscending(scheme, ["2.4.46-r0", "2.4.46-r1", "2.4.48-r0"])
        expectAscending(scheme, ["1.01", "1.1"])
        // apk-tools: a suffix without a number ends the version, so it sorts before the numbered one.
        expectAscending(scheme, ["1.0_rc", "1.0_rc0", "1.0_rc1"])
    }

    @Test func zeroComponentBeforeASuffix() {
        // A zero after a dot is still followed by its suffix: 1.0.0_rc7 upgrades to 1.0.0.
        expectAscending(scheme, ["1.0.0_rc7", "1.0.0_rc7-r1", "1.0.0", "1.0.0-r1", "1.0.0_p1"])
        expectAscending(scheme, ["7.51.0_alpha", "7.51.0", "7.51.0a"])
    }

    @Test func hugeNumbers() {
        expectAscending(scheme, ["1.99999999999999999999999", "1.100000000000000000000000"])
    }

    @Test func invalidInput() {
        expectRejected(scheme, "", code: .empty)
        expectRejected(scheme, "abc", code: .malformed)
        expectRejected(scheme, "1.0-foo", code: .malformed)
        expectRejected(scheme, "1.0_xyz", code: .malformed)
        expectRejected(scheme, "1.0-r1.2", code: .malformed)
        #expect(scheme.isValid("1.2.3_rc1_p2-r4"))
        #expect(scheme.isValid("20200101"))
    }
}
