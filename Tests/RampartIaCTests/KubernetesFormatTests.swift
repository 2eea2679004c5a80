import RampartCore
import RampartIaC
import Testing

@Suite struct KubernetesFormatTests {
    static func resources(_ yaml: String) -> (resources: [ConfigResource], diagnostics: [Diagnostic]) {
        let (documents, _) = ConfigFileReader().read(Array(yaml.utf8), file: "m.yaml", syntax: "yaml")
        return KubernetesFormat().resources(in: documents)
    }

    @Test func manifestsCarryKindNameNamespaceAndPosition() throws {
        let (resources, diagnostics) = Self.resources(
            """
            # comment
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            """)
        #expect(diagnostics.isEmpty)
        #expect(resources.map(\.address) == ["Deployment/shop/web", "Service/web"])
        #expect(resources.map(\.apiVersion) == ["apps/v1", "v1"])
        #expect(resources.map(\.range.start.line) == [2, 8])
    }

    @Test func listKindsContributeTheirItemsAndReportHeaderlessItems() {
        let (resources, diagnostics) = Self.resources(
            """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
              - metadata: {name: no-kind}
              - apiVersion: v1
                kind: Secret
                metadata: {name: b}
            """)
        #expect(resources.map(\.address) == ["ConfigMap/a", "Secret/b"])
        #expect(resources.map(\.range.start.line) == [4, 8])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.range?.start.line == 7)
    }

    @Test func otherYAMLIsSkippedQuietly() {
        let (resources, diagnostics) = Self.resources(
            """
            services:
              web:
                image: nginx
            ---
            apiVersion: 3
            kind: [not, a, string]
            ---
            kind: Pod
            """)
        #expect(resources.isEmpty)
        #expect(diagnostics.isEmpty)
    }
}

@Suite struct ConfigFileReaderTests {
    @Test(arguments: [
        ("deploy/app.yaml", "yaml"), ("a/B.YML", "yaml"), ("x.json", "json"), ("Dockerfile", "dockerfile"),
        ("svc/Containerfile", "dockerfile"), ("build.Dockerfile", "dockerfile"), ("Dockerfile.prod", "dockerfile"),
    ])
    func syntaxFromName(path: String, syntax: String) {
        #expect(ConfigFileReader.syntax(ofPath: path) == syntax)
    }

    @Test func unknownNamesAreNotRead() {
        #expect(ConfigFileReader.syntax(ofPath: "README.md") == nil)
        #expect(ConfigFileReader.syntax(ofPath: "main.go") == nil)
    }

    @Test func explicitFilesAreSniffedByContent() {
        #expect(
            ConfigFileReader.syntax(
                ofExplicitFile: "build-image", text: "# syntax=docker/dockerfile:1\nFROM alpine:3.19\nRUN true\n")
                == "dockerfile")
        #expect(ConfigFileReader.syntax(ofExplicitFile: "notes", text: "just some text\n") == nil)
    }

    @Test func jsonWithoutApiVersionIsNotParsed() {
        #expect(!ConfigFileReader.isWorthParsing(Array(#"{"name": "pkg", "version": "1.0.0"}"#.utf8), syntax: "json"))
        #expect(ConfigFileReader.isWorthParsing(Array(#"{"apiVersion": "v1", "kind": "Pod"}"#.utf8), syntax: "json"))
        #expect(ConfigFileReader.isWorthParsing([], syntax: "yaml"))
    }

    @Test func dockerfilesBecomeOneResource() {
        let reader = ConfigFileReader()
        let (documents, diagnostics) = reader.read(
            Array("FROM alpine:3.19\nUSER app\n".utf8), file: "Dockerfile", syntax: "dockerfile")
        #expect(diagnostics.isEmpty)
        let (resources, _) = DockerfileFormat().resources(in: documents)
        #expect(resources.map(\.address) == ["Dockerfile"])
        #expect(resources.first?.node["stages"]?.listValue?.count == 1)
    }
}
