import Foundation

/// Writes a rendered report to `--output`.
///
/// A regular file (or a new path) is written atomically — a temporary file renamed over it — so a
/// reader never sees half a report. Anything else (`/dev/null`, a character device, a pipe, a
/// symbolic link such as `/dev/stdout`) is written in place: renaming over it would replace the
/// device or link with a regular file, which for `/dev/null` run as root breaks the whole machine.
enum ReportFileWriter {
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Streams chunks produced by `produce` to `path` (standard output when `nil`): regular files
    /// through a temporary file in the same folder renamed over the target, anything else in place.
    static func stream(to path: String?, _ produce: (([UInt8]) -> Void) throws -> Void) throws {
        var failure: (any Error)?
        func emit(into descriptor: Int32) -> ([UInt8]) -> Void {
            { chunk in
                guard failure == nil else { return }
                do {
                    try chunk.withUnsafeBufferPointer { try writeAll($0, to: descriptor) }
                } catch {
                    failure = error
                }
            }
        }
        guard let path else {
            try produce(emit(into: STDOUT_FILENO))
            if let failure { throw failure }
            return
        }
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard descriptor >= 0 else { throw POSIXFailure(operation: "open", code: errno) }
            defer { close(descriptor) }
            try produce(emit(into: descriptor))
            if let failure { throw failure }
            return
        }
        let temporary = path + ".rampart-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXFailure(operation: "open", code: errno) }
        do {
            try produce(emit(into: descriptor))
            if let failure { throw failure }
            guard close(descriptor) == 0 else { throw POSIXFailure(operation: "close", code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXFailure(operation: "rename", code: code)
        }
    }

    /// Writes bytes to a path, atomically for regular files.
    static func write(_ bytes: [UInt8], to path: String) throws {
        var info = stat()
        let exists = lstat(path, &info) == 0
        try bytes.withUnsafeBufferPointer { buffer in
            if exists && info.st_mode & S_IFMT != S_IFREG {
                try writeInPlace(buffer, to: path)
            } else {
                let data =
                    buffer.baseAddress.map {
                        Data(
                            bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: buffer.count, deallocator: .none)
                    } ?? Data()
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            }
        }
    }

    /// Opens the existing path for writing (truncating regular files behind a link) and writes all bytes.
    static func writeInPlace(_ buffer: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXFailure(operation: "open", code: errno) }
        defer { close(descriptor) }
        try writeAll(buffer, to: descriptor)
    }

    /// Writes every byte to a file descriptor (standard output, a device, a pipe).
    static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXFailure(operation: "write", code: errno)
            }
            offset += written
        }
    }

    /// A failed system call, described for the user.
    struct POSIXFailure: Error, LocalizedError {
        var operation: String
        var code: Int32
        var errorDescription: String? { "\(operation) failed: \(String(cString: strerror(code)))" }
    }
}
