import RampartCore
import RampartJSON
import Testing

@Suite struct JSONReaderTests {
    @Test func fixturePositions() throws {
        let result = JSONReader().read(try JSONTestSupport.fixture("deployment.json"), file: "deployment.json")
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.document)
        #expect(document.syntax == "json" && document.index == 0 && document.file == "deployment.json")
        let root = document.root
        #expect(root.span == JSONTestSupport.span(1, 1, 32, 2))
        #expect(root.mapValue?.entry("kind")?.keySpan == JSONTestSupport.span(3, 3, 3, 9))
        #expect(root["kind"]?.span == JSONTestSupport.span(3, 11, 3, 23))
        #expect(root.at("spec", "replicas")?.value == .int(3))
        #expect(root.at("spec", "replicas")?.span == JSONTestSupport.span(11, 17, 11, 18))
        let containers = try #require(root.at("spec", "template", "spec", "containers"))
        #expect(containers.span == JSONTestSupport.span(14, 23, 28, 10))
        #expect(containers[0]?.span == JSONTestSupport.span(15, 11, 27, 12))
        #expect(containers.at(0, "image")?.span == JSONTestSupport.span(17, 22, 17, 34))
        let security = try #require(containers.at(0, "securityContext"))
        #expect(security.mapValue?.entry("privileged")?.keySpan == JSONTestSupport.span(19, 15, 19, 27))
        #expect(security["privileged"]?.span == JSONTestSupport.span(19, 29, 19, 33))
        #expect(security["privileged"]?.boolValue == true)
    }

    static let errorCases: [(String, String, Int, Int)] = [
        ("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after object member", 1, 9),
        ("[1 2]", "expected ',' or ']' after array element", 1, 4),
        ("[1, 2,]", "a comma before ']' is not allowed", 1, 7),
        ("{\"a\": 1,}", "a comma before '}' is not allowed", 1, 9),
        ("{\"a\" 1}", "expected ':' after object key", 1, 6),
        ("{'a': 1}", "expected an object key in double quotes", 1, 2),
        ("[01]", "leading zeros", 1, 3),
        ("[1.]", "digit after the decimal point", 1, 4),
        ("[1e]", "digit in the exponent", 1, 4),
        ("[-]", "digit after '-'", 1, 3),
        ("\n\n  \"abc", "unterminated string", 3, 3),
        ("tru", "invalid literal", 1, 1),
        ("{\"a\": 1} x", "after the JSON value", 1, 10),
        ("", "the file is empty", 1, 1),
        ("  \n ", "the file is empty", 2, 2),
        ("[\"\\x\"]", "invalid escape 'x'", 1, 3),
        ("[\"a\tb\"]", "control character U+0009", 1, 4),
        ("[\"\\u12G4\"]", "four hex digits", 1, 3),
        ("{\"a\": [1, {\"b\": }]}", "expected a value", 1, 17),
        ("[1, 2", "unexpected end of input; expected ',' or ']'", 1, 6),
        ("{\"a\"", "expected ':' after object key", 1, 5),
        ("// c\n{}", "comments are not allowed", 1, 1),
        ("{\"a\": NaN}", "expected a value", 1, 7),
    ]

    @Test(arguments: errorCases)
    func syntaxErrorsSayWhatAndWhere(text: String, message: String, line: Int, column: Int) {
        let result = JSONTestSupport.read(text)
        #expect(result.document == nil)
        let error = result.diagnostics.last
        #expect(error?.code == .syntaxError)
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "no diagnostic")")
        #expect(error?.range?.start == SourcePosition(line: line, column: column))
        #expect(error?.range?.file == "test.json")
    }

    static let numberCases: [(String, Node.Value)] = [
        ("0", .int(0)), ("-0", .int(0)), ("42", .int(42)), ("-17", .int(-17)),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .double(9223372036854775808)), ("1.5", .double(1.5)), ("1e3", .double(1000)),
        ("-2.5E-1", .double(-0.25)), ("1.0", .double(1)), ("1e400", .double(.infinity)),
    ]

    @Test(arguments: numberCases)
    func numbers(text: String, expected: Node.Value) {
        #expect(JSONTestSupport.read("[\(text)]").document?.root[0]?.value == expected)
    }

    @Test func escapesAndSurrogatePairs() {
        let result = JSONTestSupport.read(
            #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u65E5", "\ud83d\ude00", "x\ud83dy", "\ude00", "\ud83d\u0041"]"#)
        let items = result.document?.root.listValue?.compactMap(\.stringValue)
        #expect(items == ["a\"b\\c/d\u{8}\u{C}\n\r\t", "é日", "😀", "x\u{FFFD}y", "\u{FFFD}", "\u{FFFD}A"])
        #expect(result.diagnostics.map(\.code) == [.loneSurrogate, .loneSurrogate, .loneSurrogate])
        #expect(result.diagnostics.allSatisfy { $0.level == .warning })
        #expect(result.diagnostics.first?.range?.start == SourcePosition(line: 1, column: 60))
    }

    @Test func columnsCountUnicodeScalars() {
        let root = JSONTestSupport.read("{\"é\": \"日本\", \"b\": 1,\n \"😀\": [\"ü\", 2]}").document?.root
        #expect(root?.mapValue?.entry("b")?.keySpan == JSONTestSupport.span(1, 13, 1, 16))
        #expect(root?["b"]?.span == JSONTestSupport.span(1, 18, 1, 19))
        #expect(root?.at("😀", 1)?.span == JSONTestSupport.span(2, 13, 2, 14))
    }

    @Test func invalidUTF8IsReportedAndReplaced() {
        let bytes: [UInt8] = Array("{\"a\": \"caf".utf8) + [0xE9] + Array("\", \"b\": \"\u{00E9}\"}".utf8)
        let result = JSONReader().read(bytes, file: "latin1.json")
        #expect(result.diagnostics.map(\.code) == [.invalidEncoding])
        #expect(result.diagnostics.first?.range?.start == SourcePosition(line: 1, column: 11))
        #expect(result.document?.root["a"]?.stringValue == "caf\u{FFFD}")
        #expect(result.document?.root["b"]?.stringValue == "é")
    }

    @Test(
        arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF], [0x80]]
            as [[UInt8]])
    func malformedSequencesAreInvalid(sequence: [UInt8]) {
        let result = JSONReader().read([0x22] + sequence + [0x22], file: "bad.json")
        #expect(result.diagnostics.map(\.code) == [.invalidEncoding])
        #expect(result.document?.root.stringValue?.contains("\u{FFFD}") == true)
    }

    @Test func duplicateKeysWarnAndTheLastWins() {
        let result = JSONTestSupport.read("{\"a\": 1,\n \"a\": 2}")
        #expect(result.diagnostics.map(\.code) == [.duplicateKey])
        #expect(result.diagnostics.first?.level == .warning)
        #expect(result.diagnostics.first?.range?.span == JSONTestSupport.span(2, 2, 2, 5))
        #expect(result.document?.root["a"]?.intValue == 2)
        #expect(result.document?.root.mapValue?.count == 2)
    }

    @Test func crlfAndByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\r\n  \"a\": [1,\r\n 2]\r\n}".utf8)
        let root = JSONReader().read(bytes, file: "crlf.json").document?.root
        #expect(root?.span == JSONTestSupport.span(1, 1, 4, 2))
        #expect(root?.at("a", 1)?.span == JSONTestSupport.span(3, 2, 3, 3))
    }

    @Test func jsoncCommentsAndTrailingCommas() throws {
        let result = JSONReader(options: .jsonc).read(
            try JSONTestSupport.fixture("settings.jsonc"), file: "settings.json")
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.document)
        #expect(document.root["editor.tabSize"]?.intValue == 2)
        #expect(document.root.at("files.exclude", "**/.git")?.span == JSONTestSupport.span(7, 16, 7, 20))
        #expect(
            document.comments == [
                Comment(
                    text: "VS Code style settings", position: SourcePosition(line: 1, column: 1), isTrailing: false),
                Comment(
                    text: "rampart:ignore:RMP-JSON-0001 team default", position: SourcePosition(line: 3, column: 24),
                    isTrailing: true),
                Comment(text: "block\n     comment", position: SourcePosition(line: 4, column: 3), isTrailing: false),
            ])
        let strict = JSONReader().read(try JSONTestSupport.fixture("settings.jsonc"), file: "settings.json")
        #expect(strict.document == nil)
        #expect(strict.diagnostics.first?.range?.start == SourcePosition(line: 1, column: 1))
    }

    @Test func unterminatedBlockCommentIsAnError() {
        let result = JSONTestSupport.read("{} /* open", options: .jsonc)
        #expect(result.diagnostics.first?.message.contains("unterminated comment") == true)
        #expect(result.diagnostics.first?.range?.start == SourcePosition(line: 1, column: 4))
    }

    @Test func scalarRootsAndEmptyContainers() {
        #expect(JSONTestSupport.read(" \"x\" ").document?.root.stringValue == "x")
        #expect(JSONTestSupport.read("null").document?.root.isNull == true)
        #expect(JSONTestSupport.read("{}").document?.root.mapValue?.count == 0)
        #expect(JSONTestSupport.read("[ ]").document?.root.span == JSONTestSupport.span(1, 1, 1, 4))
    }
}
