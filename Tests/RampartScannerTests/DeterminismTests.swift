import Foundation
import RampartCore
import RampartScanner
import Testing

/// Two scans of the same tree give byte-identical reports, whatever the parallelism.
@Suite struct DeterminismTests {
    @Test func repeatedScansAreIdentical() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        for index in 0..<60 {
            try tree.write(
                "team\(index % 7)/app\(index)/pod.yaml", Canary.pod + "---\n" + FindingPositionTests.multiDocument)
            try tree.write("team\(index % 5)/app\(index)/Dockerfile", Canary.dockerfile)
        }
        try tree.write("broken/a.yaml", "key: [unclosed\n")
        try tree.write("broken/b.yaml", bytes: [0x66, 0x6F, 0xFF, 0x0A])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let first = try encoder.encode(await ScanHarness.scan(tree.root))
        let second = try encoder.encode(await ScanHarness.scan(tree.root))
        let serial = try encoder.encode(await ScanHarness.scan(tree.root, concurrency: 1))
        #expect(first == second)
        #expect(first == serial)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.findings.count > 300)
        #expect(report.findings.map(\.target) == report.findings.map(\.target).sorted(), "findings sorted by file")
        #expect(
            report.findings.map(\.fingerprint) == report.sortedFindings.map(\.fingerprint), "findings in report order")
    }
}
