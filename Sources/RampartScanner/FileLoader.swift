import Foundation
public import RampartCore

/// Reads a file's bytes for scanning, refusing what should not be scanned: unreadable, not a regular
/// file (a FIFO would block the read), too large, or binary content.
public struct FileLoader: Sendable {
    /// Files larger than this are skipped with a diagnostic.
    public var maxFileSize: Int

    /// Creates a loader.
    public init(maxFileSize: Int = 64 << 20) {
        self.maxFileSize = maxFileSize
    }

    /// The file's bytes, or a diagnostic saying why it was skipped.
    public func load(_ path: String, displayPath: String) -> Loaded {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .skipped(Diagnostic(.unreadableFile, "Cannot stat file.", file: displayPath))
        }
        if info.st_mode & S_IFMT != S_IFREG {
            // A FIFO, socket or device would block or never end when read; only regular files are scanned.
            return .skipped(
                Diagnostic(
                    .unreadableFile, "Not a regular file (\(Self.kind(of: info.st_mode))); skipped.",
                    level: .warning, file: displayPath))
        }
        if Int(info.st_size) > maxFileSize {
            return .skipped(
                Diagnostic(
                    .fileTooLarge,
                    "File is \(info.st_size) bytes, above the \(maxFileSize)-byte limit; skipped (raise it with --max-file-size).",
                    level: .warning, file: displayPath))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .skipped(Diagnostic(.unreadableFile, "Cannot open file: permission denied.", file: displayPath))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            return .skipped(
                Diagnostic(.unreadableFile, "Cannot read file: \(error.localizedDescription)", file: displayPath))
        }
        let bytes = [UInt8](data)
        if Self.looksBinary(bytes) {
            return .skipped(
                Diagnostic(.binaryFile, "File content is binary; skipped.", level: .note, file: displayPath))
        }
        return .bytes(bytes)
    }

    /// The outcome of loading a file.
    public enum Loaded: Sendable {
        case bytes([UInt8])
        /// Not scanned, and why.
        case skipped(Diagnostic)
    }

    /// A word for a non-regular file type, for diagnostics.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFDIR: "a directory"
        default: "a special file"
        }
    }

    /// Binary sniffing: a NUL byte in the first 8 KiB (UTF-16 text is not configuration we read).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }
}
