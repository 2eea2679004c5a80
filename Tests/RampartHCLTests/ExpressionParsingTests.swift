import RampartHCL
import Testing

/// Every expression form of the native syntax, with exact ranges.
@Suite struct ExpressionParsingTests {
    @Test func literalsAndVariables() throws {
        let (expression, diagnostics) = parseAttribute("a = 12.5e2")
        #expect(diagnostics.isEmpty)
        let literal = try #require(expression)
        guard case .literal(.number(let number)) = literal.kind else { Issue.record("not a number"); return }
        #expect(number == HCLDecimal("1250"))
        #expect(text(literal.range) == "1:5-1:11")
        #expect(literal.range.start.byte == 4 && literal.range.end.byte == 10)
    }

    @Test func traversalRanges() throws {
        let expression = try #require(parseAttribute("x = var.list[0].name.1").0)
        #expect(text(expression.range) == "1:5-1:23")
        guard case .index(let inner, let key) = expression.kind, case .literal(.number(let one)) = key.kind else {
            Issue.record("expected legacy index, got \(expression.kind)")
            return
        }
        #expect(one == HCLDecimal(1))
        #expect(text(inner.range) == "1:5-1:21")
        let references = expression.variables()
        #expect(references.map(\.description) == ["var.list[0].name[1]"])
    }

    @Test(arguments: [
        ("1 + 2 * 3", "1 + (2 * 3)"),
        ("1 * 2 + 3", "(1 * 2) + 3"),
        ("a || b && c", "a || (b && c)"),
        ("a == b && c != d", "(a == b) && (c != d)"),
        ("1 < 2 == true", "(1 < 2) == true"),
        ("-a.b + !c", "(-a.b) + (!c)"),
        ("a ? b : c ? d : e", "a ? b : (c ? d : e)"),
        ("10 - 4 - 3", "(10 - 4) - 3"),
        ("a % b / c", "(a % b) / c"),
    ])
    func precedence(source: String, expected: String) throws {
        let (expression, diagnostics) = HCLParser.parseExpression(source)
        #expect(diagnostics.isEmpty)
        #expect(render(try #require(expression)) == expected)
    }

    func render(_ expression: HCLExpression, top: Bool = true) -> String {
        let text: String
        switch expression.kind {
        case .binary(let op, let lhs, let rhs):
            text = "\(render(lhs, top: false)) \(op.rawValue) \(render(rhs, top: false))"
        case .unary(let op, let operand): text = "\(op.rawValue)\(render(operand, top: true))"
        case .conditional(let c, let t, let f):
            text = "\(render(c, top: false)) ? \(render(t, top: false)) : \(render(f, top: false))"
        case .variable(let name): return name
        case .getAttribute(let source, let name): return "\(render(source)).\(name)"
        case .literal(let value): return value.description
        default: return "?"
        }
        return top ? text : "(\(text))"
    }

    @Test func templatesWithDirectivesAndStripMarkers() throws {
        let (value, diagnostics) = evaluate(
            #""Hello, %{ if name != "" }${name}%{ else }stranger%{ endif }!""#, ["name": .str("Ann")])
        #expect(diagnostics.isEmpty)
        #expect(value == .str("Hello, Ann!"))
        let (loop, loopDiagnostics) = evaluate(
            #""%{ for i, x in items ~}\n  ${i}=${x}\n%{~ endfor }""#,
            ["items": .tuple([.str("a"), .str("b")])])
        #expect(loopDiagnostics.isEmpty)
        #expect(loop == .str("0=a1=b"))
        #expect(
            evaluate(#""$${literal} %%{also} \u00e9\U0001F600 \"q\" \\""#).0 == .str("${literal} %{also} é😀 \"q\" \\"))
    }

    @Test func singleInterpolationKeepsType() {
        #expect(evaluate(#""${list}""#, ["list": .tuple([.int(1)])]).0 == .tuple([.int(1)]))
        #expect(evaluate(#""${1 + 1}x""#).0 == .str("2x"))
    }

    @Test func heredocs() throws {
        let source = "a = <<EOT\n  x ${y}\n  z\n  EOT\nb = <<-EOT\n    one\n      two\n    EOT\n"
        let file = HCLParser.parse(source)
        #expect(file.diagnostics.isEmpty)
        #expect(file.body.attributes.count == 2)
        let a = HCLEvaluator.evaluate(
            file.body.attributes[0].expression, in: HCLEvaluationContext(variables: ["y": .str("Y")]))
        #expect(a.0 == .str("  x Y\n  z\n"))
        #expect(text(file.body.attributes[0].expression.range) == "1:5-4:6")
        #expect(HCLEvaluator.evaluate(file.body.attributes[1].expression).0 == .str("one\n  two\n"))
    }

    @Test func collectionsAndObjects() throws {
        let source = """
            a = [1, "two", [3],
              4,]
            b = {
              k1 = 1, "k2" : 2
              (var.key) = 3
              nested = { x = true }
            }
            """
        let file = HCLParser.parse(source)
        #expect(file.diagnostics.isEmpty)
        let a = HCLEvaluator.evaluate(file.body.attributes[0].expression).0
        #expect(a == .tuple([.int(1), .str("two"), .tuple([.int(3)]), .int(4)]))
        let b = HCLEvaluator.evaluate(
            file.body.attributes[1].expression,
            in: HCLEvaluationContext(variables: ["var": .object(["key": .str("k3")])])
        ).0
        #expect(b == .object(["k1": .int(1), "k2": .int(2), "k3": .int(3), "nested": .object(["x": .bool(true)])]))
        #expect(text(file.body.attributes[1].expression.range) == "3:5-7:2")
    }

    @Test func forExpressions() {
        let list: HCLValue = .tuple([.str("a"), .str("bb"), .str("cc")])
        #expect(
            evaluate("[for i, v in list : upper(v) if i > 0]", ["list": list]).0 == .tuple([.str("BB"), .str("CC")]))
        #expect(
            evaluate("{for v in list : v => length(v)}", ["list": list]).0
                == .object(["a": .int(1), "bb": .int(2), "cc": .int(2)]))
        #expect(
            evaluate("{for v in list : length(v) => v...}", ["list": list]).0
                == .object(["1": .tuple([.str("a")]), "2": .tuple([.str("bb"), .str("cc")])]))
        #expect(evaluate("{for v in list : length(v) => v}", ["list": list]).1.hasErrors)
        #expect(
            evaluate("[for k, v in s : k]", ["s": .set([.str("x")])]).0 == .tuple([.str("x")]),
            "a set's key is its element")
        #expect(evaluate(#"[for k, v in {b = 1, a = 2} : k]"#).0 == .tuple([.str("a"), .str("b")]))
    }

    @Test func splatsAndCalls() {
        let items: HCLValue = .tuple([
            .object(["id": .str("x"), "tags": .tuple([.int(1)])]),
            .object(["id": .str("y"), "tags": .tuple([.int(2)])]),
        ])
        #expect(evaluate("items[*].id", ["items": items]).0 == .tuple([.str("x"), .str("y")]))
        #expect(evaluate("items[*].tags[0]", ["items": items]).0 == .tuple([.int(1), .int(2)]))
        #expect(evaluate("items.*.id", ["items": items]).0 == .tuple([.str("x"), .str("y")]))
        #expect(evaluate("single[*].id", ["single": .object(["id": .str("z")])]).0 == .tuple([.str("z")]))
        #expect(evaluate("nothing[*]", ["nothing": .null]).0 == .tuple([]))
        #expect(evaluate("single.*.id", ["single": .object(["id": .str("z")])]).0 == .tuple([.str("z")]))
        #expect(evaluate("items.*.tags[0]", ["items": items]).0 == .tuple([.int(1)]), "attribute-only splat stops at [")
        #expect(evaluate("max(list...)", ["list": .tuple([.int(3), .int(9), .int(4)])]).0 == .int(9))
        #expect(evaluate(#"join("-", ["a", "b"], ["c"])"#).0 == .str("a-b-c"))
        #expect(evaluate(#"format("%s=%d", "n", 4)"#).0 == .str("n=4"))
        #expect(evaluate(#"coalesce(null, "", "x")"#).0 == .str("x"))
        #expect(evaluate("min(3, 1.5)").0 == .num("1.5"))
        #expect(evaluate("try(missing.x, \"fallback\")").0 == .str("fallback"))
        #expect(evaluate("can(missing.x)").0 == .bool(false))
        #expect(evaluate("merge({a = 1}, {b = 2})").0 == .object(["a": .int(1), "b": .int(2)]))
        #expect(evaluate("toset([\"a\", \"a\", \"b\"])").0 == .set([.str("a"), .str("b")]))
        #expect(evaluate("flatten([[1], [[2]], 3])").0 == .tuple([.int(1), .int(2), .int(3)]))
        #expect(evaluate("split(\",\", \"a,,b\")").0 == .list([.str("a"), .str(""), .str("b")]))
    }
}

extension ExpressionParsingTests {
    @Test(arguments: [
        ("x = a[*].b[0]", "1:5-1:14"),
        ("x = a.*.b", "1:5-1:10"),
        ("x = f(1, [2]...)", "1:5-1:17"),
        ("x = provider::p::f()", "1:5-1:21"),
        ("x = [for v in l : v]", "1:5-1:21"),
        ("x = {for k, v in m : k => v... if v}", "1:5-1:37"),
        ("x = \"a${b}c\"", "1:5-1:13"),
        ("x = (1 + 2)", "1:5-1:12"),
        ("x = !a", "1:5-1:7"),
        ("x = a ? b : c", "1:5-1:14"),
        ("x = \"é\" == \"👩‍👩‍👧\"", "1:5-1:19"),
    ])
    func expressionRanges(source: String, expected: String) throws {
        let (expression, diagnostics) = parseAttribute(source)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(text(try #require(expression).range) == expected)
    }

    @Test func missingNewlineCoversTheNextToken() throws {
        let file = HCLParser.parse("a = 1 bee = 2\n")
        let diagnostic = try #require(file.diagnostics.first)
        #expect(text(diagnostic.subject) == "1:7-1:10")
        #expect(diagnostic.subject.start.byte == 6 && diagnostic.subject.end.byte == 9)
    }
}

extension ExpressionParsingTests {
    @Test(arguments: [
        (#"${true}"#, HCLValue.bool(true)),
        (#"${"${true}"}"#, .bool(true)),
        (#"hello ${true}"#, .str("hello true")),
        (#"${""}${true}"#, .str("true")),
        (#"%{ for v in [true] }${v}%{ endfor }"#, .str("true")),
        (#"hello ${~ "world" }"#, .str("helloworld")),
        (#"%{ if true ~} hello %{~ endif }"#, .str("hello")),
        (#"${"hello" ~}${" world"}"#, .str("hello world")),
        (#"%{ if false }x%{ endif }"#, .str("")),
    ])
    func standaloneTemplatesFollowTheSpecExamples(source: String, expected: HCLValue) throws {
        let (template, diagnostics) = HCLParser.parseTemplate(source)
        #expect(diagnostics.isEmpty)
        #expect(HCLEvaluator.evaluate(try #require(template)).0 == expected)
    }
}
