import Foundation
import RampartCore
import RampartJSON
import Testing

/// The JSON reader's tree of the deployment must equal the outline the YAML reader's tree is checked
/// against (Tests/RampartYAMLTests/Fixtures/deployment.outline), so the two readers agree.
@Suite struct JSONYAMLEquivalenceTests {
    @Test func jsonManifestMatchesTheYAMLOutline() throws {
        let outlineFile = JSONTestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RampartYAMLTests/Fixtures/deployment.outline")
        let result = JSONReader().read(try JSONTestSupport.fixture("deployment.json"), file: "deployment.json")
        let outline = try #require(result.document?.root.outline)
        #expect(outline == (try String(contentsOf: outlineFile, encoding: .utf8)))
    }
}
