import RampartCore

extension SARIFReportFormat {
    /// A `result` for a finding.
    static func result(_ finding: Finding, ruleIndex: Int) -> JSONValue {
        let file = finding.location?.file ?? finding.target
        var properties: [String: JSONValue] = [
            "severity": .string(finding.severity.rawValue),
            "kind": .string(finding.kind.rawValue),
            "target": .string(finding.target),
        ]
        if let resource = finding.resource, !resource.isEmpty { properties["resource"] = .string(resource) }
        var suppressions: JSONValue?
        if case .suppressed(let suppression) = finding.status {
            suppressions = .array([Self.suppression(suppression)])
        }
        return .fields([
            "ruleId": .string(finding.ruleID),
            "ruleIndex": .int(ruleIndex),
            "level": .string(level(finding.severity)),
            "message": .object(["text": .string(messageText(finding))]),
            "locations": .array([
                SARIFLocation.location(file: file, span: finding.location?.span, resource: finding.resource)
            ]),
            "partialFingerprints": .object([fingerprintKey: .string(finding.fingerprint)]),
            "suppressions": suppressions,
            "properties": .object(properties),
        ])
    }

    /// The result message: the finding's message, else its title, else its rule id (never empty).
    static func messageText(_ finding: Finding) -> String {
        if !finding.message.isEmpty { return finding.message }
        return finding.title.isEmpty ? finding.ruleID : finding.title
    }

    /// A SARIF `suppression`: `inSource` for markers in the file or on the resource, `external`
    /// for ignore files and VEX.
    static func suppression(_ suppression: Suppression) -> JSONValue {
        let kind: String
        switch suppression.source {
        case .inline, .annotation: kind = "inSource"
        case .ignoreFile, .vex: kind = "external"
        }
        var location: JSONValue?
        if let range = suppression.location {
            location = SARIFLocation.location(file: range.file, span: range.span, resource: nil)
        }
        return .fields([
            "kind": .string(kind),
            "status": .string("accepted"),
            "justification": JSONValue.nonEmpty(suppression.reason),
            "location": location,
            "properties": .object([
                "source": .string(suppression.source.rawValue), "marker": .string(suppression.marker),
            ]),
        ])
    }
}
