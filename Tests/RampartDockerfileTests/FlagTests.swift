import RampartCore
import RampartDockerfile
import Testing

@Suite struct FlagTests {
    @Test func repeatableMountsAndOtherRunFlags() {
        let run = parse(
            """
            FROM a
            RUN --mount=type=cache,target=/root/.cache \\
                --mount=type=secret,id=token --network=none --security=insecure pip install x
            """
        ).instructions[1]
        #expect(run.flags.map(\.name) == ["mount", "mount", "network", "security"])
        #expect(run.mounts == ["type=cache,target=/root/.cache", "type=secret,id=token"])
        #expect(run.flag("network") == "none")
        #expect(at(run.flags[1].span) == "3:5")
        #expect(run.value.text == "pip install x")
        #expect(at(run.value.span) == "3:69")
    }

    @Test func copyAndAddFlags() {
        let file = parse(
            """
            FROM a
            COPY --from=builder --chown=1000:1000 --chmod=0755 --link --parents --exclude=*.md src/ /dst/
            ADD --checksum=sha256:abc --keep-git-dir=true https://github.com/o/r.git /r
            COPY --link=false a b
            """)
        let copy = file.instructions[1]
        #expect(copy.flags.map(\.name) == ["from", "chown", "chmod", "link", "parents", "exclude"])
        #expect(copy.flag("from") == "builder")
        #expect(copy.flag("link") == "true")
        #expect(copy.flags[3].value == nil)
        #expect(copy.argTexts == ["src/", "/dst/"])
        #expect(file.instructions[2].flag("checksum") == "sha256:abc")
        #expect(file.instructions[2].flag("keep-git-dir") == "true")
        #expect(file.instructions[3].flag("link") == "false")
    }

    @Test func quotedFlagValuesAndDoubleDash() {
        let run = parse("FROM a\nRUN --mount=\"type=bind,source=a b\" -- --not-a-flag\n").instructions[1]
        #expect(run.mounts == ["type=bind,source=a b"])
        #expect(run.value.text == "--not-a-flag")
    }

    @Test func healthcheckOptions() {
        let check = parse(
            "FROM a\nHEALTHCHECK --interval=30s --timeout=5s --start-period=1m --start-interval=2s --retries=3 CMD curl -f http://localhost/ || exit 1\n"
        ).instructions[1]
        #expect(check.flag("interval") == "30s")
        #expect(check.flag("retries") == "3")
        #expect(check.flag("start-interval") == "2s")
        #expect(check.argTexts == ["curl -f http://localhost/ || exit 1"])
        #expect(!check.isExecForm)
    }

    @Test func flagsAreSubstitutedForSubstitutingInstructions() {
        let file = parse(
            "ARG BASE=x\nFROM --platform=${PLATFORM:-linux/amd64} alpine\nARG UID=1000\nCOPY --chown=${UID}:${UID} a b\nRUN --mount=target=$UID true\n"
        )
        #expect(file.stages[0].from.platform == "linux/amd64")
        #expect(file.instructions[3].flag("chown") == "1000:1000")
        #expect(file.instructions[4].mounts == ["target=$UID"])
    }
}
