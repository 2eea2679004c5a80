import CELSyntax
import Testing

@Suite struct OperatorTests {
    @Test(arguments: [
        ("a + b * c", "_+_(a, _*_(b, c))"), ("(a + b) * c", "_*_(_+_(a, b), c)"), ("a - b - c", "_-_(_-_(a, b), c)"),
        ("a / b % c", "_%_(_/_(a, b), c)"), ("a < b == c", "_==_(_<_(a, b), c)"),
        ("a + 1 < b && c || d", "_||_(_&&_(_<_(_+_(a, 1), b), c), d)"), ("a in b", "@in(a, b)"),
        ("a <= b != c >= d", "_>=_(_!=_(_<=_(a, b), c), d)"), ("a > b", "_>_(a, b)"),
        ("a ? b : c", "_?_:_(a, b, c)"), ("a ? b : c ? d : e", "_?_:_(a, b, _?_:_(c, d, e))"),
        ("a || b ? c && d : e", "_?_:_(_||_(a, b), _&&_(c, d), e)"),
        ("(a ? b : c) ? d : e", "_?_:_(_?_:_(a, b, c), d, e)"),
        ("!a", "!_(a)"), ("!!a", "a"), ("!!!a", "!_(a)"), ("-a", "-_(a)"), ("--a", "a"), ("---a", "-_(a)"),
        ("-a.b", "-_(a.b)"), ("!a == b", "_==_(!_(a), b)"), ("-1 - -1", "_-_(-1, -1)"), ("a--1", "_-_(a, -1)"),
        ("--1", "1"), ("-(1)", "-_(1)"), ("!-1", "!_(-1)"), ("-x * 2", "_*_(-_(x), 2)"),
        ("a && b && c", "_&&_(_&&_(a, b), c)"), ("a && b && c && d", "_&&_(_&&_(a, b), _&&_(c, d))"),
        ("a || b || c || d || e", "_||_(_||_(_||_(a, b), c), _||_(d, e))"), ("a && (b && c)", "_&&_(a, _&&_(b, c))"),
        ("a // comment\n + b", "_+_(a, b)"),
    ])
    func precedenceAndAssociativity(_ text: String, _ expected: String) {
        #expect(parseDebug(text) == expected)
    }

    @Test(arguments: ["a ? b ? c : d : e", "-!a", "!-a", "a = b", "a & b", "a | b", "a +", "a b", "()", "a ? b"])
    func malformedOperators(_ text: String) {
        #expect(parseDebug(text).hasPrefix("ERROR:"), "\(text) should not parse")
    }

    @Test func longLogicalChainsStayShallow() throws {
        let text = (0..<5000).map { "a\($0)" }.joined(separator: " && ")
        let parsed = try Parser().parse(text)
        func height(_ expr: Expr) -> Int {
            guard case .call(_, _, let args) = expr.kind else { return 1 }
            return 1 + (args.map(height).max() ?? 0)
        }
        #expect(height(parsed.expr) <= 14)
    }
}
