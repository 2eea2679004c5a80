import Foundation
import RampartCore
import RampartScanner
import Testing

/// What a directory scan reads and skips: `--skip-dirs`, `--skip-files`, `.gitignore`,
/// dependency and version-control folders, and explicitly named files.
@Suite struct WalkerScopeTests {
    /// Plants the canary pod at each relative path.
    static func plantPods(_ paths: [String], in tree: TemporaryTree) throws {
        for path in paths { try tree.write(path, Canary.pod) }
    }

    @Test func skipDirsAndSkipFilesPatterns() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Self.plantPods(
            [
                "keep/a.yaml", "vendor/b.yaml", "deep/x/testdata/c.yaml", "keep/generated.yaml",
                "keep/sub/d.yml", "keep/sub/e.test.yaml",
            ], in: tree)
        let options = FileWalker.Options(
            skipDirs: ["vendor", "**/testdata"], skipFiles: ["generated.yaml", "*.test.yaml"])
        let report = await ScanHarness.scan(tree.root, walker: options)
        #expect(report.filesWithFindings == ["keep/a.yaml", "keep/sub/d.yml"])
    }

    @Test func gitignoreIsHonouredOnlyWhenAsked() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Self.plantPods(
            [
                "app/deploy.yaml", "build/out.yaml", "app/secret.yaml", "app/nested/keep.yaml",
                "app/nested/tmp/x.yaml",
            ], in: tree)
        try tree.write(".gitignore", "build/\n# comment\n*secret*\n")
        try tree.write("app/nested/.gitignore", "tmp/\n")
        let all = await ScanHarness.scan(tree.root)
        #expect(all.filesWithFindings.count == 5)
        let honoured = await ScanHarness.scan(tree.root, walker: FileWalker.Options(respectGitignore: true))
        #expect(honoured.filesWithFindings == ["app/deploy.yaml", "app/nested/keep.yaml"])
    }

    @Test func dependencyAndVersionControlFoldersAreSkipped() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Self.plantPods(
            [
                "node_modules/pkg/deploy.yaml", ".git/hooks/x.yaml", "web/node_modules/y.yaml",
                "web/deploy.yaml",
            ], in: tree)
        try tree.write("node_modules/pkg/Dockerfile", Canary.dockerfile)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.filesWithFindings == ["web/deploy.yaml"])
    }

    @Test func explicitFileWithUnusualNameIsSniffedAsDockerfile() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let path = try tree.write("build/image.spec", "# builds the api\n" + Canary.dockerfile)
        let explicit = await ScanHarness.scan(path)
        #expect(explicit.lines(of: Canary.dockerfileRule, in: "image.spec") == [Canary.dockerfileLine + 1])
        #expect(explicit.scannedFiles == 1)
        let walked = await ScanHarness.scan(tree.root)
        #expect(walked.findings.isEmpty, "a directory walk must not sniff arbitrary names")
        #expect(walked.scannedFiles == 0)
    }

    @Test func explicitManifestIsScannedAlone() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        let report = await ScanHarness.scan(tree.path(Canary.podPath))
        #expect(report.lines(of: Canary.podRule, in: "pod.yaml") == [Canary.podLine])
        #expect(report.filesWithFindings == ["pod.yaml"])
    }

    @Test func dockerfileNamesAreRecognised() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let names = [
            "a/Dockerfile", "b/Containerfile", "c/api.dockerfile", "d/Dockerfile.prod", "e/dockerfile",
            "f/build.Dockerfile",
        ]
        for name in names { try tree.write(name, Canary.dockerfile) }
        try tree.write("g/Dockerfile-notes.txt", Canary.dockerfile)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.filesWithFindings == Set(names))
        for name in names { #expect(report.lines(of: Canary.dockerfileRule, in: name) == [1], "\(name)") }
    }

    @Test func jsonWithoutApiVersionIsIgnoredQuietly() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try Canary.plant(in: tree)
        try tree.write("web/package.json", #"{"name": "web", "version": "1.0.0", "dependencies": {}}"#)
        try tree.write("web/broken.json", #"{"name": "#)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.diagnostics(for: "web/package.json").isEmpty)
        #expect(report.diagnostics(for: "web/broken.json").isEmpty, "no apiVersion: not worth parsing")
        BadInputTests.expectCanariesFound(report)
    }
}
