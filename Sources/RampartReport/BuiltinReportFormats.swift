/// The report formats Rampart ships, in the order `--help` lists them.
///
/// Swift has no registration at load time, so this list is the registry: a new format adds one
/// line here. Ids must be unique (a test checks it).
public enum BuiltinReportFormats {
    /// Every built-in format.
    public static let all: [any ReportFormat] = [
        TableReportFormat(),
        JSONReportFormat(),
        SARIFReportFormat(),
        JUnitReportFormat(),
    ]

    /// The ids users may pass to `--format`, in registry order.
    public static var ids: [String] { all.map(\.id) }

    /// The format with the given id (case-insensitive), or `nil`.
    public static func format(id: String) -> (any ReportFormat)? {
        let wanted = id.lowercased()
        return all.first { $0.id == wanted }
    }

    /// The format with the given id.
    ///
    /// - Throws: ``ReportError`` with code `unknown-format`, listing the valid ids.
    public static func require(id: String) throws -> any ReportFormat {
        guard let format = format(id: id) else {
            throw ReportError(
                .unknownFormat,
                "unknown report format '\(id)'; use one of \(ids.joined(separator: ", "))"
            )
        }
        return format
    }
}
