public import RampartCore

/// A way to render one ``ScanReport`` for people or machines: `table`, `json`, `sarif`, `junit`.
///
/// Formats are stateless values, so one instance may render many reports at once. Adding a format
/// means one type conforming here and one line in ``BuiltinReportFormats``; the CLI maps
/// `--format ID` through that registry.
///
/// ```swift
/// let text = try JSONReportFormat().render(report, context: ReportContext())
/// ```
public protocol ReportFormat: Sendable {
    /// The name users pass to `--format` (`table`, `json` …); unique among the built-in formats.
    static var id: String { get }
    /// Version of the output this format writes; it changes whenever the output changes
    /// incompatibly, so it can key caches and tell consumers what to expect.
    static var version: String { get }
    /// The usual extension of a file holding this output, without the dot (`sarif`, `xml`).
    static var fileExtension: String { get }
    /// One line describing the format, for `--help`.
    static var summary: String { get }

    /// Renders the report as text.
    ///
    /// - Parameters:
    ///   - report: The scan to render; findings are shown in ``ScanReport/sortedFindings`` order.
    ///   - context: Where the output goes and what the user asked to see.
    /// - Throws: ``ReportError`` when the report cannot be rendered at all.
    func render(_ report: ScanReport, context: ReportContext) throws -> String

    /// Renders the report as UTF-8 bytes; formats that build large outputs implement it to avoid
    /// holding both a tree and a copy of the text.
    func renderUTF8(_ report: ScanReport, context: ReportContext) throws -> [UInt8]

    /// Renders the report in UTF-8 chunks handed to `sink` in order; formats for very large
    /// reports implement it so memory stays bounded.
    func render(_ report: ScanReport, context: ReportContext, to sink: ([UInt8]) -> Void) throws
}

extension ReportFormat {
    /// Default: the UTF-8 of ``render(_:context:)``.
    public func renderUTF8(_ report: ScanReport, context: ReportContext) throws -> [UInt8] {
        Array(try render(report, context: context).utf8)
    }

    /// Default: one chunk, the whole of ``renderUTF8(_:context:)``.
    public func render(_ report: ScanReport, context: ReportContext, to sink: ([UInt8]) -> Void) throws {
        sink(try renderUTF8(report, context: context))
    }

    /// The format's ``ReportFormat/id``, reachable from an existential value.
    public var id: String { Self.id }
}
