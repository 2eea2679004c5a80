import RampartCore
import RampartDockerfile
import Testing

@Suite struct DocumentSchemaTests {
    private let text = """
        ARG GO_VERSION=1.22
        FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS Builder
        RUN --mount=type=cache,target=/var/cache/apt \\
            apt-get update && apt-get install -y curl | tee /log
        COPY --from=builder --chown=1000:1000 --link /a /b
        ENV PATH=/usr/local/bin:$PATH
        ARG NODEFAULT
        ONBUILD RUN echo hi
        COPY <<EOF /etc/x
        body
        EOF
        """

    @Test func rootShape() throws {
        let document = parse(text).document()
        #expect(document.syntax == "dockerfile")
        #expect(document.file == "Dockerfile")
        let root = try #require(document.root.mapValue)
        #expect(root.keys == ["stages", "instructions", "directives"])
        #expect(document.root.at("instructions")?.listValue?.count == 8)
        #expect(document.root.at("stages")?.listValue?.count == 1)
    }

    @Test func stageFields() throws {
        let stage = try #require(parse(text).document().root.at("stages[0]"))
        #expect(stage.mapValue?.keys == ["index", "name", "from", "instructions"])
        #expect(stage.at("index")?.intValue == 0)
        #expect(stage.at("name")?.stringValue == "builder")
        #expect(at(stage.span) == "2:1")
        let from = try #require(stage.at("from"))
        #expect(from.mapValue?.keys == ["image", "raw", "name", "tag", "digest", "platform", "stage", "scratch"])
        #expect(from.at("image")?.stringValue == "golang:1.22-alpine")
        #expect(from.at("raw")?.stringValue == "golang:${GO_VERSION}-alpine")
        #expect(from.at("name")?.stringValue == "golang")
        #expect(from.at("tag")?.stringValue == "1.22-alpine")
        #expect(from.at("digest")?.isNull == true)
        #expect(from.at("platform")?.stringValue == "$BUILDPLATFORM")
        #expect(from.at("stage")?.isNull == true)
        #expect(from.at("scratch")?.boolValue == false)
        #expect(at(from.span) == "2:1")
        #expect(at(from.at("image")!.span) == "2:32")
        #expect(at(from.at("platform")!.span) == "2:6")
        #expect(stage.at("instructions")?.listValue?.count == 7)
        #expect(stage.at("instructions[0].cmd")?.stringValue == "from")
    }

    @Test func instructionFields() throws {
        let run = try #require(parse(text).document().root.at("instructions[2]"))
        #expect(
            run.mapValue?.keys == [
                "cmd", "line", "endLine", "original", "stage", "flags", "mounts", "json", "args", "value", "heredocs",
                "commands", "keyValues",
            ])
        #expect(run.span == SourceSpan(line: 3, column: 1, endLine: 4, endColumn: 57))
        #expect(run.at("cmd")?.stringValue == "run")
        #expect(run.at("line")?.intValue == 3)
        #expect(run.at("endLine")?.intValue == 4)
        #expect(
            run.at("original")?.stringValue
                == "RUN --mount=type=cache,target=/var/cache/apt     apt-get update && apt-get install -y curl | tee /log"
        )
        #expect(run.at("stage")?.intValue == 0)
        #expect(run.at("flags.mount")?.stringValue == "type=cache,target=/var/cache/apt")
        #expect(run.at("mounts")?.strings == ["type=cache,target=/var/cache/apt"])
        #expect(run.at("json")?.boolValue == false)
        #expect(run.at("args")?.strings == ["apt-get update && apt-get install -y curl | tee /log"])
        #expect(run.at("value")?.stringValue == "apt-get update && apt-get install -y curl | tee /log")
        #expect(at(run.at("value")!.span) == "4:5")
        #expect(run.at("commands")?.listValue?.count == 3)
        #expect(run.at("commands[1].args")?.strings == ["apt-get", "install", "-y", "curl"])
        #expect(run.at("commands[1].pipeTo")?.boolValue == true)
        #expect(run.at("commands[0].pipeTo")?.boolValue == false)
        #expect(at(run.at("commands[1]")!.span) == "4:23")
        #expect(at(run.at("commands[1].args[3]")!.span) == "4:42")
        #expect(at(run.at("flags.mount")!.span) == "3:5")
        #expect(run.at("heredocs")?.listValue?.isEmpty == true)
        #expect(run.at("keyValues")?.listValue?.isEmpty == true)
        #expect(run["onbuild"] == nil)
    }

    @Test func flagsKeyValuesHeredocsAndOnbuild() throws {
        let root = parse(text).document().root
        let copy = try #require(root.at("instructions[3]"))
        #expect(copy.at("flags")?.mapValue?.keys == ["from", "chown", "link"])
        #expect(copy.at("flags.link")?.stringValue == "true")
        #expect(copy.at("flags.chown")?.stringValue == "1000:1000")
        #expect(copy.at("args")?.strings == ["/a", "/b"])
        #expect(copy.at("mounts")?.listValue?.isEmpty == true)
        let env = try #require(root.at("instructions[4].keyValues[0]"))
        #expect(env.at("key")?.stringValue == "PATH")
        #expect(env.at("value")?.stringValue == "/usr/local/bin:$PATH")
        #expect(at(env.at("value")!.span) == "6:10")
        #expect(root.at("instructions[5].keyValues[0].value")?.isNull == true)
        #expect(root.at("instructions[0].stage")?.intValue == -1)
        #expect(root.at("instructions[6].onbuild.cmd")?.stringValue == "run")
        #expect(root.at("instructions[6].onbuild.commands[0].args")?.strings == ["echo", "hi"])
        #expect(at(root.at("instructions[6].onbuild")!.span) == "8:9")
        let heredoc = try #require(root.at("instructions[7].heredocs[0]"))
        #expect(heredoc.at("name")?.stringValue == "EOF")
        #expect(heredoc.at("body")?.stringValue == "body\n")
        #expect(heredoc.at("stripTabs")?.boolValue == false)
        #expect(at(heredoc.at("body")!.span) == "10:1")
        #expect(root.at("instructions[7].endLine")?.intValue == 11)
    }

    @Test func execFormAndDirectives() {
        let root = parse("# syntax=docker/dockerfile:1\nFROM a\nCMD [\"a\", \"b\"]\nHEALTHCHECK NONE\n").document().root
        #expect(root.at("directives.syntax")?.stringValue == "docker/dockerfile:1")
        #expect(root.at("instructions[1].json")?.boolValue == true)
        #expect(root.at("instructions[1].args")?.strings == ["a", "b"])
        #expect(at(root.at("instructions[1].args[1]")!.span) == "3:11")
        #expect(root.at("instructions[2].args")?.strings == ["NONE"])
    }

    @Test func commentsArePassedOn() {
        let document = parse("FROM a\n# rampart:ignore:RMP-DF-0001 reason\nUSER root\n").document()
        #expect(document.comments.map(\.text) == ["rampart:ignore:RMP-DF-0001 reason"])
        #expect(document.comments[0].position == SourcePosition(line: 2, column: 1))
    }
}
