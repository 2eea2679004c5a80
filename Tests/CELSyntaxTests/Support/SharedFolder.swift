import Foundation

/// Locates the shared data folder: `RAMPART_SHARED` if set, else `<repo>/../shared` (the
/// repository root is four levels up from this file), else the nearest `shared` folder beside an
/// ancestor (so git worktrees nested deeper than the main checkout still find it).
enum SharedFolder {
    static var url: URL? {
        if let override = ProcessInfo.processInfo.environment["RAMPART_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // CELSyntaxTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
        var ancestor = root
        while ancestor.path != "/" {
            ancestor.deleteLastPathComponent()
            let shared = ancestor.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: shared.appendingPathComponent("conformance").path) {
                return shared
            }
        }
        return nil
    }

    /// `true` under CI, where missing shared data is a failure rather than a skip.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
