import Foundation
import RampartPolicy
import RampartRules

/// Loads and compiles the rules a command runs: built-in rules plus `--policy` directories.
enum PolicyLoading {
    /// The compiled policy set; any rule that fails to load or compile is fatal, with file:line:col.
    static func policySet(scan: ScanOptions) throws -> PolicySet {
        var directories: [URL] = []
        if !scan.noBuiltinRules, let builtin = RuleResources.rulesDirectory { directories.append(builtin) }
        directories.append(contentsOf: scan.policy.map { URL(fileURLWithPath: $0) })
        for directory in scan.policy where !FileManager.default.fileExists(atPath: directory) {
            throw RampartFailure("--policy \(directory): no such file or directory")
        }
        return try compile(RuleCatalog.load(directories))
    }

    /// Built-in rules only.
    static func builtinEntries() throws -> [RuleCatalog.Entry] {
        guard let builtin = RuleResources.rulesDirectory else {
            throw RampartFailure("built-in rules are missing from this build")
        }
        let (entries, errors) = RuleCatalog.load([builtin])
        if !errors.isEmpty { throw RampartFailure(errors.map(\.description).joined(separator: "\n")) }
        return entries
    }

    static func compile(_ loaded: (entries: [RuleCatalog.Entry], errors: [RuleError])) throws -> PolicySet {
        let (policies, compileErrors) = PolicySet.compile(loaded.entries.map(\.rule))
        let errors = loaded.errors + compileErrors
        if !errors.isEmpty {
            throw RampartFailure("invalid rules:\n" + errors.map { "  \($0)" }.joined(separator: "\n"))
        }
        return policies
    }
}

/// Finds and reads the suppressions file.
enum IgnoreFileLoading {
    static func load(explicit: String?, root: String) throws -> IgnoreFile {
        var isDirectory: ObjCBool = false
        let defaultPath =
            FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
            ? root + "/.rampartignore" : ".rampartignore"
        let path = explicit ?? defaultPath
        guard let data = FileManager.default.contents(atPath: path) else {
            if explicit != nil { throw RampartFailure("cannot read ignore file \(path)") }
            return IgnoreFile()
        }
        return try IgnoreFile.load(bytes: [UInt8](data), file: path)
    }
}
