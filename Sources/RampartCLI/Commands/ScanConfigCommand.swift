import ArgumentParser
import Foundation
import RampartCore
import RampartPolicy
import RampartScanner

/// `rampart scan config PATH`: misconfigurations in Kubernetes manifests and Dockerfiles.
struct ScanConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Find misconfigurations in Kubernetes manifests and Dockerfiles.",
        discussion: """
            Reads every *.yaml, *.yml and *.json Kubernetes manifest and every Dockerfile/Containerfile under
            PATH (one walk, all cores), judges each resource with the built-in CEL rules and your --policy rules,
            and reports findings at their exact file:line:column.

            Examples:
              rampart scan config .
              rampart scan config deploy/ --severity high,critical --fail-on high
              rampart scan config . --format sarif --output rampart.sarif
              rampart scan config . --policy ./policies --no-builtin-rules
              RAMPART_SKIP_DIRS=vendor rampart scan config .

            Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage or fatal error, 3 with --strict when some input could not be fully scanned.
            """
    )

    @Argument(help: "A file or directory to scan.")
    var path: String = "."

    @OptionGroup var scan: ScanOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var configOption: ConfigOption

    func run() async throws {
        let policies = try PolicyLoading.policySet(scan: scan)
        let options = ConfigScanner.Options(
            walker: .init(skipDirs: scan.skipDirs, skipFiles: scan.skipFiles, respectGitignore: scan.respectGitignore),
            maxFileSize: scan.maxFileSize, today: SystemInfo.today(),
            ignoreFile: try IgnoreFileLoading.load(explicit: scan.ignorefile, root: path),
            toolVersion: RampartCommand.version)
        var report = await ConfigScanner(policies: policies, options: options).scan(path, createdAt: SystemInfo.now())
        let severities = scan.severities
        report.findings.removeAll { !severities.contains($0.severity) }
        try ReportWriting.write(report, output: output, scanRoot: path)
        throw ExitCode(ReportWriting.exitStatus(for: report, failOn: scan.failOn, strict: scan.strict))
    }
}
