import CEL
import Testing

@Suite struct LogicTests {
    static let variables: [String: CELValue] = [
        "t": .bool(true), "f": .bool(false), "e": .error(.other, "boom"),
        "u": .unknown(CELUnknownSet([7])), "v": .unknown(CELUnknownSet([9])),
    ]

    enum Outcome: Equatable { case value(Bool), error, unknown([Int64]) }

    static func outcome(_ value: CELValue) -> Outcome? {
        switch value {
        case .bool(let b): return .value(b)
        case .error: return .error
        case .unknown(let set): return .unknown(set.ids)
        default: return nil
        }
    }

    @Test(arguments: [
        ("f && e", Outcome.value(false)), ("e && f", .value(false)),
        ("f && u", .value(false)), ("u && f", .value(false)),
        ("t && t", .value(true)), ("t && e", .error), ("e && t", .error),
        ("t && u", .unknown([7])), ("u && t", .unknown([7])),
        ("e && u", .unknown([7])), ("u && e", .unknown([7])), ("u && v", .unknown([7, 9])),
        ("t || e", .value(true)), ("e || t", .value(true)),
        ("t || u", .value(true)), ("u || t", .value(true)),
        ("f || f", .value(false)), ("f || e", .error), ("e || f", .error),
        ("f || u", .unknown([7])), ("e || u", .unknown([7])), ("u || v", .unknown([7, 9])),
        ("!e", .error), ("!u", .unknown([7])),
        ("e ? t : f", .error), ("u ? t : f", .unknown([7])),
        ("t ? t : e", .value(true)), ("f ? e : f", .value(false)),
        ("[1, 2].all(x, x == 2 || e)", .error), ("[1, 2].all(x, x == 5 && e)", .value(false)),
        ("[1, 2].exists(x, x == 2 || e)", .value(true)), ("[1, 2].exists(x, x == 1 && e)", .error),
        ("size([e, 1]) == 2 || t", .value(true)),
        ("e == 1", .error), ("u + 1 == 2", .unknown([7])),
    ])
    func truthTable(_ text: String, _ expected: Outcome) throws {
        let value = try evaluate(text, Self.variables)
        #expect(Self.outcome(value) == expected, "\(text) gave \(value)")
    }

    @Test func notStrictlyFalseDrivesAllMacro() throws {
        // The error on the first element is absorbed because a later element is false.
        #expect(try evaluate("[0, 1].all(x, 1 / x > 5)").boolValue == false)
        #expect(try evaluate("[0, 1].exists(x, 1 / x == 1)").boolValue == true)
        #expect(try evaluate("[0].exists_one(x, 1 / x == 1)").isError(containing: "division by zero"))
    }
}
