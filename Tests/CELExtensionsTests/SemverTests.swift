import CELExtensions
import Testing

@Suite struct SemverTests {
    @Test func parsesParts() throws {
        let version = try Semver(parsing: "1.2.3-beta.1+build.1")
        #expect(version.major == 1 && version.minor == 2 && version.patch == 3)
        #expect(version.preRelease == [.alphanumeric("beta"), .numeric(1)])
        #expect(version.build == ["build", "1"])
        #expect(version.description == "1.2.3-beta.1+build.1")
    }

    @Test(arguments: [
        "", "v1.0.0", " 1.0.0", "1. 0.0", "1.0.0 ", "01.01.01", "1", "1.1", "1.0.0-", "1.0.0-01", "1.0.0+",
        "1.0.0-a..b",
    ])
    func strictRejects(_ text: String) {
        #expect(!Semver.isValid(text))
    }

    @Test func messages() {
        do { _ = try Semver(parsing: "v1.0") } catch { #expect(error.message == "No Major.Minor.Patch elements found") }
        do { _ = try Semver(parsing: "01.1.1") } catch { #expect(error.message.contains("leading zeroes")) }
    }

    @Test(arguments: [
        ("v1.0.0", true), ("01.01.01", true), ("1", true), ("1.1", true), ("", false), (" 1.0.0", false),
        ("1.0.0 ", false), ("1. 0.0", false),
    ])
    func normalizedAcceptance(_ text: String, _ valid: Bool) {
        #expect(Semver.isValid(text, normalize: true) == valid)
    }

    @Test func normalizes() throws {
        #expect(try Semver(parsing: "v01.01", normalize: true) == Semver(parsing: "1.1.0"))
        #expect(try Semver(parsing: "v2-rc.1", normalize: true).description == "2.0.0-rc.1")
    }

    @Test func precedence() throws {
        let ordered = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.2.3", "2.0.0",
        ]
        let versions = try ordered.map { try Semver(parsing: $0) }
        for index in versions.indices.dropLast() {
            #expect(versions[index] < versions[index + 1], "\(ordered[index]) < \(ordered[index + 1])")
            #expect(versions[index + 1].compare(to: versions[index]) == 1)
        }
        #expect(try Semver(parsing: "1.0.0+a") == Semver(parsing: "1.0.0+b"))
    }
}
