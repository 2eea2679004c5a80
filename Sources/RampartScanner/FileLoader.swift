public import RampartCore
import Foundation

/// Reads a file's bytes for scanning, refusing what should not be scanned: unreadable, too large,
/// or binary content.
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
        if Int(info.st_size) > maxFileSize {
            return .skipped(Diagnostic(.fileTooLarge,
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
            return .skipped(Diagnostic(.unreadableFile, "Cannot read file: \(error.localizedDescription)", file: displayPath))
        }
        let bytes = [UInt8](data)
        if Self.looksBinary(bytes) {
            return .skipped(Diagnostic(.binaryFile, "File content is binary; skipped.", level: .note, file: displayPath))
        }
        return .bytes(bytes)
    }

    /// The outcome of loading a file.
    public enum Loaded: Sendable {
        case bytes([UInt8])
        /// Not scanned, and why.
        case skipped(Diagnostic)
    }

    /// Binary sniffing: a NUL byte in the first 8 KiB (UTF-16 text is not configuration we read).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }
}
