/// Recognises Dockerfiles by file name and by content.
public enum DockerfileDetector {
    /// Whether a path names a Dockerfile or Containerfile.
    ///
    /// Accepts `Dockerfile`, `Containerfile` (any case), `Dockerfile.<suffix>`,
    /// `Containerfile.<suffix>`, `<name>.dockerfile` and `<name>.containerfile` (any case), which is
    /// what Docker, Podman and Trivy users name them.
    public static func isDockerfileName(_ path: String) -> Bool {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        let lower = name.lowercased()
        for base in ["dockerfile", "containerfile"] {
            if lower == base { return true }
            if lower.hasPrefix(base + "."), lower.count > base.count + 1 { return true }
            if lower.hasSuffix("." + base), lower.count > base.count + 1 { return true }
        }
        return false
    }

    private static let instructionKeywords: Set<String> = [
        "from", "run", "cmd", "entrypoint", "copy", "add", "env", "arg", "label", "expose", "user", "workdir",
        "volume", "healthcheck", "shell", "stopsignal", "onbuild", "maintainer",
    ]

    /// Whether text looks like a Dockerfile: the first instruction (after comments, directives and
    /// `ARG`s) is `FROM`, and most instruction lines start with a Dockerfile keyword.
    ///
    /// Continuation lines (after a line ending in `\` or `` ` ``) and heredoc bodies are not judged;
    /// only the first 400 lines (at most 64 KiB) are read.
    public static func looksLikeDockerfile(_ text: String) -> Bool {
        var sawFrom = false
        var judged = 0
        var known = 0
        var continues = false
        var heredocEnd: Substring?
        let head = text.utf8.count > 65_536 ? Substring(text.prefix(65_536)) : Substring(text)
        for rawLine in head.split(separator: "\n", omittingEmptySubsequences: false).prefix(400) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }.trimmingSuffix()
            if let end = heredocEnd {
                if line == end { heredocEnd = nil }
                continue
            }
            let wasContinued = continues
            continues = line.hasSuffix("\\") || line.hasSuffix("`")
            if line.isEmpty || line.hasPrefix("#") || wasContinued { continue }
            let keyword = line.prefix { $0 != " " && $0 != "\t" }.lowercased()
            judged += 1
            if instructionKeywords.contains(keyword) { known += 1 }
            if !sawFrom {
                if keyword == "from" { sawFrom = true } else if keyword != "arg" { return false }
            }
            if let marker = line.indices.first(where: { line[$0] == "<" && line[line.index(after: $0)...].first == "<" }
            ) {
                let name = line[line.index(marker, offsetBy: 2)...].drop { $0 == "-" || $0 == "\"" || $0 == "'" }
                let word = name.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !word.isEmpty { heredocEnd = word }
            }
        }
        return sawFrom && known * 10 >= judged * 8
    }
}

extension Substring {
    fileprivate func trimmingSuffix() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}
