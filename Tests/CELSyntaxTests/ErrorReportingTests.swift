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
        ("1 2", 3, "unexpected '2', expected an operator or end of input"),
        ("=", 1, "token recognition error at: '='; compare with '=='"),
        ("a & b", 3, "token recognition error at: '&'; use '&&' for logical and"),
        ("a | b", 3, "token recognition error at: '|'; use '||' for logical or"),
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

@Suite struct ErrorRecoveryTests {
    @Test(arguments: [
        ("f(1 +, 2 *, 3)", [6, 11]), ("[1 +, 2, 3 *]", [5, 13]), ("{1: , 2: 3 +}", [5, 13]),
        ("Msg{a: , 1: 2}", [8, 10]),
        ("[f(1 +), g(2 *)]", [7, 15]), ("x.all(y, y +)", [13]),
    ])
    func syntaxErrorsInListsAreAllReported(_ text: String, _ columns: [Int]) {
        let issues = parseIssues(text)
        #expect(issues.map(\.location.column) == columns, "\(issues.map(\.message))")
        #expect(issues.allSatisfy { $0.code == .syntax })
    }

    @Test func errorCountIsBounded() {
        let text = "[" + String(repeating: "1 +, ", count: 200) + "]"
        let issues = parseIssues(text)
        #expect(issues.count <= 21)
        #expect(issues.count >= 20)
    }
}

@Suite struct SourceTests {
    @Test func linesAndLocations() {
        let source = Source("ab\r\nçd\n\nxyz")
        #expect(source.line(1) == "ab")
        #expect(source.line(2) == "çd")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "xyz")
        #expect(source.line(5) == nil)
        #expect(source.location(ofOffset: 5) == Source.Location(line: 2, column: 2))
        #expect(source.location(ofOffset: 8) == Source.Location(line: 4, column: 1))
        #expect(
            source.render(message: "m", at: Source.Location(line: 2, column: 2))
                == "ERROR: <input>:2:2: m\n | çd\n | .^")
    }
}
