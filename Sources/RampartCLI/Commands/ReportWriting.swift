import Foundation
import RampartCore
import RampartReport

/// Renders a report in the chosen format to standard output or a file, and computes the exit status.
enum ReportWriting {
    static func write(_ report: ScanReport, output: OutputOptions, scanRoot: String) throws {
        let format = try BuiltinReportFormats.require(id: output.format)
        let toTerminal = output.output == nil && isatty(STDOUT_FILENO) == 1
        var isDirectory: ObjCBool = false
        let root =
            FileManager.default.fileExists(atPath: scanRoot, isDirectory: &isDirectory) && isDirectory.boolValue
            ? scanRoot : (scanRoot as NSString).deletingLastPathComponent
        let context = ReportContext(
            isTerminal: toTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
            terminalWidth: terminalWidth(), sourceLines: .fileSystem(root: root.isEmpty ? "." : root),
            showSuppressed: output.showSuppressed, sourceRoot: root)
        do {
            try ReportFileWriter.stream(to: output.output) { sink in
                try format.render(report, context: context, to: sink)
            }
        } catch let error as ReportFileWriter.POSIXFailure {
            throw RampartFailure(
                "cannot write report to \(output.output ?? "standard output"): \(error.localizedDescription)")
        }
        if let path = output.output, !output.quiet {
            FileHandle.standardError.write(Data("rampart: \(format.id) report written to \(path)\n".utf8))
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
