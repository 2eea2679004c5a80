import Foundation
import RampartCore
import RampartYAML

/// `rampart.yaml`: defaults for command-line options, one top-level key per option
/// (`severity: [high, critical]`, `skip-dirs: [vendor]`, `format: sarif`).
///
/// Unknown keys are an error naming the key's line, so a typo never silently does nothing.
enum ConfigFile {
    /// The flattened settings (key → values) of the config file, or an empty map when there is none.
    static func load(explicitPath: String?, validKeys: Set<String>) throws -> [String: [String]] {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else if FileManager.default.fileExists(atPath: "rampart.yaml") {
            path = "rampart.yaml"
        } else {
            return [:]
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RampartFailure("cannot read config file \(path)")
        }
        let result = YAMLReader().read([UInt8](data), file: path)
        if let error = result.diagnostics.first(where: { $0.level == .error }) {
            throw RampartFailure("invalid config file: \(error)")
        }
        guard let document = result.documents.first else { return [:] }
        guard let mapping = document.root.mapValue else {
            throw RampartFailure(
                "\(path):\(document.root.span.start.line): the config file must be a mapping of option names")
        }
        var settings: [String: [String]] = [:]
        for entry in mapping.entries {
            guard validKeys.contains(entry.key) else {
                throw RampartFailure(
                    "\(path):\(entry.keySpan.start.line):\(entry.keySpan.start.column): unknown key '\(entry.key)'; "
                        + "valid keys: \(validKeys.sorted().joined(separator: ", "))")
            }
            settings[entry.key] = scalars(entry.value)
        }
        return settings
    }

    static func scalars(_ node: Node) -> [String] {
        switch node.value {
        case .string(let text): [text]
        case .int(let number): [String(number)]
        case .double(let number): [String(number)]
        case .bool(let flag): [String(flag)]
        case .list(let items): items.flatMap(scalars)
        case .null, .map: []
        }
    }
}
