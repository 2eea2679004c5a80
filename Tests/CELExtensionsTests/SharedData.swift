import Foundation

/// Locates `../shared` (conformance data) for tests: `RAMPART_SHARED`, else `<repo>/../shared`.
enum SharedData {
    /// The shared directory, or `nil` when it does not exist.
    static func directory(filePath: String = #filePath) -> URL? {
        if let override = ProcessInfo.processInfo.environment["RAMPART_SHARED"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        let repository = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        // `<repo>/../shared`; a git worktree may sit one level deeper, so look further up too.
        var ancestor = repository
        for _ in 0..<3 {
            ancestor = ancestor.deletingLastPathComponent()
            let shared = ancestor.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: shared.appendingPathComponent("conformance").path) {
                return shared
            }
        }
        return nil
    }

    /// `true` when missing shared data must fail the test rather than skip it.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
