public import RampartCore

/// The human report: findings grouped by file, each with a code frame, then what could not be
/// fully scanned, then a one-line summary.
///
/// ```
/// deploy/web.yaml
/// ===============
///
/// HIGH      RMP-K8S-0001  Container runs privileged
///   --> deploy/web.yaml:12:11 (Deployment/default/web)
///   container "app" runs privileged
///      11 |       securityContext:
///    > 12 |         privileged: true
///         |         ^^^^^^^^^^^^^^^^
///   fix: Set securityContext.privileged to false.
///
/// 1 finding (1 high), 1 file, 1 resource scanned
/// ```
///
/// Colours only when ``ReportContext/isTerminal``; untrusted text is sanitised and secrets are
/// masked in every printed source line.
public struct TableReportFormat: ReportFormat {
    /// The `--format` name.
    public static let id = "table"
    /// Version of the output this format writes.
    public static let version = "1"
    /// The usual extension of a file holding this output.
    public static let fileExtension = "txt"
    /// One line for `--help`.
    public static let summary = "human-readable findings with code frames (default)"

    /// Creates the format.
    public init() {}

    /// Renders the report (see the type's documentation for the layout).
    public func render(_ report: ScanReport, context: ReportContext) throws -> String {
        TableWriter(report: report, context: context).render()
    }
}
