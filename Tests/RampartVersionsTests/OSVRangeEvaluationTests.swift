import RampartVersions
import Testing

/// The OSV evaluation algorithm on hand-made ranges: sorting, last_affected, limit, GIT.
@Suite("OSV range evaluation")
struct OSVRangeEvaluationTests {
    func affected(
        _ version: String, _ events: [OSVEvent], type: OSVRange.RangeType = .ecosystem, versions: [String] = []
    ) -> Bool {
        let entry = OSVAffected(
            ecosystem: "PyPI", name: "demo", ranges: [OSVRange(type: type, events: events)], versions: versions)
        return entry.evaluate(version: version)?.isAffected ?? false
    }

    @Test func introducedAndFixedAreHalfOpen() {
        let events = [OSVEvent(.introduced, "1.0"), OSVEvent(.fixed, "1.5")]
        #expect(!affected("0.9", events))
        #expect(affected("1.0", events))
        #expect(affected("1.4.99", events))
        #expect(affected("1.5rc1", events))
        #expect(!affected("1.5", events))
        #expect(!affected("2.0", events))
    }

    @Test func lastAffectedIsInclusive() {
        let events = [OSVEvent(.introduced, "0"), OSVEvent(.lastAffected, "2.0")]
        #expect(affected("0.0.1", events))
        #expect(affected("2.0", events))
        #expect(affected("2.0.0", events))
        #expect(!affected("2.0.post1", events))
        #expect(!affected("2.1", events))
    }

    @Test func eventsAreSortedBeforeTheWalk() {
        let shuffled = [
            OSVEvent(.fixed, "3.2"), OSVEvent(.introduced, "3.0"), OSVEvent(.fixed, "1.2"), OSVEvent(.introduced, "0"),
        ]
        #expect(affected("1.0", shuffled))
        #expect(!affected("1.2", shuffled))
        #expect(!affected("2.5", shuffled))
        #expect(affected("3.1", shuffled))
        #expect(!affected("3.2", shuffled))
    }

    @Test func limitBoundsTheRange() {
        let events = [OSVEvent(.introduced, "1.0"), OSVEvent(.limit, "2.0")]
        #expect(affected("1.5", events))
        #expect(!affected("2.0", events))
        #expect(!affected("3.0", events))
        #expect(affected("9.0", [OSVEvent(.introduced, "1.0"), OSVEvent(.limit, "*")]))
        // The version must be below at least one limit.
        #expect(affected("2.5", [OSVEvent(.introduced, "1.0"), OSVEvent(.limit, "2.0"), OSVEvent(.limit, "3.0")]))
    }

    @Test func gitRangesCannotBeEvaluatedForVersionStrings() throws {
        let git = OSVRange(
            type: .git, repository: "https://example.org/repo",
            events: [OSVEvent(.introduced, "0"), OSVEvent(.fixed, "f72a18dd")])
        let entry = OSVAffected(ecosystem: "PyPI", name: "demo", ranges: [git], versions: ["1.0"])
        let unlisted = try #require(entry.evaluate(version: "0.5"))
        #expect(!unlisted.isAffected)
        #expect(unlisted.unevaluatedRanges == [0])
        let listed = try #require(entry.evaluate(version: "1.0"))
        #expect(listed.isAffected)
        #expect(listed.reason == .listedVersion)
    }

    @Test func semverRangesUseSemverWhateverTheEcosystem() {
        let events = [OSVEvent(.introduced, "1.0.0-rc.1"), OSVEvent(.fixed, "1.0.1")]
        #expect(affected("1.0.0", events, type: .semver))
        #expect(affected("v1.0.0-rc.2", events, type: .semver))
        #expect(!affected("1.0.0-beta", events, type: .semver))
        #expect(!affected("1.0.1+build", events, type: .semver))
    }

    @Test func compiledRangeTestsParsedVersions() throws {
        let range = CompiledOSVRange(
            events: [OSVEvent(.fixed, "2.36-9+deb12u3"), OSVEvent(.introduced, "0")], scheme: DpkgVersionScheme())
        #expect(range.contains(try DpkgVersionScheme().parse("2.36-9+deb12u2")))
        #expect(!range.contains(try DpkgVersionScheme().parse("1:2.0")))
        let (inside, error) = range.contains("2.36-9+deb12u3~1")
        #expect(inside && error == nil)
        let matcher = try #require(
            OSVAffected(
                ecosystem: "Debian:12", name: "glibc",
                ranges: [
                    OSVRange(
                        type: .ecosystem, events: [OSVEvent(.introduced, "0"), OSVEvent(.fixed, "2.36-9+deb12u3")])
                ]
            ).matcher())
        #expect(matcher.evaluate(version: "2.36-9").reason == .range(index: 0))
        #expect(!matcher.evaluate(version: "2.36-9+deb12u3").isAffected)
    }

    @Test func unknownEcosystemIsReported() {
        let entry = OSVAffected(
            ecosystem: "Hackage", name: "x", ranges: [OSVRange(type: .ecosystem, events: [OSVEvent(.introduced, "0")])])
        #expect(entry.evaluate(version: "1.0") == nil)
        let advisory = OSVAdvisory(id: "X-1", affected: [entry])
        #expect(advisory.evaluate(ecosystem: "Hackage", name: "x", version: "1.0") == .unknownEcosystem("Hackage"))
    }

    @Test func unparsableVersionIsFlagged() throws {
        let entry = OSVAffected(
            ecosystem: "PyPI", name: "demo", ranges: [OSVRange(type: .ecosystem, events: [OSVEvent(.introduced, "0")])])
        let evaluation = try #require(entry.evaluate(version: "not a version"))
        #expect(evaluation.versionError?.code == .missingComponent)
    }
}
