import RampartCore

extension ParseSession {
    private static let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox"]

    /// Splits a `RUN` shell line and its shell-script heredoc bodies into simple commands.
    func commands(_ text: MappedText, start: Int, end: Int, bodies: [HeredocBody]) -> [ShellCommand] {
        var result: [ShellCommand] = []
        var bodyCommands: [ShellCommand] = []
        var nextBody = 0
        for command in ShellSplitter.split(text.bytes, from: start, to: end, escape: escape) {
            if !command.args.isEmpty { result.append(shellCommand(command, text)) }
            for _ in command.heredocs where nextBody < bodies.count {
                let body = bodies[nextBody]
                nextBody += 1
                guard Self.runsAsShellScript(command, body: body.heredoc.body) else { continue }
                for inner in ShellSplitter.split(body.text.bytes, from: 0, to: body.text.bytes.count, escape: escape)
                where !inner.args.isEmpty {
                    bodyCommands.append(shellCommand(inner, body.text))
                }
            }
        }
        return result + bodyCommands
    }

    /// Splits the script of an exec-form `RUN ["sh", "-c", "script"]` (any shell, options before
    /// `-c` allowed). Words are positioned exactly when the JSON string holds no escapes, else
    /// relative to its start.
    func execScriptCommands(_ words: [Word], _ text: MappedText, literalStarts: [Int]) -> [ShellCommand] {
        guard let program = words.first, Self.shells.contains(Self.basename(program.text)) else { return [] }
        var index = 1
        var hasCommandOption = false
        while index < words.count, !hasCommandOption {
            let option = words[index].text
            if option == "-o" || option == "+o" {
                index += 2
            } else if option.hasPrefix("-") || option.hasPrefix("+") {
                hasCommandOption = option.hasPrefix("-") && !option.hasPrefix("--") && option.dropFirst().contains("c")
                index += 1
            } else {
                break
            }
        }
        guard hasCommandOption, index < words.count, index < literalStarts.count else { return [] }
        let script = Array(words[index].text.utf8)
        let bodyStart = literalStarts[index] + 1
        let bodyEnd = bodyStart + script.count
        if bodyEnd < text.bytes.count, text.bytes[bodyEnd] == 0x22,
            text.bytes[bodyStart..<bodyEnd].elementsEqual(script)
        {
            return ShellSplitter.split(text.bytes, from: bodyStart, to: bodyEnd).filter { !$0.args.isEmpty }.map {
                shellCommand($0, text)
            }
        }
        var mapped = MappedText()
        mapped.bytes = script
        mapped.anchor(at: text.sourceOffset(bodyStart))
        return ShellSplitter.split(script, from: 0, to: script.count).filter { !$0.args.isEmpty }.map {
            shellCommand($0, mapped)
        }
    }

    private func shellCommand(_ raw: ShellSplitter.RawCommand, _ text: MappedText) -> ShellCommand {
        func words(_ list: [ShellSplitter.RawWord]) -> [Word] {
            list.map { Word($0.text, span: text.span($0.start, $0.end, in: source)) }
        }
        return ShellCommand(
            args: words(raw.args), assignments: words(raw.assignments), redirects: words(raw.redirects),
            pipeTo: raw.pipeTo, span: text.span(max(raw.start, 0), raw.end, in: source)
        )
    }

    /// Whether a heredoc body is a shell script: `RUN <<EOF` (unless its `#!` line names another
    /// interpreter) or `RUN bash -e <<EOF`; `RUN python3 <<EOF` and `cat <<EOF > file` are not.
    static func runsAsShellScript(_ command: ShellSplitter.RawCommand, body: String) -> Bool {
        guard let program = command.args.first else {
            guard body.hasPrefix("#!") else { return true }
            let firstLine = body.dropFirst(2).prefix { $0 != "\n" }
            let parts = firstLine.split(separator: " ", omittingEmptySubsequences: true)
            guard var interpreter = parts.first.map({ basename(String($0)) }) else { return false }
            if interpreter == "env", parts.count > 1 { interpreter = basename(String(parts[1])) }
            return shells.contains(interpreter)
        }
        guard shells.contains(basename(program.text)) else { return false }
        var previous = ""
        for argument in command.args.dropFirst() {
            guard argument.text.hasPrefix("-") || argument.text.hasPrefix("+") || previous == "-o" || previous == "+o"
            else { return false }
            previous = argument.text
        }
        return true
    }

    private static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
