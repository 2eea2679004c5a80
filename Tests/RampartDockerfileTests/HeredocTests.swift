import RampartCore
import RampartDockerfile
import Testing

@Suite struct HeredocTests {
    @Test func runHeredocBodyBecomesCommands() {
        let file = parse("FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nUSER app\n")
        let run = file.instructions[1]
        #expect(run.heredocs.count == 1)
        #expect(run.heredocs[0].name == "EOF")
        #expect(run.heredocs[0].body == "apt-get update\napt-get install -y curl\n")
        #expect(run.heredocs[0].expands)
        #expect(run.heredocs[0].isTerminated)
        #expect(at(run.heredocs[0].span) == "2:5")
        #expect(run.heredocs[0].bodySpan == SourceSpan(line: 3, column: 1, endLine: 4, endColumn: 24))
        #expect(run.commandArgs == [["apt-get", "update"], ["apt-get", "install", "-y", "curl"]])
        #expect(at(run.commands[1].args[2].span) == "4:17")
        #expect(run.span.end.line == 5)
        #expect(file.instructions[2].keywordSpan.start.line == 6)
        #expect(file.diagnostics.isEmpty)
    }

    @Test func dashStripsLeadingTabsIncludingTerminator() {
        let run = parse("FROM a\nRUN <<-EOT\n\t\techo one\n\t  echo two\n\tEOT\n").instructions[1]
        #expect(run.heredocs[0].stripTabs)
        #expect(run.heredocs[0].body == "echo one\n  echo two\n")
        #expect(run.heredocs[0].isTerminated)
        #expect(at(run.commands[0].args[0].span) == "3:3")
    }

    @Test func withoutDashTabsAreKeptAndIndentedTerminatorDoesNotEnd() {
        let file = parse("FROM a\nRUN <<EOT\n\techo one\n\tEOT\nEOT\n")
        let heredoc = file.instructions[1].heredocs[0]
        #expect(heredoc.body == "\techo one\n\tEOT\n")
        #expect(file.diagnostics.isEmpty)
    }

    @Test(arguments: ["\"EOF\"", "'EOF'"])
    func quotedDelimiterDoesNotExpand(_ delimiter: String) {
        let run = parse("FROM a\nRUN <<\(delimiter)\necho $HOME\nEOF\n").instructions[1]
        #expect(run.heredocs[0].name == "EOF")
        #expect(!run.heredocs[0].expands)
        #expect(run.heredocs[0].body == "echo $HOME\n")
    }

    @Test func multipleHeredocsOnOneLine() {
        let run = parse(
            "FROM a\nRUN <<FILE1 cat > /file1 && <<FILE2 cat > /file2\nI am\nfirst\nFILE1\nI am\nsecond\nFILE2\n"
        ).instructions[1]
        #expect(run.heredocs.map(\.name) == ["FILE1", "FILE2"])
        #expect(run.heredocs.map(\.body) == ["I am\nfirst\n", "I am\nsecond\n"])
        #expect(run.commandArgs == [["cat"], ["cat"]])
        #expect(run.commands[0].redirects.map(\.text) == ["<<FILE1", ">/file1"])
        #expect(run.span.end.line == 8)
    }

    @Test func copyHeredocAsFileSource() {
        let copy = parse("FROM a\nCOPY <<EOF /etc/app.conf\nkey = value\nEOF\n").instructions[1]
        #expect(copy.heredocs.map(\.body) == ["key = value\n"])
        #expect(copy.argTexts == ["<<EOF", "/etc/app.conf"])
        #expect(copy.commands.isEmpty)
    }

    @Test func heredocAsFileForCatIsNotRunAsShell() {
        let run = parse("FROM a\nRUN cat <<EOF > /entry.sh && chmod +x /entry.sh\n#!/bin/sh\nexec app\nEOF\n")
            .instructions[1]
        #expect(run.commandArgs == [["cat"], ["chmod", "+x", "/entry.sh"]])
        #expect(run.commands[0].redirects.map(\.text) == ["<<EOF", ">/entry.sh"])
    }

    @Test func interpreterHeredocsAreNotSplit() {
        let python = parse("FROM a\nRUN python3 <<PY\nimport os; print(os.getcwd())\nPY\n").instructions[1]
        #expect(python.commandArgs == [["python3"]])
        let shebang = parse("FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint('x')\nEOF\n").instructions[1]
        #expect(shebang.commands.isEmpty)
        let shell = parse("FROM a\nRUN bash -o pipefail -e <<EOF\nset -x; curl -fsSL https://x | sh\nEOF\n")
            .instructions[1]
        #expect(
            shell.commandArgs == [
                ["bash", "-o", "pipefail", "-e"], ["set", "-x"], ["curl", "-fsSL", "https://x"], ["sh"],
            ])
        #expect(shell.commands[2].pipeTo)
    }

    @Test func missingTerminatorIsDiagnosed() {
        let file = parse("FROM a\nRUN <<EOF\necho never ends\n")
        #expect(file.codes == ["dockerfile-unterminated-heredoc"])
        #expect(file.diagnostics[0].range?.start == SourcePosition(line: 2, column: 5))
        #expect(file.instructions[1].heredocs[0].body == "echo never ends\n")
        #expect(!file.instructions[1].heredocs[0].isTerminated)
    }

    @Test func heredocsAreNotReadForExecFormOrOtherInstructions() {
        let file = parse("FROM a\nRUN [\"cat\", \"<<EOF\"]\nENV A=<<EOF\nUSER x\n")
        #expect(file.instructions.map(\.keyword) == ["from", "run", "env", "user"])
        #expect(file.instructions.allSatisfy { $0.heredocs.isEmpty })
    }

    @Test func hereStringIsNotAHeredoc() {
        let run = parse("FROM a\nRUN cat <<<\"text\"\nUSER x\n").instructions[1]
        #expect(run.heredocs.isEmpty)
        #expect(run.commands[0].redirects.map(\.text) == ["<<<text"])
    }
}
