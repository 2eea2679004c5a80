import CEL
import Testing

@Suite struct EvaluationSmokeTests {
    static func evaluate(_ text: String, _ variables: [String: CELValue] = [:]) throws -> CELValue {
        try CELEnvironment().compile(text).evaluate(variables)
    }

    @Test(arguments: [
        ("1 + 2 == 3", true),
        ("[1, 2, 3].all(x, x > 0)", true),
        ("[1, 2, 3].exists(x, x > 2)", true),
        ("[1, 2, 3].map(x, x * 2) == [2, 4, 6]", true),
        ("[1, 2, 3].filter(x, x % 2 == 1).size() == 2", true),
        ("{'a': 1}.a == 1", true),
        ("has({'a': 1}.a) && !has({'a': 1}.b)", true),
        ("'hello'.startsWith('he') && 'hello'.contains('ll') && 'hello'.matches('^h.*o$')", true),
        ("timestamp('2009-02-13T23:31:30Z').getFullYear() == 2009", true),
        ("type(1) == int && type('a') == string", true),
        ("optional.of(1).orValue(2) == 1 && optional.none().orValue(2) == 2", true),
        ("cel.bind(x, 3, x * x) == 9", true),
        ("dyn(1) == 1u && dyn(1) == 1.0 && dyn({1: 'a'})[1u] == 'a'", true),
    ])
    func booleanExpressions(_ text: String, _ expected: Bool) throws {
        let value = try Self.evaluate(text)
        #expect(value.boolValue == expected, "\(text) gave \(value)")
    }
}

@Suite struct ValueDescriptionTests {
    @Test(arguments: [
        ("[1, 2u, 1.5, 'a\"b', b'\\x01z', null]", "[1, 2u, 1.5, \"a\\\"b\", b\"\\x01z\", null]"),
        ("{'k': [true]}", "{\"k\": [true]}"),
        ("optional.of(2.0)", "optional.of(2.0)"),
        ("duration('90s')", "duration(\"90s\")"),
        ("type(1)", "int"),
    ])
    func literalSyntax(_ text: String, _ expected: String) throws {
        #expect(try evaluate(text).description == expected)
    }
}
