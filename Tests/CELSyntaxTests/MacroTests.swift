import CELSyntax
import Testing

@Suite struct MacroTests {
    @Test(arguments: [
        ("has(a.b)", "a.b~test-only"), ("has(a.b.c)", "a.b.c~test-only"),
        (
            "l.all(x, x > 0)",
            "__comprehension__(x, l, @result, true, @not_strictly_false(@result), _&&_(@result, _>_(x, 0)), @result)"
        ),
        (
            "l.exists(x, p)",
            "__comprehension__(x, l, @result, false, @not_strictly_false(!_(@result)), _||_(@result, p), @result)"
        ),
        (
            "l.exists_one(x, p)",
            "__comprehension__(x, l, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
        ),
        (
            "l.existsOne(x, p)",
            "__comprehension__(x, l, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
        ),
        ("l.map(x, f)", "__comprehension__(x, l, @result, [], true, _+_(@result, [f]), @result)"),
        ("l.map(x, p, f)", "__comprehension__(x, l, @result, [], true, _?_:_(p, _+_(@result, [f]), @result), @result)"),
        ("l.filter(x, p)", "__comprehension__(x, l, @result, [], true, _?_:_(p, _+_(@result, [x]), @result), @result)"),
        ("cel.bind(v, 1, v + 1)", "__comprehension__(#unused, [], v, 1, false, v, _+_(v, 1))"),
        (
            "l.all(k, v, p)",
            "__comprehension__(k, v, l, @result, true, @not_strictly_false(@result), _&&_(@result, p), @result)"
        ),
        (
            "l.exists(k, v, p)",
            "__comprehension__(k, v, l, @result, false, @not_strictly_false(!_(@result)), _||_(@result, p), @result)"
        ),
        (
            "l.existsOne(k, v, p)",
            "__comprehension__(k, v, l, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
        ),
        ("l.transformList(i, v, f)", "__comprehension__(i, v, l, @result, [], true, _+_(@result, [f]), @result)"),
        (
            "l.transformList(i, v, p, f)",
            "__comprehension__(i, v, l, @result, [], true, _?_:_(p, _+_(@result, [f]), @result), @result)"
        ),
        (
            "m.transformMap(k, v, f)",
            "__comprehension__(k, v, m, @result, {}, true, cel.@mapInsert(@result, k, f), @result)"
        ),
        (
            "m.transformMap(k, v, p, f)",
            "__comprehension__(k, v, m, @result, {}, true, _?_:_(p, cel.@mapInsert(@result, k, f), @result), @result)"
        ),
        (
            "m.transformMapEntry(k, v, f)",
            "__comprehension__(k, v, m, @result, {}, true, cel.@mapInsert(@result, f), @result)"
        ),
        (
            "m.transformMapEntry(k, v, p, f)",
            "__comprehension__(k, v, m, @result, {}, true, _?_:_(p, cel.@mapInsert(@result, f), @result), @result)"
        ),
        ("cel.block([1, cel.index(0)], cel.index(1))", "cel.@block([1, @index0], @index1)"),
        ("cel.iterVar(0, 1) + cel.accuVar(2, 3)", "_+_(@it:0:1, @ac:2:3)"),
        (
            "[1].exists(cel.iterVar(0, 0), cel.iterVar(0, 0) > 0)",
            "__comprehension__(@it:0:0, [1], @result, false, @not_strictly_false(!_(@result)), _||_(@result, _>_(@it:0:0, 0)), @result)"
        ),
        (
            "l.sortBy(x, x.k)",
            "__comprehension__(#unused, [], @__sortBy_input__, l, false, @__sortBy_input__, "
                + "@__sortBy_input__.@sortByAssociatedKeys(__comprehension__(x, @__sortBy_input__, @result, [], true, _+_(@result, [x.k]), @result)))"
        ),
        ("x.bind(v, 1, 2)", "x.bind(v, 1, 2)"), ("has(a.b, c)", "has(a.b, c)"), ("l.all(x)", "l.all(x)"),
        ("all(l, x, p)", "all(l, x, p)"),
        ("l.map(x, y, p, f, g)", "l.map(x, y, p, f, g)"),
    ])
    func expansions(_ text: String, _ expected: String) {
        #expect(parseDebug(text) == expected)
    }

    @Test(arguments: [
        ("has(a)", "invalid argument to has() macro", 5), ("has(a[0])", "invalid argument to has() macro", 6),
        ("has(a.?b)", "invalid argument to has() macro", 6), ("[].all(1, true)", "argument must be a simple name", 8),
        ("[].exists(a.b, true)", "argument must be a simple name", 12),
        ("[].exists_one(.x, true)", "argument must be a simple name", 16),
        ("[].map(1, 2)", "argument is not an identifier", 8),
        ("[].filter(f(x), true)", "argument is not an identifier", 12),
        ("[].all(@result, true)", "ERROR", 0),
        ("cel.bind(a.b, 1, 2)", "cel.bind() variable names must be simple identifiers", 11),
        ("[].all(k, k, true)", "duplicate variable name: k", 11),
        ("[].transformList(1, v, v)", "argument must be a simple name", 18),
        ("cel.index(-1)", "cel.index requires a single non-negative int constant arg", 11),
        ("cel.block(1, 2)", "cel.block requires the first arg to be a list literal", 11),
        ("1.sortBy(x, x)", "sortBy can only be applied to", 1),
    ])
    func misuse(_ text: String, _ message: String, _ column: Int) throws {
        let issue = try #require(parseIssues(text).first)
        if message == "ERROR" { return }
        #expect(issue.code == .invalidMacro)
        #expect(issue.message.hasPrefix(message), "\(issue.message)")
        #expect(issue.location.column == column)
    }

    @Test func optionalMacrosAreOptIn() throws {
        let options = ParserOptions(macros: Macro.all + Macro.optionals)
        #expect(parseDebug("o.optMap(y, y + 1)") == "o.optMap(y, _+_(y, 1))")
        #expect(
            parseDebug("o.optMap(y, y + 1)", options: options)
                == "_?_:_(o.hasValue(), optional.of(__comprehension__(#unused, [], y, o.value(), false, y, _+_(y, 1))), "
                + "optional.none())")
        #expect(
            parseDebug("a.?b.optFlatMap(y, y.?z)", options: options)
                == "_?_:_(_?._(a, \"b\").hasValue(), __comprehension__(#unused, [], y, _?._(a, \"b\").value(), false, y, "
                + "_?._(y, \"z\")), optional.none())")
        let misuse = try #require(parseIssues("o.optMap(1, 2)", options: options).first)
        #expect(misuse.message == "optMap() variable name must be a simple identifier")
        #expect(misuse.location.column == 10)
        let flatMisuse = try #require(parseIssues("o.optFlatMap(a.b, 2)", options: options).first)
        #expect(flatMisuse.message == "optFlatMap() variable name must be a simple identifier")
        #expect(flatMisuse.location.column == 15)

        let parsed = try Parser(options: options).parse("{'a': [1]}.?a.optMap(x, x.map(y, y)).orValue([])")
        let ids = allIDs(parsed.expr)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(parsed.offsets[id] != nil) }
        #expect(try Unparser().unparse(parsed) == "{\"a\": [1]}.?a.optMap(x, x.map(y, y)).orValue([])")
    }

    @Test func disabledMacrosLeavePlainCalls() {
        let options = ParserOptions(enableMacros: false)
        #expect(parseDebug("has(a.b)", options: options) == "has(a.b)")
        #expect(parseDebug("l.all(x, x > 0)", options: options) == "l.all(x, _>_(x, 0))")
        #expect(parseDebug("[].all(1, true)", options: options) == "[].all(1, true)")
    }

    @Test func macroCallsAreRecordedUnderTheExpansionID() throws {
        let parsed = try Parser().parse("l.map(x, has(x.y))")
        guard case .comprehension(let comprehension) = parsed.expr.kind else {
            Issue.record("not a comprehension")
            return
        }
        let call = try #require(parsed.macroCalls[parsed.expr.id])
        #expect(debug(call) == "l.map(x, x.y~test-only)")
        guard case .call(_, _, let transformed) = comprehension.loopStep.kind,
            case .list(let elements, _) = transformed[1].kind
        else {
            Issue.record("unexpected step shape")
            return
        }
        #expect(debug(try #require(parsed.macroCalls[elements[0].id])) == "has(x.y)")
        #expect(parsed.macroCalls.count == 2)
        #expect(parsed.offsets[parsed.expr.id] == 5)
    }

    @Test func customMacrosCanBeAdded() throws {
        let twice = Macro(name: "twice", argumentCount: 1, style: .global) { context, _, arguments in
            context.call(Operator.add, arguments[0], arguments[0])
        }
        var options = ParserOptions()
        options.macros.append(twice)
        #expect(parseDebug("twice(a)", options: options) == "_+_(a, a)")
        #expect(parseDebug("x.twice(a)", options: options) == "x.twice(a)")
        let standardOnly = ParserOptions(macros: Macro.standard)
        #expect(parseDebug("cel.bind(v, 1, v)", options: standardOnly) == "cel.bind(v, 1, v)")
    }

    @Test func nestedMacrosExpandInsideOut() {
        #expect(
            parseDebug("a.all(x, x.exists(y, y))")
                == "__comprehension__(x, a, @result, true, @not_strictly_false(@result), _&&_(@result, "
                + "__comprehension__(y, x, @result, false, @not_strictly_false(!_(@result)), _||_(@result, y), @result)), @result)"
        )
    }
}
