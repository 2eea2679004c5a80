import RampartCore
import Testing

@Suite struct FingerprintTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func sha256MatchesFIPSVectors(input: String, expected: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == expected)
    }

    @Test func sha256OfMillionAs() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func fingerprintIgnoresWhitespaceButNotContent() {
        let a = Fingerprint.make("RMP-1", "a.yaml", "Pod/x", "privileged:  true")
        let b = Fingerprint.make("RMP-1", "a.yaml", "Pod/x", "privileged: true\n")
        let c = Fingerprint.make("RMP-1", "a.yaml", "Pod/y", "privileged: true")
        #expect(a == b)
        #expect(a != c)
        #expect(a.count == 32)
    }

    @Test func severityParsingAndOrder() {
        #expect(Severity(parsing: "HIGH") == .high)
        #expect(Severity(parsing: "unknown") == .info)
        #expect(Severity(parsing: "bogus") == nil)
        #expect(Severity.critical > .high && Severity.low > .info)
    }
}
