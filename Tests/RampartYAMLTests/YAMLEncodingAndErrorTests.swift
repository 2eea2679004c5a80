import RampartCore
import RampartYAML
import Testing

@Suite struct YAMLEncodingAndErrorTests {
    @Test func syntaxErrorKeepsEarlierDocuments() {
        let result = YAMLTestSupport.read("a: 1\n---\nb: 2\n---\nc: [1, 2\nd: 3\n")
        #expect(result.documents.map { $0.root.mapValue?.keys ?? [] } == [["a"], ["b"]])
        let error = result.diagnostics.first
        #expect(result.diagnostics.count == 1)
        #expect(error?.code == .syntaxError)
        #expect(error?.level == .error)
        #expect(error?.range?.start == SourcePosition(line: 6, column: 2))
        #expect(error?.message.contains("while parsing a flow sequence") == true)
        #expect(error?.description.hasPrefix("test.yaml:6:2: error[syntax-error]: ") == true)
    }

    @Test func badIndentationPointsAtTheProblem() {
        let result = YAMLTestSupport.read("spec:\n  a: 1\n b: 2\n")
        #expect(result.diagnostics.map(\.code) == [.syntaxError])
        #expect(result.diagnostics.first?.range?.start.line == 3)
    }

    @Test func invalidUTF8IsAnEncodingDiagnostic() {
        let bytes: [UInt8] = Array("a: ok\nb: caf".utf8) + [0xE9] + Array("\n".utf8)
        let result = YAMLReader().read(bytes, file: "latin1.yaml")
        #expect(result.diagnostics.map(\.code) == [.invalidEncoding])
        #expect(result.diagnostics.first?.range?.start == SourcePosition(line: 2, column: 7))
        #expect(result.documents.isEmpty)
    }

    @Test func utf16IsRefusedWithAHint() {
        let result = YAMLReader().read([0xFF, 0xFE, 0x61, 0x00], file: "w.yaml")
        #expect(result.diagnostics.map(\.code) == [.invalidEncoding])
    }

    @Test func byteOrderMarkDoesNotShiftColumns() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1 # c\n".utf8)
        let result = YAMLReader().read(bytes, file: "bom.yaml")
        let document = result.documents.first
        #expect(document?.root.keySpan("a") == YAMLTestSupport.span(1, 1, 1, 2))
        #expect(document?.root["a"]?.span == YAMLTestSupport.span(1, 4, 1, 5))
        #expect(document?.comments.first?.position == SourcePosition(line: 1, column: 6))
    }

    @Test func crlfLineEndingsKeepPositions() {
        let result = YAMLTestSupport.read("a: 1\r\nb:\r\n  c: |\r\n    x\r\n    y\r\n  # note\r\nd: 'q' # t\r\n")
        let root = result.documents.first?.root
        #expect(result.diagnostics.isEmpty)
        #expect(root?.keySpan("b") == YAMLTestSupport.span(2, 1, 2, 2))
        #expect(root?.at("b", "c")?.stringValue == "x\ny\n")
        #expect(root?.at("b", "c")?.span == YAMLTestSupport.span(3, 6, 5, 6))
        #expect(root?["d"]?.span == YAMLTestSupport.span(7, 4, 7, 7))
        #expect(
            result.documents.first?.comments.map(\.position) == [
                SourcePosition(line: 6, column: 3), SourcePosition(line: 7, column: 8),
            ])
        #expect(result.documents.first?.comments.map(\.text) == ["note", "t"])
    }

    @Test func carriageReturnOnlyLineEndings() {
        let result = YAMLTestSupport.read("a: 1\rb: 2 # c\r")
        let root = result.documents.first?.root
        #expect(root?["b"]?.span == YAMLTestSupport.span(2, 4, 2, 5))
        #expect(result.documents.first?.comments.first?.position == SourcePosition(line: 2, column: 6))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let result = YAMLTestSupport.read("né: \"日本語\" # コメント\nx: [é, ü]\nblock: |\n  ünïcödé\n")
        let root = result.documents.first?.root
        #expect(root?["né"]?.span == YAMLTestSupport.span(1, 5, 1, 10))
        #expect(
            result.documents.first?.comments.first
                == Comment(
                    text: "コメント", position: SourcePosition(line: 1, column: 11), isTrailing: true))
        #expect(root?.at("x", 1)?.span == YAMLTestSupport.span(2, 8, 2, 9))
        #expect(root?["block"]?.span == YAMLTestSupport.span(3, 8, 4, 10))
    }

    @Test func tabsCountAsOneColumn() {
        let result = YAMLTestSupport.read("a:\t1\nb: [\t2]\n")
        let root = result.documents.first?.root
        #expect(root?["a"]?.span == YAMLTestSupport.span(1, 4, 1, 5))
        #expect(root?.at("b", 0)?.span == YAMLTestSupport.span(2, 6, 2, 7))
    }

    @Test func tabIndentationIsASyntaxError() {
        let result = YAMLTestSupport.read("a:\n\tb: 1\n")
        #expect(result.diagnostics.map(\.code) == [.syntaxError])
    }

    @Test func emptyAndCommentOnlyInputsHaveNoDocuments() {
        #expect(YAMLTestSupport.read("").documents.isEmpty)
        #expect(YAMLTestSupport.read("# only a comment\n").documents.isEmpty)
        #expect(YAMLTestSupport.read("---\n---\n...\n").documents.isEmpty)
        #expect(YAMLTestSupport.read("   \n\n").diagnostics.isEmpty)
    }
}
