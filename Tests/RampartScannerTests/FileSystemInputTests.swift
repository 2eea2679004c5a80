import Foundation
import RampartCore
import RampartScanner
import Testing

/// Inputs that are odd at the file-system level: links, folders and pipes with manifest names,
/// empty files, and one huge single-line file.
@Suite(.timeLimit(.minutes(2))) struct FileSystemInputTests {
    @Test func symlinkLoopIsReportedNotWalked() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        try tree.makeDirectory("loop/inner")
        try tree.link("loop/inner/back", to: "..")
        try tree.link("loop/self", to: ".")
        let report = await ScanHarness.scan(tree.root)
        let loops = report.diagnostics.filter { $0.code == .symlinkLoop }
        #expect(!loops.isEmpty, "\(report.diagnostics)")
        #expect(loops.allSatisfy { $0.file?.hasPrefix("loop/") == true }, "\(loops)")
        BadInputTests.expectCanariesFound(report)
    }

    @Test func danglingSymlinkIsDiagnosed() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        try tree.link("gone.yaml", to: "does-not-exist.yaml")
        let report = await ScanHarness.scan(tree.root)
        #expect(report.diagnostics(for: "gone.yaml").contains { $0.code == .unreadableFile }, "\(report.diagnostics)")
        BadInputTests.expectCanariesFound(report)
    }

    @Test func directoryNamedLikeAManifestIsWalked() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        try tree.write("x.yaml/inside.yaml", Canary.pod)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.diagnostics.filter { $0.level == .error }.isEmpty, "\(report.diagnostics)")
        #expect(report.lines(of: Canary.podRule, in: "x.yaml/inside.yaml") == [Canary.podLine])
        BadInputTests.expectCanariesFound(report)
    }

    @Test func fifoNamedLikeAManifestDoesNotBlock() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        #expect(mkfifo(tree.path("p.yaml"), 0o644) == 0)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.diagnostics(for: "p.yaml").contains { $0.code == .unreadableFile }, "\(report.diagnostics)")
        BadInputTests.expectCanariesFound(report)
    }

    @Test func fifoNamedExplicitlyDoesNotBlock() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        #expect(mkfifo(tree.path("p.yaml"), 0o644) == 0)
        let report = await ScanHarness.scan(tree.path("p.yaml"))
        #expect(report.diagnostics.contains { $0.code == .unreadableFile }, "\(report.diagnostics)")
        #expect(report.findings.isEmpty)
    }

    @Test(arguments: ["", "# only a comment\n# and another\n", "---\n---\n", "\n\n   \n"])
    func emptyAndCommentOnlyFilesAreQuiet(_ text: String) async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        try tree.write("empty.yaml", text)
        // `---` is a YAML document marker but an unknown instruction in a Dockerfile.
        try tree.write("empty/Dockerfile", text.contains("---") ? "" : text)
        try tree.write("empty.json", text)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.diagnostics.filter { $0.level == .error }.isEmpty, "\(report.diagnostics)")
        #expect(!report.filesWithFindings.contains("empty.yaml"))
        BadInputTests.expectCanariesFound(report)
    }

    @Test func fiftyMegabyteSingleLineFileIsScannedQuickly() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        let padding = String(repeating: "x", count: 50 << 20)
        let head = #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "big", "annotations": {"blob": ""#
        let tail =
            #""}}, "spec": {"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": {"privileged": true}}]}}"#
        try tree.write("big/pod.json", head + padding + tail)
        try tree.write("big/blob.yaml", "data: \"" + padding + "\"")
        let clock = ContinuousClock()
        let start = clock.now
        let report = await ScanHarness.scan(tree.root)
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(30), "scan of two 50 MB single-line files took \(elapsed)")
        let privileged = report.findings.filter { $0.ruleID == Canary.podRule && $0.target == "big/pod.json" }
        #expect(privileged.count == 1)
        let column = try #require(privileged.first?.location?.start)
        #expect(column.line == 1)
        #expect(column.column > 50 << 20, "finding should sit at the privileged key past the 50 MB blob: \(column)")
        BadInputTests.expectCanariesFound(report)
    }

    @Test func oversizedFileIsSkippedWithADiagnostic() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        try tree.write("huge.yaml", String(repeating: "# filler\n", count: 2000))
        let report = await ScanHarness.scan(tree.root, maxFileSize: 10_000)
        #expect(report.diagnostics(for: "huge.yaml").contains { $0.code == .fileTooLarge })
        BadInputTests.expectCanariesFound(report)
    }
}
