import Foundation
import Testing

/// Locates `shared/vulndata` for tests: `RAMPART_SHARED` first, then `<repo>/../shared`, then any
/// parent folder holding `shared/vulndata`. Missing data fails under `CI=true` and skips otherwise.
enum VulnData {
    /// The `vulndata` folder, or `nil` when it cannot be found.
    static let directory: URL? = {
        let fileManager = FileManager.default
        func vulndata(in shared: URL) -> URL? {
            let url = shared.appendingPathComponent("vulndata")
            return fileManager.fileExists(atPath: url.path) ? url : nil
        }
        if let override = ProcessInfo.processInfo.environment["RAMPART_SHARED"] {
            return vulndata(in: URL(fileURLWithPath: override))
        }
        // Tests/RampartVersionsTests/Support/VulnData.swift → repository root is 4 levels up.
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { folder.deleteLastPathComponent() }
        if let found = vulndata(in: folder.deletingLastPathComponent().appendingPathComponent("shared")) {
            return found
        }
        while folder.path != "/" {
            if let found = vulndata(in: folder.appendingPathComponent("shared")) { return found }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// `true` under CI, where missing shared data is a failure.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// A file or folder below `vulndata`, recording a failure under CI when absent.
    static func url(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        guard let base = directory else {
            if isCI { Issue.record("shared/vulndata not found; set RAMPART_SHARED", sourceLocation: sourceLocation) }
            return nil
        }
        let url = base.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if isCI { Issue.record("\(relativePath) missing in \(base.path)", sourceLocation: sourceLocation) }
            return nil
        }
        return url
    }

    /// `true` when the shared data is present (used to skip tests locally).
    static var isAvailable: Bool { directory != nil || isCI }
}
