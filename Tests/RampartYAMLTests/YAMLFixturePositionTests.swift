import RampartCore
import RampartYAML
import Testing

@Suite struct YAMLFixturePositionTests {
    let result: YAMLReadResult

    init() throws {
        result = YAMLReader().read(try YAMLTestSupport.fixture("deployment.yaml"), file: "deployment.yaml")
    }

    @Test func documentsSkipEmptyOnesAndKeepStreamIndices() {
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.map(\.index) == [0, 1, 3])
        #expect(result.documents.map { $0.root["kind"]?.stringValue } == ["Deployment", "Service", "ConfigMap"])
        #expect(result.documents.allSatisfy { $0.file == "deployment.yaml" && $0.syntax == "yaml" })
    }

    @Test func keyAndValueSpansOfTheDeployment() throws {
        let root = try #require(result.documents.first?.root)
        #expect(root.span.start == SourcePosition(line: 2, column: 1))
        #expect(root.keySpan("kind") == YAMLTestSupport.span(3, 1, 3, 5))
        #expect(root["kind"]?.span == YAMLTestSupport.span(3, 7, 3, 17))
        #expect(root.at("spec", "replicas")?.intValue == 3)
        #expect(root.at("spec", "replicas")?.span == YAMLTestSupport.span(9, 13, 9, 14))
        let container = try #require(root.at("spec", "template", "spec", "containers", 0))
        #expect(container.span.start == SourcePosition(line: 13, column: 11))
        #expect(container["image"]?.stringValue == "nginx:1.25")
        #expect(container["image"]?.span == YAMLTestSupport.span(14, 18, 14, 30))
        let security = try #require(container["securityContext"])
        #expect(security["privileged"]?.boolValue == true)
        #expect(security.keySpan("privileged") == YAMLTestSupport.span(16, 13, 16, 23))
        #expect(security["privileged"]?.span == YAMLTestSupport.span(16, 25, 16, 29))
        #expect(security["runAsUser"]?.intValue == 0)
        let containers = try #require(root.at("spec", "template", "spec", "containers"))
        #expect(containers.span == YAMLTestSupport.span(13, 9, 19, 34))
        #expect(containers.at(0, "ports", 0, "containerPort")?.span == YAMLTestSupport.span(19, 30, 19, 34))
    }

    @Test func flowCollectionSpans() throws {
        let service = try #require(result.documents.dropFirst().first?.root)
        let ports = try #require(service.at("spec", "ports"))
        #expect(ports.span == YAMLTestSupport.span(26, 10, 26, 40))
        #expect(ports[0]?.span == YAMLTestSupport.span(26, 11, 26, 39))
        #expect(ports.at(0, "port")?.span == YAMLTestSupport.span(26, 18, 26, 20))
        #expect(ports[0]?.keySpan("targetPort") == YAMLTestSupport.span(26, 22, 26, 32))
        #expect(ports.at(0, "targetPort")?.intValue == 8080)
    }

    @Test func blockScalarSpansTheWholeScalarWithoutTrailingBlankLines() throws {
        let configMap = try #require(result.documents.last?.root)
        let script = try #require(configMap.at("data", "script"))
        #expect(script.stringValue == "echo \"# not a comment\"\nexit 0\n")
        #expect(script.span == YAMLTestSupport.span(34, 11, 36, 11))
        #expect(configMap.at("data", "note")?.stringValue == "it's # fine")
        #expect(configMap.at("data", "note")?.span == YAMLTestSupport.span(38, 9, 38, 23))
    }

    @Test func commentsGoToTheirDocuments() {
        let first = result.documents[0].comments
        #expect(
            first == [
                Comment(
                    text: "rampart:ignore:RMP-K8S-0002 namespace comes from kustomize",
                    position: SourcePosition(line: 1, column: 1), isTrailing: false),
                Comment(
                    text: "rampart:ignore:RMP-K8S-0001 needed for eBPF",
                    position: SourcePosition(line: 16, column: 30), isTrailing: true),
            ])
        #expect(result.documents[1].comments.map(\.text) == ["empty document below"])
        #expect(result.documents[2].comments.isEmpty)
    }
}
