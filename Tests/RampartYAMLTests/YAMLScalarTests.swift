import RampartCore
import RampartYAML
import Testing

@Suite struct YAMLScalarTests {
    static let kubernetesCases: [(String, Node.Value)] = [
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
        ("yes", .bool(true)), ("Yes", .bool(true)), ("on", .bool(true)), ("ON", .bool(true)), ("y", .bool(true)),
        ("no", .bool(false)), ("off", .bool(false)), ("n", .bool(false)), ("NO", .bool(false)),
        ("nULL", .string("nULL")), ("tRUE", .string("tRUE")), ("yEs", .string("yEs")),
        ("0", .int(0)), ("42", .int(42)), ("-17", .int(-17)), ("+5", .int(5)), ("0x1F", .int(31)),
        ("0o17", .int(15)), ("0755", .int(493)), ("0b101", .int(5)), ("1_000", .int(1000)),
        ("9223372036854775807", .int(Int64.max)), ("-9223372036854775808", .int(Int64.min)),
        ("9223372036854775808", .double(9223372036854775808)), ("1.5", .double(1.5)), ("1e3", .double(1000)),
        (".5", .double(0.5)), ("-2.5E-1", .double(-0.25)), (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)),
        ("1.2.3", .string("1.2.3")), ("0x", .string("0x")), ("-x", .string("-x")), ("1a", .string("1a")),
        ("2024-01-01", .string("2024-01-01")), ("nginx", .string("nginx")), ("0xZZ", .string("0xZZ")),
    ]

    @Test(arguments: kubernetesCases)
    func kubernetesSchema(text: String, expected: Node.Value) {
        let value = YAMLTestSupport.root("v: \(text)\n")?["v"]?.value
        #expect(value == expected, "\(text)")
    }

    static let coreCases: [(String, Node.Value)] = [
        ("yes", .string("yes")), ("on", .string("on")), ("n", .string("n")), ("true", .bool(true)),
        ("0755", .int(755)), ("0o17", .int(15)), ("0x1F", .int(31)), ("0b101", .string("0b101")),
        ("1_000", .string("1_000")), ("-0x1", .string("-0x1")), ("~", .null),
    ]

    @Test(arguments: coreCases)
    func coreSchema(text: String, expected: Node.Value) {
        let value = YAMLTestSupport.root("v: \(text)\n", reader: YAMLReader(schema: .core))?["v"]?.value
        #expect(value == expected, "\(text)")
    }

    @Test func nanResolves() {
        guard case .double(let value) = YAMLTestSupport.root("v: .NaN")?["v"]?.value else {
            Issue.record("not a double")
            return
        }
        #expect(value.isNaN)
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() {
        let root = YAMLTestSupport.root("a: \"true\"\nb: '42'\nc: |\n  null\nd: >-\n  1.5\n")
        #expect(root?["a"]?.stringValue == "true")
        #expect(root?["b"]?.stringValue == "42")
        #expect(root?["c"]?.stringValue == "null\n")
        #expect(root?["d"]?.stringValue == "1.5")
    }

    @Test func nonStringKeysAreRenderedToText() {
        let root = YAMLTestSupport.root("1: a\n0x10: b\ntrue: c\non: d\n1.5: e\n~: f\n")
        #expect(root?.mapValue?.keys == ["1", "16", "true", "true", "1.5", "null"])
        let core = YAMLTestSupport.root("on: d\n", reader: YAMLReader(schema: .core))
        #expect(core?.mapValue?.keys == ["on"])
    }

    @Test func complexKeysAreSkippedWithADiagnostic() {
        let result = YAMLTestSupport.read("? {a: 1}\n: x\nb: 2\n? [1]\n: y\n")
        #expect(result.diagnostics.map(\.code) == [.complexKey, .complexKey])
        #expect(result.diagnostics.first?.range?.start == SourcePosition(line: 1, column: 3))
        #expect(result.documents.first?.root.mapValue?.keys == ["b"])
    }

    @Test func duplicateKeysWarnAtTheSecondKeyAndTheLastWins() {
        let result = YAMLTestSupport.read("a: 1\nb: 2\na: 3\n")
        #expect(result.diagnostics.count == 1)
        let warning = result.diagnostics.first
        #expect(warning?.code == .duplicateKey)
        #expect(warning?.level == .warning)
        #expect(warning?.range?.span == YAMLTestSupport.span(3, 1, 3, 2))
        #expect(result.documents.first?.root["a"]?.intValue == 3)
    }

    @Test func duplicateKeysInLargeMappingsAreFound() {
        let lines = (0..<40).map { "k\($0): \($0)" } + ["k7: again"]
        let result = YAMLTestSupport.read(lines.joined(separator: "\n"))
        #expect(result.diagnostics.map(\.code) == [.duplicateKey])
        #expect(result.diagnostics.first?.range?.start.line == 41)
        #expect(result.documents.first?.root["k7"]?.stringValue == "again")
    }

    @Test func emptyValuesAreNullRightAfterTheColon() {
        let root = YAMLTestSupport.root("a:\nb: 1\n")
        #expect(root?["a"]?.isNull == true)
        #expect(root?["a"]?.span == YAMLTestSupport.span(1, 3, 1, 3))
    }

    @Test func foldedAndChompedBlockScalars() {
        let root = YAMLTestSupport.root("a: >\n  one\n  two\n\nb: |+\n  keep\n\nc: |2-\n    indented\n")
        #expect(root?["a"]?.stringValue == "one two\n")
        #expect(root?["b"]?.stringValue == "keep\n\n")
        #expect(root?["c"]?.stringValue == "  indented")
        #expect(root?["c"]?.span == YAMLTestSupport.span(8, 4, 9, 13))
    }
}
