import Foundation
import Testing

/// `--output` never replaces what it writes through: a device node stays a device (renaming a
/// temporary file over `/dev/null` used to turn it into a regular file), a symbolic link stays a link.
@Suite struct OutputTargetTests {
    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    @Test func deviceNodeStaysADevice() throws {
        let workspace = try OutputFormatTests.workspace()
        defer { workspace.remove() }
        let device = workspace.path("null-device")
        // Creating a device node needs root (tests run as root in CI); without it there is nothing to check.
        let nullDevice = dev_t(1 << 8 | 3)  // makedev(1, 3)
        guard mknod(device, S_IFCHR | 0o666, nullDevice) == 0 else { return }
        let result = try workspace.rampart(
            "scan", "config", "tree", "--format", "json", "--output", device, "--fail-on", "never")
        #expect(result.status == 0, "\(result)")
        #expect(Self.fileType(device) == S_IFCHR, "the report must be written into the device, not renamed over it")
    }

    @Test func symbolicLinkStaysALinkAndTargetGetsTheReport() throws {
        let workspace = try OutputFormatTests.workspace()
        defer { workspace.remove() }
        try workspace.write(
            "reports/real.json", String(repeating: "stale content that must be truncated\n", count: 5000))
        try FileManager.default.createSymbolicLink(
            atPath: workspace.path("latest.json"), withDestinationPath: "reports/real.json")
        let result = try workspace.rampart(
            "scan", "config", "tree", "--format", "json", "--output", "latest.json", "--fail-on", "never")
        #expect(result.status == 0, "\(result)")
        #expect(Self.fileType(workspace.path("latest.json")) == S_IFLNK)
        let written = try #require(workspace.read("reports/real.json"))
        #expect(written.contains("RMP-K8S-0005"))
        #expect(!written.contains("stale content"))
        #expect(try JSONSerialization.jsonObject(with: Data(written.utf8)) is [String: Any])
    }

    @Test func regularFileIsReplacedWhole() throws {
        let workspace = try OutputFormatTests.workspace()
        defer { workspace.remove() }
        try workspace.write("out.json", String(repeating: "x", count: 1 << 20))
        let result = try workspace.rampart(
            "scan", "config", "tree", "--format", "json", "--output", "out.json", "--fail-on", "never")
        #expect(result.status == 0, "\(result)")
        let written = try #require(workspace.read("out.json"))
        #expect(try JSONSerialization.jsonObject(with: Data(written.utf8)) is [String: Any])
    }
}
