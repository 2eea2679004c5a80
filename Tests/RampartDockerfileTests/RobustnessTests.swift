import RampartCore
import RampartDockerfile
import Testing

@Suite struct RobustnessTests {
    @Test func emptyAndCommentOnlyFiles() {
        for text in ["", "\n\n", "   \t\n", "# only\n# comments\n", "#"] {
            let file = parse(text)
            #expect(file.instructions.isEmpty)
            #expect(file.stages.isEmpty)
            #expect(file.diagnostics.isEmpty)
            #expect(file.document().root.at("instructions")?.listValue?.isEmpty == true)
        }
    }

    @Test func crlfAndBOM() {
        let file = parse("\u{FEFF}FROM alpine\r\nRUN apk add \\\r\n    curl\r\nUSER app\r\n")
        #expect(file.instructions.map(\.keyword) == ["from", "run", "user"])
        #expect(file.instructions[0].keywordSpan.start == SourcePosition(line: 1, column: 1))
        #expect(file.instructions[1].commandArgs == [["apk", "add", "curl"]])
        #expect(file.instructions[2].argTexts == ["app"])
        #expect(file.instructions[1].span.end == SourcePosition(line: 3, column: 9))
    }

    @Test func tabsAndUnicodeColumns() {
        let file = parse("FROM\talpine\n\tLABEL café=\"crème brûlée\" ñ=1\n")
        let pairs = file.instructions[1].keyValues
        #expect(at(file.instructions[1].keywordSpan) == "2:2")
        #expect(pairs.map(\.key.text) == ["café", "ñ"])
        #expect(at(pairs[1].key.span) == "2:28")
    }

    @Test func invalidUTF8IsDecodedLossily() {
        let bytes: [UInt8] = Array("FROM alpine\nRUN echo ".utf8) + [0xFF, 0xFE] + Array(" done\n".utf8)
        let (file, diagnostics) = DockerfileParser().parse(bytes: bytes, file: "bad/Dockerfile")
        #expect(diagnostics.map(\.code) == [.invalidEncoding])
        #expect(diagnostics[0].range?.start == SourcePosition(line: 2, column: 10))
        #expect(diagnostics[0].range?.file == "bad/Dockerfile")
        #expect(file.instructions[1].commandArgs == [["echo", "\u{FFFD}\u{FFFD}", "done"]])
        let (valid, none) = DockerfileParser().parse(bytes: Array("FROM a\n".utf8), file: "ok")
        #expect(none.isEmpty)
        #expect(valid.stages.count == 1)
    }

    @Test func fiftyMegabyteSingleLine() {
        let size = 50 * 1024 * 1024
        var text = "FROM alpine\nRUN echo "
        text.reserveCapacity(size + 64)
        let chunk = String(repeating: "abcdefgh ", count: 1024)
        while text.utf8.count < size { text += chunk }
        text += "&& true\nUSER app\n"
        let clock = ContinuousClock()
        let start = clock.now
        let file = parse(text)
        let elapsed = clock.now - start
        #expect(file.instructions.count == 3)
        #expect(file.instructions[1].commands.count == 2)
        #expect(file.instructions[2].keywordSpan.start.line == 3)
        // No timing assertion: speed is measured by the benchmarks, not by unit tests on a shared
        // machine. This test proves the input is handled (linearly enough to finish) and correct.
        print("50 MB single line parsed in \(elapsed)")
    }

    @Test func fiftyMegabyteUnbrokenWord() {
        let word = String(repeating: "x", count: 50 * 1024 * 1024)
        let file = parse("FROM alpine\nENV A=\"\(word)\nLABEL b=1\n")
        #expect(file.instructions.count == 3)
        #expect(file.instructions[1].keyValues.first?.value?.text.utf8.count == word.utf8.count)
    }

    @Test func deeplyNestedQuotesAndSubstitutions() {
        let nested = String(repeating: "$(echo \"", count: 2000) + "x" + String(repeating: "\")", count: 2000)
        let file = parse("FROM a\nRUN echo \(nested)\nENV A=\(String(repeating: "\"'", count: 5000))\n")
        #expect(file.instructions.count == 3)
        #expect(file.instructions[1].commands.count == 1)
    }

    @Test func hostileMixtures() {
        let inputs = [
            "FROM a\nRUN <<\n", "FROM a\nRUN <<-\n", "FROM a\nCOPY <<'' /x\n", "\\\n\\\n\\", "FROM a\nENV =\n",
            "FROM a\nARG =x\n", "FROM a\nONBUILD\n", "FROM a\nHEALTHCHECK\n", "FROM a\nRUN [\n",
            "FROM a\nCMD [\"\\u12\"]\n",
            "FROM a\nCMD [\"\\ud800\"]\n", "FROM --platform\n", "FROM a AS\n", "FROM a\nRUN ${\n",
            "FROM a\nWORKDIR ${a:-${b:-\n",
            "FROM a\nWORKDIR ${a/b/c}\n", "FROM a\nLABEL \"unterminated=1\n", "FROM a\nRUN echo \"$(\n",
            String(repeating: "\\\n", count: 10000),
            "FROM a\nRUN " + String(repeating: "(", count: 100_000),
            "FROM a\nRUN " + String(repeating: "<<A ", count: 1000) + "\nA\n",
        ]
        for input in inputs {
            let file = parse(input)
            _ = file.document()
            for diagnostic in file.diagnostics {
                #expect(diagnostic.range != nil)
                #expect(diagnostic.range!.start.line >= 1)
            }
        }
    }
}
