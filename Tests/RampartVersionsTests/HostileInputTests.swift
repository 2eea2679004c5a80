import RampartVersions
import Testing

/// Generated junk and near-versions: every scheme must stay total, antisymmetric and transitive,
/// and never crash.
@Suite("Hostile version strings")
struct HostileInputTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "0", "1", "2", "9", "10", "00", "007", "99999999999999999999999", ".", "-", "_", "+", "~", "^", ":", "!", "v",
        "a", "b", "rc", "alpha", "beta", "pre", "post", "dev", "p", "r", "git", "SNAPSHOT", "sp", "ga", "final",
        "-r1", "_rc1", "_p2", "~rc1", "+deb12u1", "1:", "é", " ", "", "..", "--", "+build.5", "-0.2020",
    ]

    static func strings(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...8, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test(arguments: BuiltinVersionSchemes.all.map(\.id))
    func compareIsATotalOrder(schemeID: String) throws {
        let scheme = try #require(BuiltinVersionSchemes.scheme(id: schemeID))
        let samples = Self.strings(count: 160, seed: 42) + ["1.0", "1.0.0", "2", "1.0-1", "1.0.0-rc.1", "0"]
        var violations = 0
        for a in samples {
            _ = scheme.isValid(a)
            if scheme.compare(a, a) != 0 { violations += 1 }
            for b in samples where scheme.compare(a, b) != -scheme.compare(b, a) { violations += 1 }
        }
        // Transitivity over every triple of a sample subset.
        let subset = Array(samples.prefix(40))
        for a in subset {
            for b in subset where scheme.compare(a, b) <= 0 {
                for c in subset where scheme.compare(b, c) <= 0 && scheme.compare(a, c) > 0 {
                    violations += 1
                    if violations < 5 { Issue.record("\(schemeID): \(a) <= \(b) <= \(c) but \(a) > \(c)") }
                }
            }
        }
        #expect(violations == 0, "\(schemeID): \(violations) order violations")
    }

    @Test(arguments: BuiltinVersionSchemes.all.map(\.id))
    func hugeInputsNeitherCrashNorCrawl(schemeID: String) throws {
        let scheme = try #require(BuiltinVersionSchemes.scheme(id: schemeID))
        let clock = ContinuousClock()
        let start = clock.now
        let inputs = [
            String(repeating: "1-", count: 50_000) + "1",
            String(repeating: "1a", count: 50_000),
            String(repeating: "9", count: 100_000),
            "1." + String(repeating: "0.", count: 50_000) + "1",
            String(repeating: "~", count: 100_000),
            String(repeating: "_rc", count: 30_000),
        ]
        for input in inputs {
            _ = scheme.isValid(input)
            #expect(scheme.compare(input, input + "1") == -scheme.compare(input + "1", input))
        }
        #expect(clock.now - start < .seconds(30), "\(schemeID) is too slow on long inputs")
    }
}
