import Foundation

/// A scratch folder for one test, removed by ``remove()``.
struct Workspace {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rampart-cli-ws-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let target = path(relative)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: path(relative), encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Runs rampart with this workspace as the working directory.
    func rampart(_ arguments: String..., environment: [String: String] = [:]) throws -> RampartProcess.Result {
        try RampartProcess.run(arguments, in: root, environment: environment)
    }

    func rampart(arguments: [String], environment: [String: String] = [:]) throws -> RampartProcess.Result {
        try RampartProcess.run(arguments, in: root, environment: environment)
    }
}
