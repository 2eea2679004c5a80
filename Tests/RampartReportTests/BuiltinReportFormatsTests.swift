import RampartCore
import RampartReport
import Testing

@Suite struct BuiltinReportFormatsTests {
    @Test func listsTheFourFormatsWithUniqueIDs() {
        #expect(BuiltinReportFormats.ids == ["table", "json", "sarif", "junit"])
        #expect(Set(BuiltinReportFormats.ids).count == BuiltinReportFormats.all.count)
    }

    @Test func findsFormatsByIDIgnoringCase() throws {
        #expect(BuiltinReportFormats.format(id: "SARIF")?.id == "sarif")
        #expect(BuiltinReportFormats.format(id: "xml") == nil)
        #expect(try BuiltinReportFormats.require(id: "junit").id == "junit")
    }

    @Test func explainsAnUnknownFormat() {
        #expect {
            try BuiltinReportFormats.require(id: "html")
        } throws: { error in
            let error = error as? ReportError
            return error?.code == .unknownFormat
                && error?.message == "unknown report format 'html'; use one of table, json, sarif, junit"
        }
    }

    @Test(arguments: BuiltinReportFormats.all.map(\.id))
    func everyFormatRendersAnEmptyReport(id: String) throws {
        let format = try #require(BuiltinReportFormats.format(id: id))
        let report = ScanReport(tool: .init(version: "1.0.0"), target: ".", scanners: [], createdAt: "")
        #expect(!(try format.render(report, context: ReportContext())).isEmpty)
    }

    @Test(arguments: BuiltinReportFormats.all.map(\.id))
    func neverPrintsARawSecret(id: String) throws {
        let format = try #require(BuiltinReportFormats.format(id: id))
        var context = SampleReport.context
        context.showSuppressed = true
        context.contextLines = 3
        let text = try format.render(SampleReport.report, context: context)
        for secret in SampleReport.rawSecrets {
            #expect(!text.contains(secret.dropFirst(4)))
        }
    }

    @Test func renderingIsSafeFromManyTasksAtOnce() async throws {
        let expected = try BuiltinReportFormats.all.map {
            try $0.render(SampleReport.report, context: SampleReport.context)
        }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try BuiltinReportFormats.all.map {
                        try $0.render(SampleReport.report, context: SampleReport.context)
                    } == expected
                }
            }
            for try await same in group { #expect(same) }
        }
    }
}
