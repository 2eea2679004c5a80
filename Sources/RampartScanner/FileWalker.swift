import Foundation
public import RampartCore

/// Walks a directory tree once, yielding the files a scan should read and diagnostics for what it
/// could not enter.
///
/// Skips version-control and dependency folders, paths excluded by `--skip-dirs`/`--skip-files`
/// (`.gitignore` syntax) and, on request, by the tree's own `.gitignore` files. Directory symlinks
/// are followed once: a loop is reported, not walked.
public struct FileWalker: Sendable {
    /// What to skip.
    public struct Options: Sendable {
        /// Patterns of directories to skip (relative to the root, `.gitignore` syntax).
        public var skipDirs: [String]
        /// Patterns of files to skip.
        public var skipFiles: [String]
        /// Also honour `.gitignore` files found in the tree.
        public var respectGitignore: Bool
        /// Directory names always skipped.
        public var alwaysSkipped: Set<String>

        /// Creates options.
        public init(
            skipDirs: [String] = [], skipFiles: [String] = [], respectGitignore: Bool = false,
            alwaysSkipped: Set<String> = [".git", ".hg", ".svn", "node_modules", ".build"]
        ) {
            self.skipDirs = skipDirs
            self.skipFiles = skipFiles
            self.respectGitignore = respectGitignore
            self.alwaysSkipped = alwaysSkipped
        }
    }

    /// A file to scan.
    public struct Entry: Sendable, Hashable {
        /// Absolute or as-given path for reading.
        public var path: String
        /// Path relative to the scan root, forward slashes; what reports show.
        public var relativePath: String
    }

    public var options: Options

    /// Creates a walker.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Every regular file under `root` that `wanted` accepts (given the relative path), plus
    /// diagnostics. When `root` is a file, it is returned alone (named files are never filtered).
    public func walk(_ root: String, wanted: (String) -> Bool) -> (files: [Entry], diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            return ([], [Diagnostic(.unreadableFile, "No such file or directory.", file: root)])
        }
        if !isDirectory.boolValue {
            return ([Entry(path: root, relativePath: (root as NSString).lastPathComponent)], [])
        }
        var files: [Entry] = []
        var diagnostics: [Diagnostic] = []
        var visited: Set<FileIdentity> = []
        let dirFilter = PathFilter(options.skipDirs.map { $0.hasSuffix("/") ? $0 : $0 + "/" })
        let fileFilter = PathFilter(options.skipFiles)
        var pending: [(path: String, relative: String, ignores: PathFilter)] = [(root, "", PathFilter())]
        while let (directory, relative, inherited) = pending.popLast() {
            guard let identity = FileIdentity(path: directory) else {
                diagnostics.append(
                    Diagnostic(.unreadableFile, "Cannot read directory.", file: relative.isEmpty ? "." : relative))
                continue
            }
            guard visited.insert(identity).inserted else {
                diagnostics.append(
                    Diagnostic(
                        .symlinkLoop, "Directory was already visited (symlink loop); skipped.",
                        level: .warning, file: relative))
                continue
            }
            var ignores = inherited
            if options.respectGitignore,
                let text = try? String(contentsOfFile: directory + "/.gitignore", encoding: .utf8)
            {
                ignores.add(
                    text.split(separator: "\n").map { line in
                        let pattern = String(line)
                        guard !relative.isEmpty, !pattern.hasPrefix("#"), pattern.contains("/") else { return pattern }
                        let negated = pattern.hasPrefix("!")
                        let body = negated ? String(pattern.dropFirst()) : pattern
                        let anchored = relative + "/" + (body.hasPrefix("/") ? String(body.dropFirst()) : body)
                        return (negated ? "!" : "") + "/" + anchored
                    })
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .unreadableFile, "Cannot list directory: permission denied or not readable.",
                        file: relative.isEmpty ? "." : relative))
                continue
            }
            for name in names.reversed() {
                let path = directory + "/" + name
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                var childIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &childIsDirectory) else {
                    diagnostics.append(
                        Diagnostic(.unreadableFile, "Broken symbolic link; skipped.", level: .note, file: childRelative)
                    )
                    continue
                }
                if childIsDirectory.boolValue {
                    if options.alwaysSkipped.contains(name) || dirFilter.excludes(childRelative, isDirectory: true)
                        || ignores.excludes(childRelative, isDirectory: true)
                    {
                        continue
                    }
                    pending.append((path, childRelative, ignores))
                } else {
                    if fileFilter.excludes(childRelative, isDirectory: false)
                        || ignores.excludes(childRelative, isDirectory: false)
                    {
                        continue
                    }
                    if wanted(childRelative) { files.append(Entry(path: path, relativePath: childRelative)) }
                }
            }
        }
        files.sort { $0.relativePath < $1.relativePath }
        return (files, diagnostics)
    }
}

/// Device and inode of a directory (after following symlinks), to detect loops.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
