import Foundation
import RampartVersions
import Testing

/// Every line of the shared comparison oracles (`versions/*.tsv`) must agree, both ways round.
@Suite("Version oracles")
struct VersionOracleTests {
    /// Oracle file and the scheme its reference tool implements (see vulndata/README.md).
    static let oracles: [(file: String, scheme: String)] = [
        ("dpkg.tsv", "dpkg"), ("rpm.tsv", "rpm"), ("pep440.tsv", "pep440"), ("semver.tsv", "semver"),
    ]

    @Test("oracle agrees in both directions", .enabled(if: VulnData.isAvailable), arguments: oracles.map(\.file))
    func oracle(file: String) throws {
        guard let url = VulnData.url("versions/\(file)") else { return }
        let schemeID = try #require(Self.oracles.first { $0.file == file }?.scheme)
        try check(file: file, text: String(contentsOf: url, encoding: .utf8), schemeID: schemeID)
    }

    /// Oracles generated for this target (no shared copy exists): `Fixtures/maven.tsv` comes from
    /// Maven 3.8.7's own `ComparableVersion` (the `maven-artifact` jar of Debian 12).
    @Test("fixture oracle agrees in both directions", arguments: [("maven.tsv", "maven")])
    func fixtureOracle(file: String, schemeID: String) throws {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        let text = try String(contentsOf: url.appendingPathComponent("Fixtures/\(file)"), encoding: .utf8)
        try check(file: file, text: text, schemeID: schemeID)
    }

    func check(file: String, text: String, schemeID: String) throws {
        let scheme = try #require(BuiltinVersionSchemes.scheme(id: schemeID))
        var passed = 0, failed = 0
        let clock = ContinuousClock()
        let start = clock.now
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 3, "malformed oracle line: \(line)")
            let a = String(fields[0]), b = String(fields[1])
            let expected = try #require(Int(fields[2]))
            let forward = scheme.compare(a, b), backward = scheme.compare(b, a)
            if forward == expected && backward == -expected {
                passed += 1
            } else {
                failed += 1
                Issue.record("\(file): compare(\(a), \(b)) = \(forward), reversed \(backward); expected \(expected)")
            }
        }
        let elapsed = clock.now - start
        print("\(file): \(passed) passed, \(failed) failed (\(2 * (passed + failed)) comparisons in \(elapsed))")
        #expect(passed > 1000)
        #expect(failed == 0)
    }
}
