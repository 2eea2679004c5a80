import RampartCore
import RampartHCL
import Testing

/// Bodies, blocks, labels, comments and syntax-error recovery.
@Suite struct StructureParsingTests {
    @Test func blocksWithLabelsAndComments() throws {
        let source = """
            # leading
            resource "aws_s3_bucket" b {   // trailing
              acl = "private" /* inline */
              versioning { enabled = true }
              empty {}
            } # after the block
            """
        let file = HCLParser.parse(source, file: "main.tf")
        #expect(file.diagnostics.isEmpty)
        let block = try #require(file.body.blocks.first)
        #expect(block.type == "resource")
        #expect(block.labels.map(\.value) == ["aws_s3_bucket", "b"])
        #expect(block.labels.map(\.quoted) == [true, false])
        #expect(text(block.labels[0].range) == "2:10-2:25")
        #expect(text(block.range) == "2:1-6:2")
        #expect(text(block.openBraceRange) == "2:28-2:29")
        #expect(block.body.attributes.map(\.name) == ["acl"])
        #expect(block.body.blocks.map(\.type) == ["versioning", "empty"])
        #expect(block.body.blocks[0].body.attributes.first?.name == "enabled")
        #expect(file.comments.map(\.text) == ["# leading", "// trailing", "/* inline */", "# after the block"])
        #expect(file.comments.map(\.isTrailing) == [false, true, true, true])
        #expect(text(file.comments[1].range) == "2:32-2:43")
    }

    @Test func recoveryKeepsParsingAfterErrors() {
        let source = "a = 1 +\nb = [1, 2\nc = \"ok\"\nd = )\ne = 5\n"
        let file = HCLParser.parse(source, file: "x.hcl")
        #expect(file.diagnostics.hasErrors)
        #expect(file.body.attributes.map(\.name).contains("e"))
        let first = file.diagnostics[0].diagnostic(file: "x.hcl")
        #expect(first.range?.description.hasPrefix("x.hcl:") == true)
    }

    @Test func duplicateAttributeIsAnError() {
        let file = HCLParser.parse("a = 1\na = 2\n")
        #expect(file.diagnostics.count == 1)
        #expect(text(file.diagnostics[0].subject) == "2:1-2:2")
    }

    @Test(arguments: [
        ("a = \"unterminated\n", "Unterminated template string"),
        ("a = <<EOT\nno end\n", "Unterminated heredoc"),
        ("a = \"${x\"\n", "Missing }"),
        ("/* open", "Unterminated comment"),
        ("a {\n", "Unclosed configuration block"),
        ("a = \"%{ if x }y\"\n", "Unexpected template directive"),
        ("a = [for x in y]\n", "Missing :"),
    ])
    func hostileInputIsDiagnosed(source: String, summary: String) {
        let file = HCLParser.parse(source)
        #expect(file.diagnostics.contains { $0.summary == summary }, "\(file.diagnostics)")
    }

    @Test func deepNestingIsLimited() {
        for opener in ["(", "[", "{a=", "!", "-"] {
            let source = "a = " + String(repeating: opener, count: 50_000) + "1"
            let file = HCLParser.parse(source)
            #expect(file.diagnostics.contains { $0.summary == "Nesting too deep" })
        }
        for chain in [
            "a" + String(repeating: ".b", count: 50_000), String(repeating: "1 + ", count: 50_000) + "1",
            "a" + String(repeating: "[0]", count: 50_000),
        ] {
            let file = HCLParser.parse("x = \(chain)\ny = 2\n")
            #expect(file.diagnostics.map(\.summary) == ["Nesting too deep"])
            #expect(file.rampartDiagnostics.map(\.code) == [.nestingTooDeep])
            #expect(file.body.attributes.map(\.name) == ["y"], "the budget is restored after an abort")
        }
        let template = "x = \"" + String(repeating: "%{ if true }", count: 50_000) + "\"\n"
        #expect(HCLParser.parse(template).diagnostics.contains { $0.summary == "Nesting too deep" })
        let blocks = String(repeating: "b {\n", count: 5_000)
        #expect(HCLParser.parse(blocks).diagnostics.contains { $0.summary == "Nesting too deep" })
    }

    @Test func randomTokenSoupNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "a", "b1", " ", "=", "\n", "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "~}", "<<EOT\n", "<<-EOT\n",
            "EOT\n", "for ", " in ", ":", "=>", "...", "if ", "endif", "else", "endfor", "?", "!", "-", "*", ".",
            ".*", "[*]", ",", "#", "//", "/*", "*/", "\\", "\\u00", "é", "\u{2003}", "1.5e", "0", "null",
            "true", "\t", "\r\n", "$${", "%%{",
        ]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<60, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            _ = HCLParser.parse(text).document()
            _ = HCLJSONParser.parse(text)
            _ = HCLParser.parseTemplate(text)
            if let expression = HCLParser.parseExpression(text).0 { _ = HCLEvaluator.evaluate(expression) }
        }
    }

    @Test func jsonSyntaxIntoTheSameModel() throws {
        let source = #"{"a": "x-${y}", "n": 1.5, "resource": {"t": {"name": {"k": true}}}}"#
        let file = HCLJSONParser.parse(source, blockTypes: ["resource": 2])
        #expect(file.diagnostics.isEmpty)
        #expect(file.body.attributes.map(\.name) == ["a", "n"])
        let block = try #require(file.body.blocks.first)
        #expect(block.labels.map(\.value) == ["t", "name"])
        #expect(block.body.attributes.first?.name == "k")
        let a = HCLEvaluator.evaluate(
            file.body.attributes[0].expression, in: HCLEvaluationContext(variables: ["y": .str("Y")]))
        #expect(a.0 == .str("x-Y"))
        #expect(text(file.body.attributes[1].expression.range) == "1:22-1:25")
        #expect(HCLJSONParser.parse("[1]").diagnostics.hasErrors)
    }
}

extension StructureParsingTests {
    @Test func longHeredocsParseInLinearTime() {
        func heredoc(_ lines: Int) -> String {
            "a = <<-EOT\n" + String(repeating: "    line ${x}\n    plain\n", count: lines) + "EOT\n"
        }
        let clock = ContinuousClock()
        let small = clock.measure { #expect(HCLParser.parse(heredoc(2_000)).diagnostics.isEmpty) }
        let large = clock.measure { #expect(HCLParser.parse(heredoc(20_000)).diagnostics.isEmpty) }
        #expect(large < small * 30, "2k lines \(small), 20k lines \(large)")
    }
}
