import RampartCore
import RampartDockerfile
import Testing

@Suite struct FixtureTests {
    @Test func goMultiStageBuild() throws {
        let file = parse(try fixture("go-multistage.Dockerfile"), file: "go/Dockerfile")
        #expect(file.diagnostics.isEmpty)
        #expect(file.directives.map(\.name) == ["syntax", "check"])
        #expect(file.comments.map(\.text) == ["Build arguments usable in FROM lines"])
        #expect(file.stages.map(\.name) == ["builder", "tester", "runtime", nil])
        #expect(
            file.stages.map(\.from.image) == [
                "golang:1.22-alpine", "builder", "alpine:3.19",
                "${REGISTRY}/distroless/static:nonroot@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            ])
        #expect(file.stages.map(\.from.stage) == [nil, "builder", nil, nil])
        let last = file.stages[3].from
        #expect(!last.isResolved)
        #expect(last.tag == "nonroot")
        #expect(last.digest == "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
        #expect(file.stages[0].from.platform == "$BUILDPLATFORM")
        let builder = file.stages[0].instructions
        #expect(builder.map(\.keyword) == ["from", "arg", "arg", "env", "workdir", "copy", "run", "copy", "run"])
        #expect(builder[3].keyValues.map { $0.value?.text } == ["0", "-trimpath -mod=readonly"])
        #expect(builder[6].mounts == ["type=cache,target=/go/pkg/mod", "type=cache,target=/root/.cache/go-build"])
        #expect(builder[6].commandArgs == [["go", "mod", "download"]])
        #expect(builder[6].span == SourceSpan(line: 16, column: 1, endLine: 18, endColumn: 20))
        #expect(builder[8].commands[0].assignments.map(\.text) == ["GOOS=$TARGETOS", "GOARCH=$TARGETARCH"])
        #expect(builder[8].commandArgs == [["go", "build", "-ldflags=-s -w", "-o", "/out/app", "./cmd/app"]])
        let runtime = file.stages[2].instructions
        #expect(
            runtime[1].commandArgs == [
                ["apk", "add", "--no-cache", "ca-certificates", "tzdata"], ["addgroup", "-S", "app"],
                ["adduser", "-S", "-G", "app", "app"],
            ])
        #expect(runtime[2].flag("from") == "builder")
        #expect(runtime[2].flag("chown") == "app:app")
        #expect(runtime[5].flag("interval") == "30s")
        #expect(runtime[5].argTexts == ["/usr/local/bin/app", "healthcheck"])
        #expect(runtime[6].isExecForm)
        #expect(file.instructions.filter { $0.stageIndex == -1 }.map(\.keyword) == ["arg", "arg", "arg"])
    }

    @Test func nodeApp() throws {
        let file = parse(try fixture("node-app.Dockerfile"))
        #expect(file.diagnostics.isEmpty)
        #expect(file.stages.map(\.name) == ["deps", nil])
        let app = file.stages[1].instructions
        #expect(
            app.map(\.keyword) == [
                "from", "label", "env", "env", "workdir", "copy", "copy", "expose", "volume", "stopsignal", "user",
                "onbuild", "healthcheck", "cmd",
            ])
        #expect(app[1].keyValues.map(\.key.text) == ["org.opencontainers.image.title", "maintainer", "version"])
        #expect(app[1].keyValues.map { $0.value?.text } == ["node app", "team@example.com", "1.0"])
        #expect(at(app[1].keyValues[1].key.span) == "8:7")
        #expect(app[2].keyValues.map { [$0.key.text, $0.value?.text] } == [["NODE_ENV", "production"]])
        #expect(app[7].argTexts == ["3000"])
        #expect(app[8].argTexts == ["/app/data", "/app/logs"])
        #expect(app[11].onbuild?.keyword == "copy")
        #expect(app[11].onbuild?.argTexts == [".", "/app/src"])
        #expect(app[12].argTexts == ["NONE"])
        #expect(app[13].argTexts == ["node server.js"])
        #expect(app[13].commandArgs == [])
    }

    @Test func pythonWithHeredocs() throws {
        let file = parse(try fixture("python-heredoc.Dockerfile"))
        #expect(file.diagnostics.isEmpty)
        let runs = file.instructions.filter { $0.heredocs.count > 0 }
        #expect(runs.map(\.keyword) == ["run", "run", "copy", "run", "run", "run"])
        #expect(runs.map { $0.heredocs.map(\.name) } == [["EOF"], ["SETUP"], ["EOF"], ["PY"], ["A", "B"], ["EOF"]])
        #expect(
            runs[0].heredocs[0].body
                == "set -eux\napt-get update\napt-get install -y --no-install-recommends build-essential\nrm -rf /var/lib/apt/lists/*\n"
        )
        #expect(runs[0].commandArgs.map(\.first) == ["set", "apt-get", "apt-get", "rm"])
        #expect(runs[1].heredocs[0].stripTabs)
        #expect(!runs[1].heredocs[0].expands)
        #expect(
            runs[1].commandArgs == [
                ["bash", "-e"], ["pip", "install", "--no-cache-dir", "-r", "/tmp/requirements.txt"], ["echo", "$HOME"],
            ])
        #expect(runs[2].heredocs[0].body == "[server]\nport = 8000\n")
        #expect(runs[3].commandArgs == [["python3"]])
        #expect(runs[4].heredocs.map(\.body) == ["first\n", "second\n"])
        #expect(runs[5].commandArgs == [["cat"], ["chmod", "+x", "/usr/local/bin/entry.sh"]])
        #expect(file.instructions.last?.keywordSpan.start.line == 32)
        #expect(file.instructions.map(\.keywordSpan.start.line) == [2, 3, 4, 10, 14, 18, 22, 27, 31, 32])
    }

    @Test func windowsBacktickEscape() throws {
        let file = parse(try fixture("windows.Dockerfile"))
        #expect(file.diagnostics.isEmpty)
        #expect(file.escapeCharacter == "`")
        let instructions = file.instructions
        #expect(
            instructions.map(\.keyword) == ["from", "shell", "env", "workdir", "run", "copy", "add", "user", "cmd"])
        #expect(instructions[1].argTexts == ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"])
        #expect(instructions[2].keyValues[0].value?.text == "C:\\app")
        #expect(instructions[3].argTexts == ["C:\\app"])
        #expect(instructions[4].span.end.line == 8)
        #expect(instructions[4].commandArgs.count == 2)
        #expect(instructions[4].commandArgs[1] == ["Set-Content", "-Path", "C:\\data\\ready.txt", "-Value", "ok"])
        #expect(instructions[5].argTexts == ["app\\", "C:\\app\\"])
        #expect(instructions[8].argTexts == ["C:\\app\\server.exe"])
    }

    @Test func buildKitMountsAndFlags() throws {
        let file = parse(try fixture("buildkit-mounts.Dockerfile"))
        #expect(file.diagnostics.isEmpty)
        let i = file.instructions
        #expect(
            i[1].mounts == [
                "type=cache,target=/var/cache/apt,sharing=locked", "type=cache,target=/var/lib/apt,sharing=locked",
            ])
        #expect(
            i[1].commandArgs == [
                ["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", "curl", "git"],
            ])
        #expect(i[2].flag("network") == "none")
        #expect(i[2].flag("security") == "sandbox")
        #expect(i[2].mounts == ["type=secret,id=npmrc,target=/root/.npmrc"])
        #expect(i[3].mounts == ["type=ssh"])
        #expect(i[4].flag("checksum") == "sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d")
        #expect(i[4].argTexts == ["https://example.com/archive.tar.gz", "/tmp/"])
        #expect(i[5].flag("keep-git-dir") == "true")
        #expect(i[6].flags.map(\.name) == ["link", "parents", "exclude", "chmod"])
        #expect(i[6].flag("exclude") == "*.md")
        #expect(i[7].commands.map(\.pipeTo) == [true, false])
        #expect(i[7].commandArgs == [["curl", "-fsSL", "https://example.com/install.sh"], ["sh"]])
        #expect(
            i[8].commandArgs == [["wget", "-O-", "https://example.com/setup"], ["sudo", "bash", "-s", "--", "--yes"]])
        let document = file.document()
        #expect(
            document.root.at("instructions[1].flags.mount")?.stringValue
                == "type=cache,target=/var/lib/apt,sharing=locked")
        #expect(document.root.at("instructions[1].mounts")?.strings?.count == 2)
        #expect(at(document.root.at("instructions[1].mounts[1]")!.span) == "3:5")
    }
}
