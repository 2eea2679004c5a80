import CELSyntax
import Testing

@Suite struct ErrorReportingTests {
    @Test func syntaxErrorRendersCelGoStyle() throws {
        do {
            _ = try Parser().parse("a + )")
            Issue.record("parsed")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues[0].code == .syntax)
            #expect(
                error.description
                    == "ERROR: <input>:1:5: Syntax error: unexpected ')', expected an expression\n | a + )\n | ....^")
        }
    }

    @Test func locationsCountLinesAndUnicodeScalars() throws {
        let issue = try #require(parseIssues("'héllo' +\n  é").first)
        #expect(issue.location == Source.Location(line: 2, column: 3))
        #expect(issue.offset == 12)
        #expect(issue.message == "Syntax error: token recognition error at: 'é'")
        let rendered = issue.render(in: Source("'héllo' +\n  é"))
        #expect(rendered.hasSuffix(" |   é\n | ..^"))
    }

    @Test func sourceNameAppearsInRendering() {
        do {
            _ = try Parser().parse("1 +", sourceName: "rules/x.yaml")
        } catch {
            #expect(error.description.hasPrefix("ERROR: rules/x.yaml:1:4: Syntax error: unexpected end of input"))
        }
    }

    @Test func severalProblemsAreReportedInSourceOrder() {
        let issues = parseIssues("[as, 1 + # 2, '\\z', has(x)]")
        #expect(issues.map(\.code) == [.reservedIdentifier, .syntax, .invalidLiteral, .invalidMacro])
        #expect(issues.map(\.location.column) == [2, 10, 16, 25])
    }

    @Test(arguments: [
        ("#", 1, "token recognition error at: '#'"), ("a ? b", 6, "unexpected end of input, expected ':'"),
        ("f(a b)", 5, "unexpected 'b', expected ')'"), ("{1 2}", 4, "unexpected '2', expected ':'"),
        ("[1 2]", 4, "unexpected '2', expected ']'"), ("a.?", 4, "unexpected end of input, expected a field name"),
        ("1 2", 3, "unexpected '2', expected an operator or end of input"), ("=", 1, "token recognition error at: '='"),
        ("`ab", 1, "invalid escaped identifier"),
    ])
    func syntaxErrorPositions(_ text: String, _ column: Int, _ fragment: String) throws {
        let issue = try #require(parseIssues(text).first)
        #expect(issue.location.column == column)
        #expect(issue.message.contains(fragment), "\(issue.message)")
    }

    @Test func issueDescriptionIsLocationAndMessage() {
        let issue = CELIssue(code: .syntax, message: "m", offset: 2, in: Source("a\nbc"))
        #expect(issue.description == "2:1: m")
        #expect(issue.location == Source.Location(line: 2, column: 1))
    }
}
