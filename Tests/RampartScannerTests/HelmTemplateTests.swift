import Foundation
import RampartCore
import RampartPolicy
import RampartScanner
import Testing

@Suite struct HelmTemplateTests {
    @Test func chartTemplatesAreSkippedWithANoteAndOtherFilesScanned() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("helm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("chart/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "apiVersion: v2\nname: c\nversion: 1.0.0\n".write(
            to: root.appendingPathComponent("chart/Chart.yaml"), atomically: true, encoding: .utf8)
        try "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n".write(
            to: templates.appendingPathComponent("pod.yaml"), atomically: true, encoding: .utf8)
        // A templates/ folder that is not inside a chart is ordinary YAML.
        let plain = root.appendingPathComponent("deploy/templates")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        try "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: []\n".write(
            to: plain.appendingPathComponent("pod.yaml"), atomically: true, encoding: .utf8)
        let report = await ConfigScanner(policies: PolicySet(), options: .init(today: "2026-01-01")).scan(
            root.path, createdAt: "")
        #expect(report.diagnostics.map(\.code.rawValue) == ["helm-template-skipped"])
        #expect(report.diagnostics.first?.file == "chart/templates/pod.yaml")
        #expect(report.scannedResources == 1)
    }
}
