import RampartCore
import RampartYAML
import Testing

@Suite struct YAMLCommentTests {
    @Test func blockAboveAndTrailingSuppressions() {
        let text = """
            spec:
              containers:
                # rampart:ignore:RMP-K8S-0001 debugging sidecar
                - name: debug
                  securityContext: {privileged: true}  # rampart:ignore:RMP-K8S-0002 reason
            """
        let comments = YAMLTestSupport.read(text).documents.first?.comments
        #expect(
            comments == [
                Comment(
                    text: "rampart:ignore:RMP-K8S-0001 debugging sidecar", position: SourcePosition(line: 3, column: 5),
                    isTrailing: false),
                Comment(
                    text: "rampart:ignore:RMP-K8S-0002 reason", position: SourcePosition(line: 5, column: 44),
                    isTrailing: true),
            ])
    }

    @Test func hashWithoutPrecedingBlankIsNotAComment() {
        let result = YAMLTestSupport.read("url: http://example.com/#frag\nkey: a#b\nc: 'x' #real\n")
        #expect(result.documents.first?.root["url"]?.stringValue == "http://example.com/#frag")
        #expect(result.documents.first?.root["key"]?.stringValue == "a#b")
        #expect(result.documents.first?.comments.map(\.text) == ["real"])
    }

    @Test func commentsInFlowCollectionsAndAfterBlockHeaders() {
        let text = "list: [a, # first\n  b] # after\nscript: | # header\n  # not a comment\n  echo\n# after block\n"
        let result = YAMLTestSupport.read(text)
        #expect(result.documents.first?.root["script"]?.stringValue == "# not a comment\necho\n")
        #expect(result.documents.first?.comments.map(\.text) == ["first", "after", "header", "after block"])
        #expect(result.documents.first?.comments.map(\.position.line) == [1, 2, 3, 6])
    }

    @Test func multiLineQuotedScalarsHideHashes() {
        let text = "a: \"one\n  # two\n  three\" # four\nb: 'x\n\n  # y' \n# z\n"
        let result = YAMLTestSupport.read(text)
        #expect(result.documents.first?.root["a"]?.stringValue == "one # two three")
        #expect(result.documents.first?.comments.map(\.text) == ["four", "z"])
    }

    @Test func commentsBetweenDocumentsGoToTheDocumentBefore() {
        let text = "# header\na: 1\n# tail of first\n---\n# head of second\nb: 2\n"
        let documents = YAMLTestSupport.read(text).documents
        #expect(documents.map { $0.comments.map(\.text) } == [["header", "tail of first"], ["head of second"]])
    }

    @Test func emptyCommentsAndTabs() {
        let comments = YAMLTestSupport.read("a: 1 #\nb: 2\t#\ttabbed\t\n").documents.first?.comments
        #expect(comments?.map(\.text) == ["", "tabbed"])
        #expect(comments?.map(\.position) == [SourcePosition(line: 1, column: 6), SourcePosition(line: 2, column: 6)])
    }
}
