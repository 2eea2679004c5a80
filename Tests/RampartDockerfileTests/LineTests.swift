import RampartCore
import RampartDockerfile
import Testing

@Suite struct LineTests {
    @Test func joinsContinuationLinesAndKeepsSpans() {
        let file = parse("FROM alpine\nRUN apk add \\\n    curl \\\n    git\nUSER app\n")
        let run = file.instructions[1]
        #expect(run.original == "RUN apk add     curl     git")
        #expect(run.keywordSpan == SourceSpan(line: 2, column: 1, endLine: 2, endColumn: 4))
        #expect(run.span.start == SourcePosition(line: 2, column: 1))
        #expect(run.span.end == SourcePosition(line: 4, column: 8))
        #expect(run.commandArgs == [["apk", "add", "curl", "git"]])
        #expect(run.commands[0].args[3].span.start == SourcePosition(line: 4, column: 5))
        #expect(file.instructions[2].keywordSpan.start.line == 5)
    }

    @Test func trailingWhitespaceAfterEscapeStillContinues() {
        let run = parse("FROM a\nRUN echo one \\   \t\n  two\n").instructions[1]
        #expect(run.value.text == "echo one   two")
        #expect(run.span.end.line == 3)
    }

    @Test func commentAndEmptyLinesInsideContinuationAreSkipped() {
        let file = parse(
            "FROM a\nRUN apt-get update && \\\n# install tools\n\n   \n    apt-get install -y curl\nUSER x\n")
        let run = file.instructions[1]
        #expect(run.value.text == "apt-get update &&     apt-get install -y curl")
        #expect(run.commandArgs == [["apt-get", "update"], ["apt-get", "install", "-y", "curl"]])
        #expect(run.span.end.line == 6)
        #expect(file.comments.map(\.text) == ["install tools"])
        #expect(file.comments[0].position == SourcePosition(line: 3, column: 1))
        #expect(file.instructions[2].keyword == "user")
    }

    @Test func continuationAtEndOfFile() {
        let file = parse("FROM a\nRUN echo hi \\")
        #expect(file.instructions.count == 2)
        #expect(file.instructions[1].value.text == "echo hi")
        #expect(file.diagnostics.isEmpty)
    }

    @Test func commentsOnlyAtLineStart() {
        let file = parse("FROM a\n  # indented comment\nRUN echo a # not a comment\n")
        #expect(file.comments.map(\.text) == ["indented comment"])
        #expect(file.comments[0].position == SourcePosition(line: 2, column: 3))
        #expect(file.instructions[1].value.text == "echo a # not a comment")
        #expect(file.instructions[1].commandArgs == [["echo", "a"]])
    }

    @Test func escapedEscapeAtEndStillContinues() {
        // The reference: the escape character at line end always continues the line.
        let run = parse("FROM a\nRUN echo \\\\\nUSER x\n").instructions[1]
        #expect(run.original == "RUN echo \\USER x")
    }

    @Test func backtickEscapeKeepsBackslashesLiteral() {
        let file = parse(
            "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir c:\\ `\n  && echo done\nWORKDIR c:\\app\n"
        )
        #expect(file.instructions[1].value.text == "dir c:\\   && echo done")
        #expect(file.instructions[1].commandArgs == [["dir", "c:\\"], ["echo", "done"]])
        #expect(file.instructions[2].argTexts == ["c:\\app"])
    }

    @Test func lineOfOnlyAnEscapeHoldsNoInstruction() {
        let file = parse("FROM a\n\\\n\n\\\nRUN x\n")
        #expect(file.instructions.map(\.keyword) == ["from", "run"])
        #expect(file.instructions[1].keywordSpan.start == SourcePosition(line: 5, column: 1))
        #expect(file.diagnostics.isEmpty)
    }
}
