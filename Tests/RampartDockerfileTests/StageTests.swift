import RampartCore
import RampartDockerfile
import Testing

@Suite struct StageTests {
    @Test func multiStageStructure() {
        let file = parse(
            """
            ARG V=1
            FROM golang:1.22 AS Build
            RUN go build
            FROM build AS test
            RUN go test
            FROM scratch
            COPY --from=BUILD /out /app
            COPY --from=0 /x /y
            COPY --from=nginx:latest /etc/nginx /etc/nginx
            """)
        #expect(file.stages.count == 3)
        #expect(file.stages.map(\.index) == [0, 1, 2])
        #expect(file.stages.map(\.name) == ["build", "test", nil])
        #expect(
            file.stages.map { $0.instructions.map(\.keyword) } == [
                ["from", "run"], ["from", "run"], ["from", "copy", "copy", "copy"],
            ])
        #expect(file.stages[1].from.stage == "build")
        #expect(file.stages[0].from.stage == nil)
        #expect(file.stages[2].from.isScratch)
        #expect(file.instructions.map(\.stageIndex) == [-1, 0, 0, 1, 1, 2, 2, 2, 2])
        #expect(file.stages[2].instructions.map { $0.flag("from") } == [nil, "BUILD", "0", "nginx:latest"])
        #expect(file.stage(named: "BUILD")?.index == 0)
        #expect(at(file.stages[0].nameSpan!) == "2:21")
        #expect(file.diagnostics.isEmpty)
    }

    @Test func laterStageWithEarlierNameIsNotAReferenceToItself() {
        let file = parse("FROM alpine AS base\nFROM base AS base2\nFROM base2\nFROM later\nFROM debian AS later\n")
        #expect(file.stages.map(\.from.stage) == [nil, "base", "base2", nil, nil])
    }
}
