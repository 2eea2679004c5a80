import Foundation
import RampartVersions
import Testing

/// Real advisories from `shared/vulndata/osv`, decoded in the test target.
@Suite("OSV advisories", .enabled(if: VulnData.isAvailable))
struct OSVAdvisoryTests {
    func verdict(_ file: String, _ ecosystem: String, _ name: String, _ version: String) throws -> OSVAdvisoryVerdict? {
        guard let advisory = try OSVRecordFile.load(file) else { return nil }
        return advisory.evaluate(ecosystem: ecosystem, name: name, version: version)
    }

    func isAffected(_ file: String, _ ecosystem: String, _ name: String, _ version: String) throws -> Bool {
        if case .affected = try verdict(file, ecosystem, name, version) { return true }
        return false
    }

    @Test func pypiLastAffected() throws {
        // PYSEC-2022-42969 (py): introduced 0, last_affected 1.11.0.
        guard try OSVRecordFile.load("PyPI/PYSEC-2022-42969.json") != nil else { return }
        let file = "PyPI/PYSEC-2022-42969.json"
        #expect(try isAffected(file, "PyPI", "py", "1.11.0"))
        #expect(try isAffected(file, "PyPI", "py", "1.4.34"))
        #expect(try isAffected(file, "PyPI", "py", "1.11.0rc1"))
        #expect(try !isAffected(file, "PyPI", "py", "1.11.1"))
        #expect(try !isAffected(file, "PyPI", "pytest", "1.0"))
    }

    @Test func pypiGitAndEcosystemRanges() throws {
        // PYSEC-2021-368 (zope): a GIT range, then 4.0–4.6.3 and 5.0–5.3.
        guard let advisory = try OSVRecordFile.load("PyPI/PYSEC-2021-368.json") else { return }
        let entry = try #require(advisory.affected.first { $0.name == "zope" })
        let inside = try #require(entry.evaluate(version: "4.6.2"))
        #expect(inside.isAffected)
        #expect(inside.unevaluatedRanges == [0])
        #expect(inside.reason == .range(index: 1))
        #expect(entry.evaluate(version: "5.2.1")?.isAffected == true)
        #expect(entry.evaluate(version: "4.6.3")?.isAffected == false)
        #expect(entry.evaluate(version: "5.3")?.isAffected == false)
        #expect(entry.evaluate(version: "3.9")?.isAffected == false)
    }

    @Test func goSemverRangesWithSeveralBranches() throws {
        // GO-2023-1800 (pomerium): fixed 0.17.4, then 0.18.0–0.18.1, … 0.22.0–0.22.2.
        let file = "Go/GO-2023-1800.json"
        guard try OSVRecordFile.load(file) != nil else { return }
        let name = "github.com/pomerium/pomerium"
        for version in [
            "0.17.3", "v0.17.3", "v0.17", "0.18.0", "0.21.3", "0.22.1", "0.0.0-20220101000000-abcdefabcdef",
        ] {
            #expect(try isAffected(file, "Go", name, version), "\(version) should be affected")
        }
        for version in ["0.17.4", "v0.18.1", "0.19.2", "0.22.2", "0.23.0", "1.0.0"] {
            #expect(try !isAffected(file, "Go", name, version), "\(version) should not be affected")
        }
    }

    @Test func cratesLastAffectedAndWithdrawn() throws {
        // RUSTSEC-2016-0005 (rust-crypto): last_affected 0.2.36. RUSTSEC-2020-0053 (dirs) is withdrawn.
        let file = "crates.io/RUSTSEC-2016-0005.json"
        guard try OSVRecordFile.load(file) != nil else { return }
        #expect(try isAffected(file, "crates.io", "rust-crypto", "0.2.36"))
        #expect(try !isAffected(file, "crates.io", "rust-crypto", "0.2.37"))
        #expect(try verdict("crates.io/RUSTSEC-2020-0053.json", "crates.io", "dirs", "1.0.0") == .withdrawn)
        let withdrawn = try #require(try OSVRecordFile.load("crates.io/RUSTSEC-2020-0053.json"))
        #expect(withdrawn.isWithdrawn)
        #expect(try OSVRecordFile.load(file)?.isWithdrawn == false)
    }

    @Test func debianDpkgOrdering() throws {
        // DSA-5514-1 (glibc): fixed 2.36-9+deb12u3 in Debian 12 and 2.31-13+deb11u7 in Debian 11.
        let file = "Debian:12/DSA-5514-1.json"
        guard try OSVRecordFile.load(file) != nil else { return }
        #expect(try isAffected(file, "Debian:12", "glibc", "2.36-9+deb12u2"))
        #expect(try isAffected(file, "Debian:12", "glibc", "2.36-9+deb12u3~bpo1"))
        #expect(try isAffected(file, "Debian:12", "glibc", "2.36-9"))
        #expect(try !isAffected(file, "Debian:12", "glibc", "2.36-9+deb12u3"))
        #expect(try !isAffected(file, "Debian:12", "glibc", "2.36-9+deb12u10"))
        #expect(try !isAffected(file, "Debian:12", "glibc", "2.37-1"))
        #expect(try isAffected(file, "Debian:11", "glibc", "2.31-13+deb11u6"))
        #expect(try !isAffected(file, "Debian:11", "glibc", "2.31-13+deb11u7"))
        // Ecosystems match exactly: a Debian 13 package is not judged by Debian 12's line.
        #expect(try verdict(file, "Debian:13", "glibc", "2.36-9") == .notAffected)
    }

    @Test func alpineApkOrdering() throws {
        // ALPINE-CVE-2016-7971 (libass): fixed 0.13.4-r0 in every branch.
        let file = "Alpine:v3.11/ALPINE-CVE-2016-7971.json"
        guard try OSVRecordFile.load(file) != nil else { return }
        for version in ["0.13.3-r0", "0.13.3-r9", "0.13.4_rc1-r0", "0.9"] {
            #expect(try isAffected(file, "Alpine:v3.11", "libass", version), "\(version) should be affected")
        }
        for version in ["0.13.4-r0", "0.13.4-r1", "0.13.4_p1-r0", "0.14.0-r0"] {
            #expect(try !isAffected(file, "Alpine:v3.11", "libass", version), "\(version) should not be affected")
        }
    }

    /// Listed versions that the schema's sort-and-walk algorithm places outside the record's own
    /// ranges, one reason each. They are data quirks of the records, not ordering errors
    /// (`packaging.version` agrees with every comparison involved).
    static let knownListedOutsideRanges: [String: String] = [
        // osv.dev enumerated X.Y prereleases although the range starts at `introduced: X.Y`.
        "PYSEC-2023-61 django 3.2a1": "prerelease below introduced 3.2",
        "PYSEC-2023-61 django 3.2b1": "prerelease below introduced 3.2",
        "PYSEC-2023-61 django 3.2rc1": "prerelease below introduced 3.2",
        "PYSEC-2023-61 django 4.2a1": "prerelease below introduced 4.2",
        "PYSEC-2023-61 django 4.2b1": "prerelease below introduced 4.2",
        "PYSEC-2023-61 django 4.2rc1": "prerelease below introduced 4.2",
        // Overlapping ranges (introduced 2.11 / fixed 2.11.7 and introduced 0 / fixed 2.11.6): once
        // sorted, the walk turns `fixed: 2.11.6` off and nothing turns it back on.
        "PYSEC-2021-114 wagtail 2.11.6": "overlapping ranges; sorted walk says fixed",
    ]

    /// Every version osv.dev enumerated into `versions` must also fall inside the record's own
    /// ECOSYSTEM ranges (PyPI records whose ranges are all ECOSYSTEM).
    @Test func pypiListedVersionsAgreeWithRanges() throws {
        let advisories = try OSVRecordFile.loadAll("PyPI")
        guard !advisories.isEmpty else { return }
        var passed = 0, failed = 0, known = 0
        let clock = ContinuousClock()
        let start = clock.now
        for advisory in advisories {
            for entry in advisory.affected
            where !entry.ranges.isEmpty && entry.ranges.allSatisfy({ $0.type == .ecosystem }) {
                let rangesOnly = try #require(
                    OSVAffected(ecosystem: entry.ecosystem, name: entry.name, ranges: entry.ranges).matcher())
                for version in entry.versions {
                    let key = "\(advisory.id) \(entry.name) \(version)"
                    if rangesOnly.evaluate(version: version).isAffected {
                        passed += 1
                        #expect(
                            Self.knownListedOutsideRanges[key] == nil,
                            "\(key) is listed as a known failure but now passes")
                    } else if Self.knownListedOutsideRanges[key] != nil {
                        known += 1
                    } else {
                        failed += 1
                        Issue.record("\(key) is listed but outside the ranges")
                    }
                }
            }
        }
        let elapsed = clock.now - start
        print(
            "PyPI listed versions inside their ranges: \(passed) passed, \(failed) failed, \(known) known-failure (\(elapsed) incl. compiling)"
        )
        #expect(passed > 1000)
    }

    /// A version just below `fixed`: `fixed~` for dpkg, `_alpha` before the apk revision; `nil` when
    /// the fixed version is not a valid apk version (a few secdb entries such as `4.10-1-r1`).
    static func justBelow(_ fixed: String, debian: Bool) -> String? {
        if debian { return fixed + "~" }
        guard ApkVersionScheme().isValid(fixed) else { return nil }
        guard let revision = fixed.range(of: "-r", options: .backwards) else { return fixed + "_alpha" }
        return fixed[..<revision.lowerBound] + "_alpha" + fixed[revision.lowerBound...]
    }

    /// For every Debian and Alpine entry, the fixed version is not affected and anything just below it is.
    @Test(arguments: ["Debian:10", "Debian:11", "Debian:12", "Alpine:v3.11"])
    func fixedVersionsBoundTheRange(directory: String) throws {
        let advisories = try OSVRecordFile.loadAll(directory)
        guard !advisories.isEmpty else { return }
        var checked = 0
        for advisory in advisories {
            for entry in advisory.affected where entry.ecosystem == directory {
                for range in entry.ranges {
                    for event in range.events where event.kind == .fixed {
                        guard let below = Self.justBelow(event.version, debian: directory.hasPrefix("Debian")) else {
                            continue
                        }
                        #expect(
                            entry.evaluate(version: event.version)?.isAffected == false,
                            "\(advisory.id): fixed \(event.version)")
                        #expect(
                            entry.evaluate(version: below)?.isAffected == true,
                            "\(advisory.id): \(below) just below the fix")
                        checked += 1
                    }
                }
            }
        }
        print("\(directory): \(checked) fixed events checked")
        #expect(checked > 0)
    }
}
