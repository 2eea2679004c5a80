import RampartCore
import RampartDockerfile
import Testing

@Suite struct ShellSplitterTests {
    private func commands(_ run: String) -> [ShellCommand] {
        parse("FROM a\nRUN \(run)\n").instructions[1].commands
    }

    private func args(_ run: String) -> [[String]] { commands(run).map(\.argStrings) }

    @Test(
        arguments: [
            (
                "apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*",
                [
                    ["apt-get", "update"],
                    ["apt-get", "install", "-y", "--no-install-recommends", "curl", "ca-certificates"],
                    ["rm", "-rf", "/var/lib/apt/lists/*"],
                ]
            ),
            ("apk add --no-cache python3 py3-pip", [["apk", "add", "--no-cache", "python3", "py3-pip"]]),
            ("yum install -y httpd && yum clean all", [["yum", "install", "-y", "httpd"], ["yum", "clean", "all"]]),
            ("dnf -y install nginx; dnf clean all", [["dnf", "-y", "install", "nginx"], ["dnf", "clean", "all"]]),
            (
                "pip install --no-cache-dir 'requests==2.31.0' \"flask>=3\"",
                [["pip", "install", "--no-cache-dir", "requests==2.31.0", "flask>=3"]]
            ),
            ("npm ci --omit=dev || npm install", [["npm", "ci", "--omit=dev"], ["npm", "install"]]),
            ("cd /src && make", [["cd", "/src"], ["make"]]),
            ("sudo chmod 777 /tmp/x", [["sudo", "chmod", "777", "/tmp/x"]]),
            ("DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata", [["apt-get", "install", "-y", "tzdata"]]),
            ("echo \"$(uname -m) `id -u`\" ${HOME} $PATH", [["echo", "$(uname -m) `id -u`", "${HOME}", "$PATH"]]),
            ("echo $(echo \"a ) b\") done", [["echo", "$(echo \"a ) b\")", "done"]]),
            ("(cd /x && make) && { echo a; echo b; }", [["cd", "/x"], ["make"], ["echo", "a"], ["echo", "b"]]),
            (
                "if [ -f /x ]; then apt-get install -y x; else echo no; fi",
                [["[", "-f", "/x", "]"], ["apt-get", "install", "-y", "x"], ["echo", "no"]]
            ),
            ("for p in a b; do pip install $p; done", [["for", "p", "in", "a", "b"], ["pip", "install", "$p"]]),
            ("make > /dev/null 2>&1 &", [["make"]]),
            ("echo a # trailing comment", [["echo", "a"]]),
            ("echo a\\ b 'c'\"d\" e\\\"f", [["echo", "a b", "cd", "e\"f"]]),
            ("! grep -q x /etc/y", [["grep", "-q", "x", "/etc/y"]]),
        ] as [(String, [[String]])])
    func splitsRealWorldLines(_ run: String, _ expected: [[String]]) {
        #expect(args(run) == expected)
    }

    @Test func pipesMarkTheWritingCommand() {
        let piped = commands(
            "curl -fsSL https://get.example.com | sh -s -- --yes && wget -O- https://x | sudo bash |& tee log")
        #expect(
            piped.map(\.argStrings) == [
                ["curl", "-fsSL", "https://get.example.com"], ["sh", "-s", "--", "--yes"],
                ["wget", "-O-", "https://x"], ["sudo", "bash"], ["tee", "log"],
            ])
        #expect(piped.map(\.pipeTo) == [true, false, true, true, false])
    }

    @Test func redirectsAndAssignmentsAreKeptApart() {
        let command = commands("A=1 B=\"2 3\" cmd arg >out 2>&1 < in >> log")[0]
        #expect(command.assignments.map(\.text) == ["A=1", "B=2 3"])
        #expect(command.args.map(\.text) == ["cmd", "arg"])
        #expect(command.redirects.map(\.text) == [">out", "2>&1", "<in", ">>log"])
    }

    @Test func wordPositions() {
        let command = commands("  echo   'x y'  \"z\"")[0]
        #expect(command.args.map { at($0.span) } == ["2:7", "2:14", "2:21"])
        #expect(command.args[1].span.end == SourcePosition(line: 2, column: 19))
    }

    @Test func unterminatedQuotesAndSubstitutionsDoNotHang() {
        #expect(args("echo 'unterminated") == [["echo", "unterminated"]])
        #expect(args("echo \"unterminated $(x") == [["echo", "unterminated $(x"]])
        #expect(args("echo `tick") == [["echo", "`tick"]])
        #expect(args("echo ${x") == [["echo", "${x"]])
        #expect(args("echo \\") == [["echo"]])
        #expect(args("| ; && ||") == [])
    }
}
