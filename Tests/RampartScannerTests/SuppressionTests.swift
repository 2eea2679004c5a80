import Foundation
import RampartCore
import RampartPolicy
import RampartScanner
import Testing

/// Suppressions end to end: inline markers (Rampart's and Checkov's), Kubernetes annotations and
/// `.rampartignore` entries, with expiry dates.
@Suite struct SuppressionTests {
    /// A pod whose container runs privileged at line 10; `marker` is appended to that line and
    /// `above` is inserted as its own line before `securityContext:` (shifting the finding by one).
    static func pod(name: String, trailing marker: String = "", above: String? = nil, annotations: String = "")
        -> String
    {
        var lines = ["apiVersion: v1", "kind: Pod", "metadata:", "  name: \(name)"]
        if !annotations.isEmpty { lines += ["  annotations:", "    " + annotations] }
        lines += ["spec:", "  containers:", "    - name: app", "      image: nginx:1.25"]
        if let above { lines.append("      " + above) }
        lines += ["      securityContext:", "        privileged: true" + (marker.isEmpty ? "" : "  " + marker)]
        return lines.joined(separator: "\n") + "\n"
    }

    static func privileged(_ report: ScanReport, _ file: String) -> Finding? {
        report.findings.first { $0.ruleID == "RMP-K8S-0005" && $0.target == file }
    }

    @Test func inlineMarkersAndAnnotations() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "trailing.yaml", Self.pod(name: "a", trailing: "# rampart:ignore:RMP-K8S-0005 needs raw sockets"))
        try tree.write("above.yaml", Self.pod(name: "b", above: "# rampart:ignore:RMP-K8S-0005 reviewed"))
        try tree.write(
            "expired.yaml", Self.pod(name: "c", trailing: "# rampart:ignore:RMP-K8S-0005 temporary exp:2020-01-31"))
        try tree.write(
            "future.yaml", Self.pod(name: "d", trailing: "# rampart:ignore:RMP-K8S-0005 temporary exp:2099-01-31"))
        try tree.write("checkov-inline.yaml", Self.pod(name: "e", trailing: "# checkov:skip=CKV_K8S_16:legacy daemon"))
        try tree.write(
            "checkov-annotation.yaml", Self.pod(name: "f", annotations: "checkov.io/skip1: CKV_K8S_16=node agent"))
        try tree.write("other-rule.yaml", Self.pod(name: "g", trailing: "# rampart:ignore:RMP-K8S-0002 unrelated"))
        let report = await ScanHarness.scan(tree.root, today: "2026-06-01")

        let trailing = try #require(Self.privileged(report, "trailing.yaml"))
        guard case .suppressed(let inline) = trailing.status else {
            Issue.record("trailing marker did not suppress")
            return
        }
        #expect(inline.source == .inline)
        #expect(inline.reason == "needs raw sockets")

        #expect(Self.privileged(report, "above.yaml")?.isFailing == false)
        #expect(Self.privileged(report, "expired.yaml")?.isFailing == true, "an expired marker no longer applies")
        #expect(Self.privileged(report, "future.yaml")?.isFailing == false)
        #expect(
            Self.privileged(report, "checkov-inline.yaml")?.isFailing == false, "Checkov id matched through the alias")
        let annotated = try #require(Self.privileged(report, "checkov-annotation.yaml"))
        if case .suppressed(let annotation) = annotated.status {
            #expect(annotation.source == .annotation)
            #expect(annotation.reason == "node agent")
        } else {
            Issue.record("checkov.io/skip annotation did not suppress")
        }
        #expect(
            Self.privileged(report, "other-rule.yaml")?.isFailing == true, "a marker for another rule changes nothing")
    }

    @Test func ignoreFileWithPathsAndExpiry() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("legacy/pod.yaml", Self.pod(name: "legacy"))
        try tree.write("current/pod.yaml", Self.pod(name: "current"))
        try tree.write("legacy/Dockerfile", Canary.dockerfile)
        try tree.write("current/Dockerfile", Canary.dockerfile)
        let ignoreText = """
            - id: CKV_K8S_16
              paths: ["legacy/**"]
              reason: migrating off privileged pods
              expires: 2099-12-31
            - id: RMP-DF-0003
              reason: old exception
              expires: 2020-01-01

            """
        let ignore = try IgnoreFile.load(bytes: Array(ignoreText.utf8), file: ".rampartignore")
        let report = await ScanHarness.scan(tree.root, ignoreFile: ignore, today: "2026-06-01")
        let legacy = try #require(Self.privileged(report, "legacy/pod.yaml"))
        if case .suppressed(let suppression) = legacy.status {
            #expect(suppression.source == .ignoreFile)
            #expect(suppression.reason == "migrating off privileged pods")
        } else {
            Issue.record("ignore file entry with a path did not suppress")
        }
        #expect(Self.privileged(report, "current/pod.yaml")?.isFailing == true, "path pattern limits the entry")
        #expect(
            report.lines(of: Canary.dockerfileRule, in: "legacy/Dockerfile") == [1], "expired entry no longer applies")
        #expect(report.lines(of: Canary.dockerfileRule, in: "current/Dockerfile") == [1])

        let later = await ScanHarness.scan(tree.root, ignoreFile: ignore, today: "2100-01-01")
        #expect(Self.privileged(later, "legacy/pod.yaml")?.isFailing == true, "after its expiry the finding returns")
    }

    @Test func plainIgnoreFileOneIdPerLine() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        let ignore = try IgnoreFile.load(
            bytes: Array("# accepted risks\nRMP-DF-0003 base images float\n".utf8), file: ".rampartignore")
        let report = await ScanHarness.scan(tree.root, ignoreFile: ignore)
        #expect(report.lines(of: Canary.dockerfileRule, in: Canary.dockerfilePath).isEmpty)
        #expect(report.findings.contains { $0.ruleID == Canary.dockerfileRule && !$0.isFailing })
        #expect(report.lines(of: Canary.podRule, in: Canary.podPath) == [Canary.podLine])
    }
}
