import RampartCore
import RampartHCL
import Testing

/// Values, operators, conversions, unknown propagation and decimals.
@Suite struct EvaluationTests {
    @Test func unknownPropagatesThroughEveryOperation() {
        let variables: [String: HCLValue] = ["u": .unknown, "obj": .object(["id": .unknown])]
        for source in [
            "u + 1", "!u", "-u", "u == 1", "u && true", "u ? 1 : 2", "u.x", "u[0]", "u[*].x",
            "upper(u)", "\"a${u}\"", "[for x in u : x]", "obj.id", "{for k, v in obj : k => v}.id",
        ] {
            let (value, diagnostics) = evaluate(source, variables)
            #expect(value == .unknown, "\(source)")
            #expect(diagnostics.isEmpty, "\(source): \(diagnostics)")
        }
    }

    @Test func conversionsFollowTheSpec() {
        #expect(evaluate(#""5" + 1"#).0 == .int(6))
        #expect(evaluate(#""1" == 1"#).0 == .bool(false))
        #expect(evaluate(#"!"true""#).0 == .bool(false))
        #expect(HCLValue.tuple([.int(1), .str("2")]).converted(to: .list(.string)) == .list([.str("1"), .str("2")]))
        #expect(HCLValue.object(["a": .bool(true)]).converted(to: .map(.string)) == .map(["a": .str("true")]))
        #expect(HCLValue.str("x").converted(to: .number) == nil)
        #expect(HCLValue.tuple([.int(1), .str("a")]).converted(to: .list(.any)) == .list([.str("1"), .str("a")]))
        #expect(HCLValue.tuple([.int(1), .int(2)]).converted(to: .list(.any))?.type == .list(.number))
        #expect(
            HCLValue.object(["a": .bool(true), "b": .str("x")]).converted(to: .map(.any))
                == .map(["a": .str("true"), "b": .str("x")]))
        #expect(HCLValue.tuple([.int(1), .tuple([])]).converted(to: .list(.any)) == nil)
        #expect(HCLValue.tuple([.null, .unknown]).converted(to: .list(.any)) == .list([.null, .unknown]))
        #expect(HCLValue.tuple([]).converted(to: .set(.any)) == .set([]))
        #expect(evaluate(#""a" + 1"#).1.hasErrors)
        #expect(evaluate(#"true ? 1 : "a""#).0 == .str("1"))
        #expect(evaluate(#"false ? missing : 2"#) == (.int(2), []))
    }

    @Test func errorsPointAtTheirExpression() throws {
        let (_, diagnostics) = evaluate("1 + missing.attr")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.summary == "Unknown variable")
        #expect(diagnostic.diagnostic(file: "m.tf").code == .evaluationError)
        #expect(diagnostic.diagnostic(file: "m.tf").description.hasPrefix("m.tf:1:5: error[evaluation-error]"))
        #expect(text(diagnostic.subject) == "1:5-1:12")
        #expect(evaluate("[1][5]").1.first?.summary == "Invalid index")
        #expect(evaluate("nope(1)").1.first?.summary == "Call to unknown function")
    }

    @Test func decimalArithmeticIsExact() {
        let big = "3.14159265358979323846264338327950288419716939937510582097494459"
        #expect(evaluate("\(big) + 1").0 == .num("4.14159265358979323846264338327950288419716939937510582097494459"))
        #expect(evaluate("0.1 + 0.2").0 == .num("0.3"))
        #expect(evaluate("1 / 10").0 == .num("0.1"))
        #expect(evaluate("11 % 5.1").0 == .num("0.8"))
        #expect(evaluate("-7 % 3").0 == .int(-1))
        #expect(evaluate("2 * 4.5").0 == .int(9))
        #expect(evaluate("1 / 0").1.first?.summary == "Division by zero")
        #expect(HCLDecimal("1e3")?.description == "1000")
        #expect(HCLDecimal("-0.00125")?.description == "-0.00125")
        #expect(HCLDecimal("12.50")?.intValue == nil)
        #expect(HCLDecimal("1.2e1")?.intValue == 12)
        #expect(HCLDecimal("1/3") == nil)
        let third = HCLDecimal(1).divided(by: HCLDecimal(3))!
        #expect(third.description.count == HCLDecimal.divisionDigits + 2)
    }

    @Test func hostileNumbersStayCheap() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(evaluate("1e99999 % 3").1.isEmpty)
            #expect(evaluate("1e99999 + 1e-99999").0 == .num("1e99999"))
            let long = String(repeating: "7", count: 20_000)
            #expect(evaluate("\(long) * \(long)").1.isEmpty)
            #expect(evaluate("1 / \(long)").1.isEmpty)
        }
        #expect(elapsed < .seconds(5))
    }
}

extension EvaluationTests {
    @Test func valuesFromLiteralsAndDocuments() {
        let value: HCLValue = ["name": "web", "ports": [22, 443], "public": false, "owner": nil]
        #expect(evaluate("v.ports[1] + 1", ["v": value]).0 == .int(444))
        let tfvars = HCLParser.parse("region = \"eu-west-1\"\nsizes = [1, 2.5]\n").document()
        let variables = HCLValue(tfvars.root)
        #expect(variables == .object(["region": "eu-west-1", "sizes": .tuple([1, .num("2.5")])]))
    }
}
