import Foundation

/// A scratch directory under the system temporary folder, created per test and removed by
/// ``remove()``; files are written relative to it.
struct TemporaryTree {
    /// The directory's absolute path.
    let root: String

    /// Creates an empty, uniquely named directory.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rampart-scan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes `text` to `relative`, creating parent folders.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `relative`, creating parent folders.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let target = path(relative)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: target, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return target
    }

    /// Creates the folder `relative` (and its parents).
    func makeDirectory(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    /// Creates a symbolic link at `relative` pointing to `destination` (as written).
    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    /// Deletes the whole tree.
    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
