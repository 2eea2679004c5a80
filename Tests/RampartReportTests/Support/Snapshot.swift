import Foundation
import RampartTesting
import Testing

/// Golden files for report output: `Snapshots/<name>.<ext>` beside the tests.
///
/// `RAMPART_RECORD=1` rewrites the golden file. A missing golden file is written and the test
/// fails, asking for a re-run (under `CI=true` it is not written).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RAMPART_RECORD"] == "1" }

    /// Compares `actual` with the golden file `name`, reporting the first differing line.
    static func expectMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            write(actual, to: url, sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if SharedData.isCI {
                Issue.record(
                    "snapshot \(name) is missing; record it with RAMPART_RECORD=1", sourceLocation: sourceLocation)
            } else {
                write(actual, to: url, sourceLocation: sourceLocation)
                Issue.record(
                    "snapshot \(name) was missing and has been recorded; run the test again",
                    sourceLocation: sourceLocation)
            }
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
        Issue.record(
            "snapshot \(name) differs at line \(index + 1)\n  expected: \(want)\n  actual:   \(got)\n(re-record with RAMPART_RECORD=1)",
            sourceLocation: sourceLocation
        )
    }

    private static func write(_ text: String, to url: URL, sourceLocation: SourceLocation) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
    }
}
