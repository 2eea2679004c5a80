import RampartCore

/// SARIF artifact locations and regions from Rampart's paths and spans.
///
/// Paths relative to the scan root become relative URIs against `%SRCROOT%` (forward slashes,
/// percent-encoded); absolute paths become `file://` URIs. Spans map to regions with 1-based
/// lines and columns; our end column is exclusive, as SARIF's `endColumn` is.
enum SARIFLocation {
    /// The base id relative artifact URIs resolve against.
    static let sourceRootID = "%SRCROOT%"

    /// An `artifactLocation` for a file path (or other target name).
    static func artifact(_ path: String) -> JSONValue {
        var normalized = path.replacingBackslashes()
        if normalized.hasPrefix("/") {
            return .object(["uri": .string("file://" + PercentEncoding.encodePath(normalized))])
        }
        if Self.hasDriveLetter(normalized) {
            let drive = normalized.prefix(2)
            return .object([
                "uri": .string("file:///\(drive)" + PercentEncoding.encodePath(String(normalized.dropFirst(2))))
            ])
        }
        while normalized.hasPrefix("./") { normalized.removeFirst(2) }
        if normalized.isEmpty || normalized == "." { normalized = "" }
        return .object([
            "uri": .string(PercentEncoding.encodePath(normalized)),
            "uriBaseId": .string(sourceRootID),
        ])
    }

    /// A `region` for a span, or `nil` when the span has no line (`SourceSpan.unknown`).
    ///
    /// An empty or inverted span becomes the rest of its start line; a span ending at column 1
    /// of a later line ends at the end of the line before.
    static func region(_ span: SourceSpan) -> JSONValue? {
        let start = span.start
        guard start.line >= 1 else { return nil }
        var region: [String: JSONValue] = ["startLine": .int(start.line)]
        let hasColumns = start.column >= 1
        if hasColumns { region["startColumn"] = .int(start.column) }
        guard span.end > start else { return .object(region) }
        var endLine = span.end.line
        var endColumn: Int? = hasColumns ? span.end.column : nil
        if endLine > start.line, span.end.column <= 1 {
            endLine -= 1
            endColumn = nil
        }
        region["endLine"] = .int(endLine)
        if let endColumn, endColumn >= 1, endLine > start.line || endColumn > start.column {
            region["endColumn"] = .int(endColumn)
        }
        return .object(region)
    }

    /// A SARIF `location`: the file (or the target when there is no location), its region, and
    /// the resource as a logical location.
    static func location(file: String, span: SourceSpan?, resource: String?) -> JSONValue {
        var physical: [String: JSONValue] = ["artifactLocation": artifact(file)]
        if let span, let region = region(span) { physical["region"] = region }
        var location: [String: JSONValue] = ["physicalLocation": .object(physical)]
        if let resource, !resource.isEmpty {
            location["logicalLocations"] = .array([
                .object(["fullyQualifiedName": .string(resource), "kind": .string("resource")])
            ])
        }
        return .object(location)
    }

    /// `true` for Windows paths such as `C:/src/main.tf`.
    private static func hasDriveLetter(_ path: String) -> Bool {
        let bytes = Array(path.utf8.prefix(3))
        guard bytes.count == 3, bytes[1] == UInt8(ascii: ":"), bytes[2] == UInt8(ascii: "/") else { return false }
        return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[0] & 0xDF)
    }
}

extension String {
    /// The string with every `\` turned into `/`.
    fileprivate func replacingBackslashes() -> String {
        guard contains("\\") else { return self }
        return String(map { $0 == "\\" ? "/" : $0 })
    }
}
