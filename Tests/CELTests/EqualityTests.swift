import CEL
import Testing

@Suite struct EqualityTests {
    @Test(arguments: [
        ("dyn(1) == 1u", true),
        ("dyn(1) == 1.0", true),
        ("dyn(1u) == 1.0", true),
        ("dyn(-1) == 18446744073709551615u", false),
        ("dyn(1) == '1'", false),
        ("dyn(null) == 0", false),
        ("[1, 2] == [1, 2]", true),
        ("[1, [2, 3]] == [1, [2, 4]]", false),
        ("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", true),
        ("{'a': [1]} == {'a': [2]}", false),
        ("[dyn(1), 2u] == [1u, dyn(2.0)]", true),
        ("dyn({1: 'a'})[1u] == 'a'", true),
        ("dyn({1: 'a'})[1.0] == 'a'", true),
        ("dyn({1u: 'a'})[1] == 'a'", true),
        ("1.5 in [1.5, 2]", true),
        ("dyn(2) in [1.0, 2.0]", true),
        ("'a' in {'a': 1}", true),
        ("2u in dyn({2: 'x'})", true),
        ("'Am\\u00E9lie' == 'Ame\\u0301lie'", false),
        ("b'\\xff' < b'\\xff\\x00'", true),
        ("'a' < 'b' && 'B' < 'a'", true),
        ("dyn(1) < 1.5 && dyn(2u) > 1 && dyn(-1) < 0u", true),
        ("type(1) == int && type(1u) != int && type([]) == list", true),
        ("optional.of(1) == optional.of(1) && optional.none() != optional.of(1)", true),
    ])
    func equalities(_ text: String, _ expected: Bool) throws {
        let value = try evaluate(text)
        #expect(value.boolValue == expected, "\(text) gave \(value)")
    }

    @Test func errorsPropagateThroughEquality() throws {
        #expect(try evaluate("1/0 == 1").isError(containing: "division by zero"))
        #expect(try evaluate("[1][5] == 1").isError(containing: "index out of range"))
        #expect(try evaluate("{'a': 1}['b'] == 1").isError(containing: "no such key"))
    }
}
