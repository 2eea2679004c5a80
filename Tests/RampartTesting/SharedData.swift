public import Foundation

/// Locates `../shared` (conformance suites, catalogs, schemas) for tests.
///
/// `RAMPART_SHARED` overrides the default `<repo>/../shared`. Under `CI=true` a missing folder is
/// a failure rather than a skip, so CI can never pass by not running a suite.
public enum SharedData {
    /// The repository root (the folder holding `Package.swift`).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The shared data folder, or `nil` when it is absent.
    public static var directory: URL? {
        let environment = ProcessInfo.processInfo.environment
        let url =
            environment["RAMPART_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `true` when running under CI (`CI=true`), where missing shared data must fail.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// A file or folder inside the shared data, or `nil` when absent.
    public static func url(_ relativePath: String) -> URL? {
        guard let base = directory else { return nil }
        let url = base.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
