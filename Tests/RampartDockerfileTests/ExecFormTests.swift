import RampartCore
import RampartDockerfile
import Testing

@Suite struct ExecFormTests {
    @Test func parsesStrictJSONStringArrays() {
        let cmd = parse("FROM a\nCMD [\"echo\", \"a \\\"quoted\\\" \\u00e9\\n\\t\\\\\", \"\\ud83d\\ude00\"]\n")
            .instructions[1]
        #expect(cmd.isExecForm)
        #expect(cmd.argTexts == ["echo", "a \"quoted\" é\n\t\\", "😀"])
        #expect(at(cmd.words[0].span) == "2:6")
        #expect(at(cmd.words[1].span) == "2:14")
    }

    @Test func emptyArrayIsExecForm() {
        let cmd = parse("FROM a\nENTRYPOINT []\n").instructions[1]
        #expect(cmd.isExecForm)
        #expect(cmd.words.isEmpty)
    }

    @Test(arguments: ["['sh', '-c']", "[\"sh\", ]", "[\"sh\"] trailing", "[sh]", "[\"unterminated", "[\"a\\x\"]"])
    func malformedArraysFallBackToShellForm(_ arguments: String) {
        let file = parse("FROM a\nCMD \(arguments)\n")
        let cmd = file.instructions[1]
        #expect(!cmd.isExecForm)
        #expect(cmd.argTexts == [arguments])
        #expect(file.diagnostics.isEmpty)
    }

    @Test func nonStringElementsAreDiagnosed() {
        let file = parse("FROM a\nCMD [\"sleep\", 10]\n")
        #expect(file.codes == ["dockerfile-invalid-arguments"])
        #expect(!file.instructions[1].isExecForm)
    }

    @Test func shellNeedsJSON() {
        #expect(parse("FROM a\nSHELL /bin/bash -c\n").codes == ["dockerfile-invalid-arguments"])
        let shell = parse("FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n")
        #expect(shell.diagnostics.isEmpty)
        #expect(shell.instructions[1].argTexts == ["/bin/bash", "-o", "pipefail", "-c"])
    }

    @Test func execFormRunWithoutShellHasNoCommands() {
        let run = parse("FROM a\nRUN [\"apt-get\", \"update\"]\n").instructions[1]
        #expect(run.isExecForm)
        #expect(run.commands.isEmpty)
        #expect(run.argTexts == ["apt-get", "update"])
    }

    @Test func execFormShellScriptIsSplit() {
        let file = parse(
            """
            FROM a
            RUN ["/bin/bash", "-o", "pipefail", "-ec", "apt-get update && curl -fsSL https://x | sh"]
            RUN ["sh", "-c", "echo \\"a b\\" && make"]
            RUN ["sh", "script.sh"]
            RUN ["sh", "-c"]
            """)
        let run = file.instructions[1]
        #expect(run.commandArgs == [["apt-get", "update"], ["curl", "-fsSL", "https://x"], ["sh"]])
        #expect(run.commands.map(\.pipeTo) == [false, true, false])
        #expect(at(run.commands[1].args[0].span) == "2:63")
        let escaped = file.instructions[2]
        #expect(escaped.commandArgs == [["echo", "a b"], ["make"]])
        #expect(escaped.commands[0].args[0].span.start.line == 3)
        #expect(file.instructions[3].commands.isEmpty)
        #expect(file.instructions[4].commands.isEmpty)
        #expect(file.diagnostics.isEmpty)
    }
}
