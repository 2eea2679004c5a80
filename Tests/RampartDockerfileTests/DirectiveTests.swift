import Foundation
import RampartCore
import RampartDockerfile
import Testing

@Suite struct DirectiveTests {
    @Test func readsKnownDirectivesAtTheTop() {
        let file = parse(
            "# syntax=docker/dockerfile:1.7\n#ESCAPE = `\n# check=skip=JSONArgsRecommended;error=true\nFROM alpine\n")
        #expect(file.directives.map(\.name) == ["syntax", "escape", "check"])
        #expect(file.directive("syntax") == "docker/dockerfile:1.7")
        #expect(file.directive("check") == "skip=JSONArgsRecommended;error=true")
        #expect(file.escapeCharacter == "`")
        #expect(file.comments.isEmpty)
        #expect(file.directives[1].span.start == SourcePosition(line: 2, column: 1))
        #expect(file.diagnostics.isEmpty)
    }

    @Test(arguments: [
        "#directive=value", "# directive =value", "#\tdirective= value", "# directive = value  ", "# DiReCtIvE=value",
    ])
    func whitespaceAndCaseVariants(_ line: String) {
        let text = line.replacingOccurrences(of: "directive", with: "escape", options: .caseInsensitive)
            .replacingOccurrences(of: "value", with: "`")
        let file = parse(text + "\nFROM alpine\nRUN a `\n b\n")
        #expect(file.escapeCharacter == "`")
        #expect(file.instructions[1].value.text == "a  b")
    }

    @Test func directiveAfterCommentIsAComment() {
        let file = parse("# About my dockerfile\n# escape=`\nFROM alpine\nRUN echo \\\n hi\n")
        #expect(file.directives.isEmpty)
        #expect(file.escapeCharacter == "\\")
        #expect(file.comments.map(\.text) == ["About my dockerfile", "escape=`"])
        #expect(file.instructions[1].value.text == "echo  hi")
    }

    @Test func directiveAfterInstructionOrBlankLineIsAComment() {
        #expect(parse("FROM alpine\n# escape=`\n").directives.isEmpty)
        #expect(parse("\n# escape=`\nFROM alpine\n").directives.isEmpty)
    }

    @Test func unknownDirectiveEndsTheDirectiveSection() {
        let file = parse("# unknowndirective=value\n# syntax=docker/dockerfile:1\nFROM alpine\n")
        #expect(file.directives.isEmpty)
        #expect(file.comments.count == 2)
    }

    @Test func invalidAndDuplicateDirectivesAreDiagnosed() {
        let invalid = parse("# escape=x\nFROM alpine\n")
        #expect(invalid.codes == ["dockerfile-invalid-directive"])
        #expect(invalid.escapeCharacter == "\\")
        let twice = parse("# escape=\\\n# escape=`\nFROM alpine\n")
        #expect(twice.codes == ["dockerfile-invalid-directive"])
        #expect(twice.diagnostics[0].range?.start == SourcePosition(line: 2, column: 1))
        #expect(twice.escapeCharacter == "\\")
    }
}
