import CELSyntax
import Testing

@Suite struct LimitTests {
    /// 100,000-deep nestings of every recursive form must end in a clean error, not a crash.
    @Test(arguments: ["(", "[", "{1: ", "f(", "a[", "-", "!", "x ? y : ", "Msg{f: ", "[?"])
    func deepNestingIsAnErrorNotACrash(_ opener: String) throws {
        let text = String(repeating: opener, count: 100_000 / opener.count) + "1"
        let issues = parseIssues(text, options: ParserOptions(expressionSizeCodePointLimit: 1_000_000))
        if opener == "-" || opener == "!" {
            #expect(issues.isEmpty)
            return
        }
        let issue = try #require(issues.first)
        #expect(issue.code == .recursionLimit, "\(issue.message)")
        #expect(issue.message == "expression recursion limit exceeded: 250")
    }

    @Test(arguments: [" + 1", " * 1", " < 1", ".f", ".f()", "[0]", ".?f", " - 1"])
    func longLeftNestedChainsAreBounded(_ link: String) throws {
        let text = "a" + String(repeating: link, count: 20_000)
        let issue = try #require(
            parseIssues(text, options: ParserOptions(expressionSizeCodePointLimit: 1_000_000)).first)
        #expect(issue.code == .recursionLimit)
    }

    @Test func nestingWithinTheLimitParses() throws {
        for opener in ["(", "["] {
            let closer = opener == "(" ? ")" : "]"
            let depth = 200
            let text = String(repeating: opener, count: depth) + "1" + String(repeating: closer, count: depth)
            _ = try Parser().parse(text)
        }
        _ = try Parser().parse("a" + String(repeating: " + 1", count: 200))
        _ = try Parser().parse("a" + String(repeating: ".b", count: 200))
    }

    @Test func recursionLimitIsConfigurable() {
        let options = ParserOptions(maxRecursionDepth: 10)
        #expect(parseIssues("((((((((((((1))))))))))))", options: options).first?.code == .recursionLimit)
        #expect(parseIssues("((((1))))", options: options).isEmpty)
        #expect(parseIssues("[[[[[[[[[[[[1]]]]]]]]]]]]", options: options).first?.code == .recursionLimit)
    }

    @Test func expressionSizeLimit() throws {
        let options = ParserOptions(expressionSizeCodePointLimit: 10)
        let issue = try #require(parseIssues("12345678901", options: options).first)
        #expect(issue.code == .sizeLimit)
        #expect(issue.message == "expression code point size exceeds limit: size: 11, limit 10")
        #expect(issue.offset == nil)
        #expect(parseIssues("'ééééé'", options: options).isEmpty)
        #expect(parseIssues(String(repeating: "1+", count: 50_001) + "1").first?.code == .sizeLimit)
        let unlimited = ParserOptions(expressionSizeCodePointLimit: -1)
        #expect(parseIssues("[" + String(repeating: "1,", count: 60_000) + "]", options: unlimited).isEmpty)
    }
}
