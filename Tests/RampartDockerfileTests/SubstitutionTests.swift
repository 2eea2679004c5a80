import RampartCore
import RampartDockerfile
import Testing

@Suite struct SubstitutionTests {
    @Test func globalArgsAreUsableInFrom() {
        let file = parse("ARG GO=1.22\nARG OS=alpine\nFROM golang:${GO}-$OS\n")
        let from = file.stages[0].from
        #expect(from.image == "golang:1.22-alpine")
        #expect(from.raw == "golang:${GO}-$OS")
        #expect(from.isResolved)
        #expect(from.tag == "1.22-alpine")
    }

    @Test func unknownVariableKeepsRawImage() {
        let file = parse("ARG GO=1.22\nARG REGISTRY\nFROM $REGISTRY/golang:$GO\n")
        #expect(file.stages[0].from.image == "$REGISTRY/golang:$GO")
        #expect(!file.stages[0].from.isResolved)
    }

    @Test(arguments: [
        ("${UNSET:-dflt}", "dflt"), ("${EMPTY:-dflt}", "dflt"), ("${EMPTY-dflt}", ""), ("${SET:-dflt}", "v"),
        ("${SET:+alt}", "alt"), ("${UNSET:+alt}", ""), ("${EMPTY:+alt}", ""), ("${EMPTY+alt}", "alt"),
        ("${UNSET-dflt}", "dflt"), ("${SET+alt}", "alt"), ("\\$SET", "$SET"), ("\\${SET}", "${SET}"),
        ("'$SET'", "$SET"), ("\"$SET\"", "v"), ("\"\\$SET\"", "$SET"), ("a${SET}b$SET", "avbv"),
        ("${UNSET:-${SET}x}", "vx"), ("$", "$"), ("$-x", "$-x"), ("${PATHV#/usr}", "/bin"), ("${PATHV%/bin}", "/usr"),
    ])
    func substitutionForms(_ input: String, _ expected: String) {
        let file = parse("FROM a\nARG SET=v\nARG EMPTY=\nENV PATHV=/usr/bin\nWORKDIR \(input)\n")
        #expect(file.instructions[4].argTexts == [expected])
    }

    @Test func unknownVariablesStayAsWritten() {
        let file = parse("FROM a\nENV PATH=/opt/bin:$PATH HOME2=${HOME}/x\nUSER ${APP_USER:?must be set}\n")
        #expect(file.instructions[1].keyValues.map { $0.value?.text } == ["/opt/bin:$PATH", "${HOME}/x"])
        #expect(file.instructions[1].keyValues.map(\.isResolved) == [false, false])
        #expect(file.instructions[2].argTexts == ["${APP_USER:?must be set}"])
    }

    @Test func stageArgsNeedRedeclaration() {
        let file = parse(
            """
            ARG VERSION=1.0
            FROM alpine
            LABEL before=$VERSION
            ARG VERSION
            LABEL after=$VERSION
            ARG OTHER=2 THIRD=${OTHER}
            ENV VERSION=override
            ARG VERSION=ignored
            LABEL env=$VERSION
            """)
        #expect(file.instructions[2].keyValues[0].value?.text == "$VERSION")
        #expect(file.instructions[4].keyValues[0].value?.text == "1.0")
        #expect(file.instructions[5].keyValues.map { $0.value?.text } == ["2", "${OTHER}"])
        #expect(file.instructions[8].keyValues[0].value?.text == "override")
    }

    @Test func envOnOneLineUsesPreviousValues() {
        let file = parse("FROM a\nENV abc=hello\nENV abc=bye def=$abc\nENV ghi=$abc\n")
        #expect(file.instructions[2].keyValues.map { $0.value?.text } == ["bye", "hello"])
        #expect(file.instructions[3].keyValues[0].value?.text == "bye")
    }

    @Test func envIsInheritedByStagesBuiltFromAStage() {
        let file = parse(
            "FROM alpine AS base\nENV APP=/srv/app\nARG LOCAL=1\nFROM base\nWORKDIR $APP\nWORKDIR $LOCAL\n")
        #expect(file.instructions[4].argTexts == ["/srv/app"])
        #expect(file.instructions[5].argTexts == ["$LOCAL"])
    }

    @Test func substitutedInstructionsAndNot() {
        let file = parse(
            """
            FROM a
            ARG P=8080 D=/data U=app S=SIGTERM
            EXPOSE $P
            VOLUME $D ["x"]
            VOLUME ["$D/x"]
            USER $U
            STOPSIGNAL $S
            COPY $D/a ${D}/b
            ADD ["$D", "/x"]
            RUN echo $P
            CMD echo $P
            ONBUILD WORKDIR $D
            """)
        let args = file.instructions.map(\.argTexts)
        #expect(args[2] == ["8080"])
        #expect(args[3] == ["/data", "[x]"])
        #expect(args[4] == ["/data/x"])
        #expect(args[5] == ["app"])
        #expect(args[6] == ["SIGTERM"])
        #expect(args[7] == ["/data/a", "/data/b"])
        #expect(args[8] == ["/data", "/x"])
        #expect(args[9] == ["echo $P"])
        #expect(args[10] == ["echo $P"])
        #expect(file.instructions[11].onbuild?.argTexts == ["$D"])
    }

    @Test func deeplyNestedDefaultsAreBounded() {
        let depth = 500
        let word = String(repeating: "${A:-", count: depth) + "x" + String(repeating: "}", count: depth)
        let file = parse("FROM a\nWORKDIR \(word)\n")
        #expect(file.instructions[1].argTexts.count == 1)
        let shallow = String(repeating: "${A:-", count: 10) + "x" + String(repeating: "}", count: 10)
        #expect(parse("FROM a\nWORKDIR \(shallow)\n").instructions[1].argTexts == ["x"])
    }
}
