import CELExtensions
import Testing

/// Random and adversarial strings through every parser: nothing may trap, and each parser must
/// either succeed or report an error.
@Suite struct HostileInputTests {
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet = Array("0123456789abcdefABCDEFxXvV.:/%[]@?#&=+-_eEinumkKMGTPi ©é\u{0}\\")

    func randomStrings(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...24, using: &generator)
            return String((0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! })
        }
    }

    @Test func parsersNeverTrap() throws {
        for text in randomStrings(count: 20_000, seed: 42) {
            _ = Quantity.isValid(text)
            _ = Semver.isValid(text)
            _ = Semver.isValid(text, normalize: true)
            _ = IPAddress.isValid(text)
            _ = IPPrefix.isValid(text)
            _ = KubernetesURL.isValid(text)
            if let url = try? KubernetesURL(parsing: text) {
                _ = (url.hostname, url.port, url.escapedPath, url.query)
            }
            for format in NamedFormat.all { _ = format.validate(text) }
            _ = Base64Codec.decode(text, allowUnpadded: true)
            _ = StringFunctions.split(text, ":")
            _ = StringFunctions.replace(text, ".", "")
            _ = try? StringFunctions.indexOf(text, "a", offset: 1)
            _ = try? StringFunctions.lastIndexOf(text, "a", offset: 1)
        }
    }

    @Test func adversarialShapes() {
        let shapes = [
            String(repeating: ":", count: 10_000), String(repeating: "1.", count: 5_000),
            "[" + String(repeating: "f", count: 10_000) + "]", String(repeating: "%", count: 10_000),
            "https://" + String(repeating: "@", count: 10_000), String(repeating: "9", count: 9_999) + "Ei",
            "1e-10000", "1e10000", "-0.000000000000000000001", String(repeating: "v", count: 3) + "1",
        ]
        for text in shapes {
            _ = Quantity.isValid(text)
            _ = Semver.isValid(text, normalize: true)
            _ = IPAddress.isValid(text)
            _ = IPPrefix.isValid(text)
            _ = KubernetesURL.isValid(text)
            for format in NamedFormat.all { _ = format.validate(text) }
        }
        #expect(Quantity.isValid("1e-10000"))
        #expect(!Quantity.isValid("1e10001"))
    }
}
