import Foundation
import RampartCore
import RampartReport

/// Renders a report in the chosen format to standard output or a file, and computes the exit status.
enum ReportWriting {
    static func write(_ report: ScanReport, output: OutputOptions, scanRoot: String) throws {
        let format = try BuiltinReportFormats.require(id: output.format)
        let toTerminal = output.output == nil && isatty(STDOUT_FILENO) == 1
        var isDirectory: ObjCBool = false
        let root = FileManager.default.fileExists(atPath: scanRoot, isDirectory: &isDirectory) && isDirectory.boolValue
            ? scanRoot : (scanRoot as NSString).deletingLastPathComponent
        let context = ReportContext(
            isTerminal: toTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
            terminalWidth: terminalWidth(), sourceLines: .fileSystem(root: root.isEmpty ? "." : root),
            showSuppressed: output.showSuppressed, sourceRoot: root)
        var bytes = try format.renderUTF8(report, context: context)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        if let path = output.output {
            do {
                try ReportFileWriter.write(bytes, to: path)
            } catch {
                throw RampartFailure("cannot write report to \(path): \(error.localizedDescription)")
            }
            if !output.quiet {
                FileHandle.standardError.write(Data("rampart: \(format.id) report written to \(path)\n".utf8))
            }
        } else {
            try bytes.withUnsafeBufferPointer { try ReportFileWriter.writeAll($0, to: STDOUT_FILENO) }
        }
    }

    /// 1 when a failing finding is at or above `failOn`; else 3 under `--strict` when something was
    /// not fully scanned; else 0.
    static func exitStatus(for report: ScanReport, failOn: String, strict: Bool) -> Int32 {
        if let threshold = Severity(parsing: failOn),
            report.findings.contains(where: { $0.isFailing && $0.severity >= threshold })
        {
            return ExitStatus.findings
        }
        if strict, report.diagnostics.contains(where: { $0.level == .error }) { return ExitStatus.incomplete }
        return ExitStatus.clean
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
    }
}
