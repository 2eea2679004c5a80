import RampartCore
import RampartDockerfile
import Testing

@Suite struct InstructionTests {
    @Test func envBothForms() {
        let file = parse(
            """
            FROM a
            ENV LEGACY value with  spaces
            ENV A=1 B="two words" C=three\\ words D='single $quoted' E=
            ENV "QUOTED_KEY"=x
            """)
        let legacy = file.instructions[1].keyValues
        #expect(legacy.map(\.key.text) == ["LEGACY"])
        #expect(legacy.map { $0.value?.text } == ["value with  spaces"])
        let modern = file.instructions[2].keyValues
        #expect(modern.map(\.key.text) == ["A", "B", "C", "D", "E"])
        #expect(modern.map { $0.value?.text } == ["1", "two words", "three words", "single $quoted", ""])
        #expect(modern.map(\.rawValue) == ["1", "\"two words\"", "three\\ words", "'single $quoted'", ""])
        #expect(at(modern[1].key.span) == "3:9")
        #expect(at(modern[1].value!.span) == "3:11")
        #expect(file.instructions[3].keyValues[0].key.text == "QUOTED_KEY")
        #expect(file.diagnostics.isEmpty)
    }

    @Test func envErrors() {
        let file = parse("FROM a\nENV A=1 B\nENV ONLYKEY\n")
        #expect(file.codes == ["dockerfile-invalid-arguments", "dockerfile-missing-arguments"])
        #expect(file.instructions[1].keyValues.map(\.key.text) == ["A"])
    }

    @Test func argWithAndWithoutDefaults() {
        let arg = parse("ARG A B=2 C=\"x y\"\nFROM a\n").instructions[0]
        #expect(arg.keyValues.map(\.key.text) == ["A", "B", "C"])
        #expect(arg.keyValues.map { $0.value?.text } == [nil, "2", "x y"])
        #expect(arg.stageIndex == -1)
    }

    @Test func labelPairs() {
        let label = parse(
            "FROM a\nLABEL org.opencontainers.image.title=\"My app\" \"com.example.vendor\"=ACME version=1.0\n"
        ).instructions[1]
        #expect(label.keyValues.map(\.key.text) == ["org.opencontainers.image.title", "com.example.vendor", "version"])
        #expect(label.keyValues.map { $0.value?.text } == ["My app", "ACME", "1.0"])
    }

    @Test func simpleInstructions() {
        let file = parse(
            """
            FROM a
            EXPOSE 80 443/tcp 53/udp
            USER app:staff
            WORKDIR /srv/my app
            VOLUME /data /logs
            VOLUME ["/cache"]
            STOPSIGNAL SIGKILL
            MAINTAINER Jane Doe <jane@example.com>
            CMD echo hi
            ENTRYPOINT ["/entry"]
            """)
        let args = file.instructions.map(\.argTexts)
        #expect(args[1] == ["80", "443/tcp", "53/udp"])
        #expect(args[2] == ["app:staff"])
        #expect(args[3] == ["/srv/my app"])
        #expect(args[4] == ["/data", "/logs"])
        #expect(args[5] == ["/cache"])
        #expect(file.instructions[5].isExecForm)
        #expect(args[6] == ["SIGKILL"])
        #expect(args[7] == ["Jane Doe <jane@example.com>"])
        #expect(args[8] == ["echo hi"])
        #expect(args[9] == ["/entry"])
        #expect(
            file.instructions.map(\.keyword) == [
                "from", "expose", "user", "workdir", "volume", "volume", "stopsignal", "maintainer", "cmd",
                "entrypoint",
            ])
        #expect(file.diagnostics.isEmpty)
    }

    @Test func keywordsAreCaseInsensitive() {
        let file = parse("from alpine as Base\nrun echo hi\nCopy a b\n")
        #expect(file.instructions.map(\.keyword) == ["from", "run", "copy"])
        #expect(file.stages[0].name == "base")
    }

    @Test func healthcheckForms() {
        let file = parse(
            "FROM a\nHEALTHCHECK NONE\nHEALTHCHECK cmd [\"curl\", \"-f\", \"http://x\"]\nHEALTHCHECK --interval=5s PING\nHEALTHCHECK CMD\n"
        )
        #expect(file.instructions[1].argTexts == ["NONE"])
        #expect(file.instructions[2].argTexts == ["curl", "-f", "http://x"])
        #expect(file.instructions[2].isExecForm)
        #expect(file.codes == ["dockerfile-invalid-arguments", "dockerfile-missing-arguments"])
        #expect(file.diagnostics[0].range?.start == SourcePosition(line: 4, column: 27))
    }

    @Test func onbuildWrapsAnInstruction() throws {
        let file = parse(
            "FROM a\nONBUILD RUN --mount=type=cache,target=/c make && make install\nONBUILD ONBUILD RUN x\nONBUILD FROM b\n"
        )
        let onbuild = file.instructions[1]
        #expect(onbuild.keyword == "onbuild")
        #expect(onbuild.argTexts == ["RUN --mount=type=cache,target=/c make && make install"])
        let trigger = try #require(onbuild.onbuild)
        #expect(trigger.keyword == "run")
        #expect(at(trigger.keywordSpan) == "2:9")
        #expect(trigger.mounts == ["type=cache,target=/c"])
        #expect(trigger.commandArgs == [["make"], ["make", "install"]])
        #expect(file.codes == ["dockerfile-invalid-arguments", "dockerfile-invalid-arguments"])
        #expect(file.diagnostics.map { $0.range!.start.line } == [3, 4])
    }

    @Test func unknownInstructionIsDiagnosedAndKept() {
        let file = parse("FROM a\nFOO bar baz\nRUN ok\n")
        #expect(file.codes == ["dockerfile-unknown-instruction"])
        #expect(file.diagnostics[0].range?.start == SourcePosition(line: 2, column: 1))
        #expect(file.diagnostics[0].description.hasPrefix("Dockerfile:2:1: error[dockerfile-unknown-instruction]"))
        #expect(file.instructions.map(\.keyword) == ["from", "foo", "run"])
    }

    @Test func instructionsBeforeFromOtherThanArg() {
        let file = parse("ARG V=1\nRUN echo early\nFROM a\n")
        #expect(file.codes == ["dockerfile-instruction-before-from"])
        #expect(file.diagnostics[0].range?.start == SourcePosition(line: 2, column: 1))
        #expect(file.instructions[1].stageIndex == -1)
    }

    @Test func missingArguments() {
        let file = parse("FROM\nFROM a\nRUN\nCOPY onlyone\nWORKDIR\nCMD\n")
        #expect(file.codes == Array(repeating: "dockerfile-missing-arguments", count: 4))
        #expect(file.diagnostics.map { $0.range!.start.line } == [1, 3, 4, 5])
    }

    @Test func fromArgumentErrors() {
        let file = parse("FROM a b\nFROM c AS 1bad\n")
        #expect(file.codes == ["dockerfile-invalid-arguments", "dockerfile-invalid-arguments"])
    }

    @Test func fileWithoutFromIsDiagnosed() {
        let file = parse("ARG A=1\nARG B=2\n")
        #expect(file.codes == ["dockerfile-no-from"])
        #expect(file.diagnostics[0].level == .warning)
        #expect(file.diagnostics[0].range?.start == SourcePosition(line: 1, column: 1))
    }
}
