import RampartVersions
import Testing

@Suite("PEP 440 versions")
struct PEP440VersionTests {
    let scheme = PEP440VersionScheme()

    @Test func fullOrderingOfOneRelease() {
        expectAscending(
            scheme,
            [
                "1.0.dev0", "1.0a1.dev1", "1.0a1", "1.0b2", "1.0rc1", "1.0c2", "1.0", "1.0+local",
                "1.0+local.a", "1.0+local.1", "1.0.post1.dev0", "1.0.post1", "1.0-2", "1.1", "1!0.1",
            ])
    }

    @Test(arguments: [
        ("V1.0-ALPHA", "1.0a0"), ("1.0preview2", "1.0rc2"), ("1.0.0-1", "1.0.0.post1"), ("1.0_rev3", "1.0.post3"),
        ("1.0a.1", "1.0a1"), ("1.0-r", "1.0.post0"), ("1.0.a", "1.0a0"), ("  2.0.0-BETA.3  ", "2.0.0b3"),
        ("1!2.0c1.r4-dev5+Ubuntu-1_2", "1!2.0rc1.post4.dev5+ubuntu.1.2"),
    ])
    func normalisation(text: String, normalized: String) throws {
        #expect(try scheme.parse(text).description == normalized)
        #expect(scheme.compare(text, normalized) == 0)
    }

    @Test func trailingZerosAndLocalLabels() {
        expectEqual(scheme, ["1.0", "1.0.0", "1", "v1.0.0.0", "0!1"])
        expectAscending(scheme, ["1.0+ab", "1.0+ab.0", "1.0+abc.5", "1.0+abc.10", "1.0+5"])
    }

    @Test func hugeNumbers() {
        expectAscending(
            scheme, ["1.0.post3954842791", "1.0.post99999999999999999999", "1.0.post100000000000000000000"])
        expectAscending(scheme, ["99999999999999999999!1.0", "100000000000000000000!0.1"])
    }

    @Test func invalidInput() {
        expectRejected(scheme, "", code: .empty)
        expectRejected(scheme, "abc", code: .missingComponent)
        expectRejected(scheme, "1.0-", code: .invalidCharacter)
        expectRejected(scheme, "1.0+", code: .malformed)
        expectRejected(scheme, "1.0.dev1.post1", code: .invalidCharacter)
        expectRejected(scheme, "1!", code: .missingComponent)
        expectRejected(scheme, "1.0 beta", code: .invalidCharacter)
    }
}
