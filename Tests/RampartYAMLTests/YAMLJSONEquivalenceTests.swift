import Foundation
import RampartCore
import RampartYAML
import Testing

/// The YAML and JSON forms of one manifest must give the same tree. The JSON tests compare the
/// JSON reader's tree with the same outline file, so both readers agree through it.
@Suite struct YAMLJSONEquivalenceTests {
    static let outlineFile = YAMLTestSupport.fixtures.appendingPathComponent("deployment.outline")

    @Test func yamlManifestMatchesTheSharedOutline() throws {
        let result = YAMLReader().read(try YAMLTestSupport.fixture("deployment.yaml"), file: "deployment.yaml")
        let outline = try #require(result.documents.first?.root.outline)
        if ProcessInfo.processInfo.environment["RAMPART_RECORD"] == "1" {
            try outline.write(to: Self.outlineFile, atomically: true, encoding: .utf8)
        }
        #expect(outline == (try String(contentsOf: Self.outlineFile, encoding: .utf8)))
    }

    @Test func yamlReaderReadsTheJSONFormToTheSameTree() throws {
        let jsonFile = YAMLTestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RampartJSONTests/Fixtures/deployment.json")
        let result = YAMLReader().read(Array(try Data(contentsOf: jsonFile)), file: "deployment.json")
        #expect(result.diagnostics.isEmpty)
        let yaml = YAMLReader().read(try YAMLTestSupport.fixture("deployment.yaml"), file: "deployment.yaml")
        #expect(result.documents.first?.root.withoutPositions() == yaml.documents.first?.root.withoutPositions())
        #expect(result.documents.first?.root["kind"]?.span == YAMLTestSupport.span(3, 11, 3, 23))
    }
}
