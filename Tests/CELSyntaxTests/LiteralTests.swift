import CELSyntax
import Testing

@Suite struct LiteralTests {
    @Test(arguments: [
        ("0", "0"), ("42", "42"), ("0x1F", "31"), ("0xff", "255"), ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"), ("-0x8000000000000000", "-9223372036854775808"),
        ("- 7", "-7"), ("1u", "1u"), ("0x1FU", "31u"), ("18446744073709551615u", "18446744073709551615u"),
        ("0xFFFFFFFFFFFFFFFFu", "18446744073709551615u"), ("-1u", "-_(1u)"),
        ("1.5", "1.5d"), (".5", "0.5d"), ("1e3", "1000.0d"), ("1E-2", "0.01d"), ("2.5e+2", "250.0d"), ("-0.0", "-0.0d"),
        ("-1.5e1", "-15.0d"), ("true", "true"), ("false", "false"), ("null", "null"),
    ])
    func numbersAndKeywords(_ text: String, _ expected: String) {
        #expect(parseDebug(text) == expected)
    }

    @Test(arguments: [
        (#""abc""#, #""abc""#), ("'abc'", #""abc""#), (#""""a"b""""#, #""a\"b""#), ("'''a\nb'''", #""a\x{a}b""#),
        (#"'\a\b\f\n\r\t\v\\\?\"\'\`'"#, #""\x{7}\x{8}\x{c}\x{a}\x{d}\x{9}\x{b}\\?\"'`""#),
        (#"'\x41\X42\101\u00e9\U0001F600'"#, #""ABA\x{e9}\x{1f600}""#), (#"'\377'"#, #""\x{ff}""#),
        (#"r'\n\x'"#, #""\\n\\x""#), (#"R"a\"#, "ERROR"), (#"r"""a\""""#, #""a\\""#),
        (#"b'abc'"#, #"b"abc""#), (#"b'\xff\377'"#, #"b"\x{ff}\x{ff}""#), (#"B'\u00e9'"#, #"b"\x{c3}\x{a9}""#),
        (#"br'\xff'"#, #"b"\\xff""#), (#"Rb'\x'"#, #"b"\\x""#), ("'é'", #""\x{e9}""#), ("b'é'", #"b"\x{c3}\x{a9}""#),
        ("''", #""""#), ("\"\"\"\"\"\"", #""""#),
    ])
    func stringsAndBytes(_ text: String, _ expected: String) {
        let result = parseDebug(text)
        if expected == "ERROR" {
            #expect(result.hasPrefix("ERROR:"))
        } else {
            #expect(result == expected)
        }
    }

    @Test(arguments: [
        ("9223372036854775808", "invalid int literal", 1), ("-9223372036854775809", "invalid int literal", 1),
        ("1 + 0x10000000000000000", "invalid int literal", 5), ("18446744073709551616u", "invalid uint literal", 1),
        ("1e400", "invalid double literal", 1), (#"'\q'"#, "invalid escape sequence", 2),
        (#"'\uD800'"#, "invalid unicode code point", 2), (#"'\U00110000'"#, "invalid unicode code point", 2),
        (#"'\x4'"#, "2 hex digits", 2), (#"'\400'"#, "invalid escape sequence", 2),
        (#"x + 'abc"#, "unterminated string", 5),
        ("'a\nb'", "unterminated string", 1),
    ])
    func invalidLiterals(_ text: String, _ message: String, _ column: Int) throws {
        let issues = parseIssues(text)
        let issue = try #require(issues.first)
        #expect(issue.message.contains(message), "\(issue.message)")
        #expect(issue.location.column == column)
    }

    @Test func literalErrorsDoNotStopParsing() {
        let issues = parseIssues("[9223372036854775808, '\\q', 18446744073709551616u]")
        #expect(issues.map(\.location.column) == [2, 24, 29])
        #expect(issues.allSatisfy { $0.code == .invalidLiteral })
    }
}
