import CELSyntax
import Testing

@Suite struct MemberTests {
    @Test(arguments: [
        ("a.b.c", "a.b.c"), (".a.b", ".a.b"), ("a[0][1]", "_[_](_[_](a, 0), 1)"), ("f()", "f()"),
        ("f(1, g(2))", "f(1, g(2))"),
        (".f(1)", ".f(1)"), ("a.f(1).g()", "a.f(1).g()"), ("a.b.f(x)", "a.b.f(x)"), ("[1, 2,]", "[1, 2]"), ("[]", "[]"),
        ("{}", "{}"), ("{'a': 1, 2: [3],}", "{\"a\": 1, 2: [3]}"), ("Msg{}", "Msg{}"),
        ("a.b.Msg{f: 1, g: x,}", "a.b.Msg{f: 1, g: x}"),
        (".a.Msg{f: 1}", ".a.Msg{f: 1}"), ("Msg{f: 1}.f", "Msg{f: 1}.f"), ("a.`b-c`", "a.b-c"),
        ("a.`b.c/d e`", "a.b.c/d e"),
        ("Msg{`a-b`: 1}", "Msg{a-b: 1}"), ("a.as", "a.as"), ("a.if(1)", "a.if(1)"), ("Msg{if: 1}", "Msg{if: 1}"),
        ("[1][0].x", "_[_]([1], 0).x"), ("(a.b){}", "ERROR"), ("f(){}", "ERROR"), ("a.`b`()", "ERROR"),
        ("`a`", "ERROR"),
        ("a.true", "ERROR"), ("a.in", "ERROR"), ("a.`b`{}", "ERROR"), ("f(1,)", "ERROR"), ("[,]", "ERROR"),
        ("{,}", "ERROR"),
        ("a.", "ERROR"), ("a[1", "ERROR"), ("a.``", "ERROR"), ("a.`b+c`", "ERROR"), ("a.1", "ERROR"),
    ])
    func memberAndPrimary(_ text: String, _ expected: String) {
        let result = parseDebug(text)
        if expected == "ERROR" {
            #expect(result.hasPrefix("ERROR:"), "\(text) should not parse: \(result)")
        } else {
            #expect(result == expected)
        }
    }

    @Test(arguments: [
        ("a.?b", "_?._(a, \"b\")"), ("a.?b.c", "_?._(a, \"b\").c"), ("a[?0]", "_[?_](a, 0)"),
        ("a.?`b-c`", "_?._(a, \"b-c\")"),
        ("[?a, b, ?c]", "[?a, b, ?c]"), ("{?'k': v, 'j': w}", "{?\"k\": v, \"j\": w}"), ("Msg{?f: v}", "Msg{?f: v}"),
        ("a.?b.orValue(1)", "_?._(a, \"b\").orValue(1)"),
    ])
    func optionalSyntax(_ text: String, _ expected: String) {
        #expect(parseDebug(text) == expected)
        let issues = parseIssues(text, options: ParserOptions(enableOptionalSyntax: false))
        #expect(issues.count >= 1)
        #expect(issues.allSatisfy { $0.code == .unsupportedSyntax })
    }

    @Test func messageNameIdsAreDropped() throws {
        let parsed = try Parser().parse("a.b.Msg{f: 1}")
        let ids = Set(allIDs(parsed.expr))
        #expect(Set(parsed.offsets.keys) == ids)
        guard case .message(let name, let fields) = parsed.expr.kind else {
            Issue.record("not a message")
            return
        }
        #expect(name == "a.b.Msg")
        #expect(parsed.offsets[parsed.expr.id] == 7)
        #expect(parsed.offsets[fields[0].id] == 9)
    }

    @Test(arguments: [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ])
    func reservedWordsAreNotIdentifiers(_ word: String) throws {
        let issue = try #require(parseIssues("1 + \(word)").first)
        #expect(issue.code == .reservedIdentifier)
        #expect(issue.message == "reserved identifier: \(word)")
        #expect(issue.location == Source.Location(line: 1, column: 5))
        #expect(try #require(parseIssues("\(word)(1)").first).code == .reservedIdentifier)
        #expect(parseDebug("a.\(word)") == "a.\(word)")
    }

    @Test(arguments: ["true", "false", "null", "in"])
    func keywordsAreNotIdentifiers(_ word: String) {
        #expect(parseDebug("a.\(word)").hasPrefix("ERROR:"))
        #expect(parseDebug("\(word)(1)").hasPrefix("ERROR:"))
    }
}
