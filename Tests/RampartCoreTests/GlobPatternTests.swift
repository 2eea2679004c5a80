import RampartCore
import Testing

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("*.yaml", "a/b/c.yaml", false, true),
        ("*.yaml", "a/b/c.yml", false, false),
        ("vendor/", "vendor", true, true),
        ("vendor/", "vendor", false, false),
        ("vendor/", "src/vendor", true, true),
        ("/vendor", "src/vendor", true, false),
        ("/vendor", "vendor", true, true),
        ("docs/*.md", "docs/a.md", false, true),
        ("docs/*.md", "docs/sub/a.md", false, false),
        ("**/testdata", "a/b/testdata", true, true),
        ("**/testdata", "testdata", true, true),
        ("a/**/b", "a/x/y/b", true, true),
        ("a/**/b", "a/b", true, true),
        ("a/**", "a/x/y", false, true),
        ("file?.txt", "file1.txt", false, true),
        ("file?.txt", "file10.txt", false, false),
        ("[a-c]*.tf", "b-main.tf", false, true),
        ("[!a-c]*.tf", "b-main.tf", false, false),
        ("\\#notes", "#notes", false, true),
    ])
    func matches(pattern: String, path: String, isDirectory: Bool, expected: Bool) throws {
        let glob = try #require(GlobPattern(pattern))
        #expect(glob.matches(path, isDirectory: isDirectory) == expected)
    }

    @Test func blankAndCommentLinesAreNotPatterns() {
        #expect(GlobPattern("") == nil)
        #expect(GlobPattern("   ") == nil)
        #expect(GlobPattern("# comment") == nil)
    }

    @Test func lastMatchingPatternDecides() {
        let filter = PathFilter(["*.yaml", "!keep.yaml", "# comment"])
        #expect(filter.excludes("x/drop.yaml", isDirectory: false))
        #expect(!filter.excludes("x/keep.yaml", isDirectory: false))
        #expect(!filter.excludes("x/other.json", isDirectory: false))
    }
}

@Suite struct NodePathTests {
    static func span(_ line: Int) -> SourceSpan { SourceSpan(line: line, column: 1, endLine: line, endColumn: 10) }

    static let pod: Node = {
        let privileged = Node(.bool(true), span: span(5))
        let securityContext = Node(
            .map(Mapping([.init(key: "privileged", keySpan: span(5), value: privileged)])), span: span(5))
        let container = Node(
            .map(
                Mapping([
                    .init(key: "name", keySpan: span(3), value: Node(.string("app"), span: span(3))),
                    .init(key: "securityContext", keySpan: span(4), value: securityContext),
                ])), span: span(3))
        let containers = Node(.list([container]), span: span(3))
        let spec = Node(.map(Mapping([.init(key: "containers", keySpan: span(2), value: containers)])), span: span(2))
        return Node(.map(Mapping([.init(key: "spec", keySpan: span(1), value: spec)])), span: span(1))
    }()

    @Test func followsExistingPath() {
        let (node, complete) = Self.pod.deepest(along: "spec.containers[0].securityContext.privileged")
        #expect(complete)
        #expect(node.boolValue == true)
        #expect(node.span.start.line == 5)
    }

    @Test func stopsAtNearestExistingAncestor() {
        let (node, complete) = Self.pod.deepest(along: "spec.containers[0].securityContext.runAsNonRoot")
        #expect(!complete)
        #expect(node.span.start.line == 5)
        let (missingIndex, _) = Self.pod.deepest(along: "spec.containers[3].name")
        #expect(missingIndex.listValue?.count == 1)
    }

    @Test func quotedKeysWithDots() {
        let annotations = Node(
            .map(Mapping([.init(key: "a.b/c", keySpan: Self.span(7), value: Node(.string("x"), span: Self.span(7)))])),
            span: Self.span(7))
        let root = Node(
            .map(Mapping([.init(key: "annotations", keySpan: Self.span(6), value: annotations)])), span: Self.span(6))
        #expect(root.deepest(along: "annotations[\"a.b/c\"]").node.stringValue == "x")
    }

    @Test func largeMappingsUseTheIndexAndLastDuplicateWins() {
        var mapping = Mapping()
        for index in 0..<50 {
            mapping.append(
                .init(
                    key: "k\(index % 40)", keySpan: Self.span(index + 1),
                    value: Node(.int(Int64(index)), span: Self.span(index + 1))))
        }
        #expect(mapping["k5"]?.intValue == 45)
        #expect(mapping["k39"]?.intValue == 39)
        #expect(mapping["missing"] == nil)
        mapping.set("k5", Node(.int(-1), span: Self.span(1)))
        #expect(mapping["k5"]?.intValue == -1)
    }
}
