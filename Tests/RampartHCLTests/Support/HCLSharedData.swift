import Foundation
import RampartTesting
import Testing

/// Locates `shared/conformance/hcl`: `RAMPART_SHARED`, `<repo>/../shared`, or any parent holding `shared/conformance`.
enum HCLSharedData {
    static let directory: URL? = {
        if let url = SharedData.url("conformance/hcl") { return url }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/conformance/hcl")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// The folder, or `nil` (recording an issue under CI) when it is missing.
    static func require() -> URL? {
        if let directory { return directory }
        if SharedData.isCI { Issue.record("shared/conformance/hcl is missing; set RAMPART_SHARED") }
        return nil
    }

    /// Every regular file below a folder with one of the extensions, sorted.
    static func files(under folder: URL, extensions: Set<String>) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var result: [URL] = []
        for case let url as URL in enumerator where extensions.contains(url.pathExtension) { result.append(url) }
        return result.sorted { $0.path < $1.path }
    }

    static func read(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }
}
