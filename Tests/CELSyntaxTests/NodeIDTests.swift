import CELSyntax
import Testing

@Suite struct NodeIDTests {
    @Test(arguments: [
        "a + b * c", "f(x, y)[0].z", "{1: [2, 3], ?4: Msg{f: 5}}", "a ? b : c", "x.all(y, y > 0)", "a && b && c && d",
        "has(a.b) || !c", "-x", "[?a, b]", "cel.bind(v, 1, v)", "m.transformMap(k, v, k + v)",
        "{'a': [1]}.?a.optMap(x, x.map(y, y)).orValue([])",
    ])
    func idsAreUniqueAndEveryNodeHasAnOffset(_ text: String) throws {
        let parsed = try Parser().parse(text)
        let ids = allIDs(parsed.expr)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(parsed.offsets[id] != nil, "id \(id) has no offset") }
        #expect(ids.allSatisfy { $0 > 0 })
    }

    @Test func idsIncreaseInSourceOrder() throws {
        let parsed = try Parser().parse("a + f(b, c.d)[e] - {g: h}")
        let byOffset = parsed.offsets.sorted { $0.value < $1.value }.map(\.key)
        #expect(byOffset == byOffset.sorted())
    }

    @Test func offsetsPointAtTheOperatorToken() throws {
        let parsed = try Parser().parse("ab + c.d(e)[f]")
        guard case .call(nil, "_+_", let args) = parsed.expr.kind, case .call(nil, "_[_]", let indexArgs) = args[1].kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(parsed.offsets[parsed.expr.id] == 3)
        #expect(parsed.offsets[args[0].id] == 0)
        #expect(parsed.offsets[args[1].id] == 11)
        #expect(parsed.offsets[indexArgs[0].id] == 8)
        #expect(parsed.location(of: indexArgs[1].id) == Source.Location(line: 1, column: 13))
    }
}
