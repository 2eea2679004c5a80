/// A path pattern with `.gitignore` semantics: `*` (no slash), `**` (any directories), `?`,
/// character classes `[a-z]`/`[!a-z]`, a leading `/` or an inner slash anchoring the pattern to the
/// root, a trailing `/` matching directories only, and `!` negation (read by ``PathFilter``).
///
/// ```swift
/// GlobPattern("**/testdata/")?.matches("src/a/testdata", isDirectory: true)  // true
/// ```
public struct GlobPattern: Sendable, Hashable {
    /// The pattern as written.
    public let text: String
    /// `true` for `!pattern` (re-include).
    public let isNegated: Bool
    let directoryOnly: Bool
    let anchored: Bool
    let segments: [[UInt8]]

    /// Parses a pattern; `nil` for blank lines and comments.
    public init?(_ pattern: String) {
        var text = pattern
        while text.hasSuffix(" ") && !text.hasSuffix("\\ ") { text.removeLast() }
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        self.text = pattern
        isNegated = text.hasPrefix("!")
        if isNegated { text.removeFirst() }
        if text.hasPrefix("\\") { text.removeFirst() }
        directoryOnly = text.hasSuffix("/")
        if directoryOnly { text.removeLast() }
        let trimmed = text.hasPrefix("/") ? String(text.dropFirst()) : text
        anchored = text.hasPrefix("/") || trimmed.contains("/")
        segments = trimmed.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
        guard !segments.isEmpty else { return nil }
    }

    /// `true` when the relative path (forward slashes, no leading `./`) matches.
    public func matches(_ path: String, isDirectory: Bool) -> Bool {
        if directoryOnly && !isDirectory { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
        if anchored { return Self.match(segments[...], parts[...]) }
        // Unanchored single-segment patterns match the last component at any depth.
        guard let last = parts.last else { return false }
        return segments.count == 1
            ? Self.matchSegment(segments[0][...], last[...]) : Self.match(segments[...], parts[...])
    }

    static func match(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == Array("**".utf8) {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return true }
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let first = path.first, matchSegment(head[...], first[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches one path component against one pattern component (`*`, `?`, `[...]`, `\x`).
    static func matchSegment(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex
        var n = name.startIndex
        var starP = -1
        var starN = -1
        while n < name.endIndex {
            if p < pattern.endIndex {
                let c = pattern[p]
                if c == UInt8(ascii: "*") {
                    starP = p
                    starN = n
                    p += 1
                    continue
                }
                if c == UInt8(ascii: "?") {
                    p += 1
                    n += 1
                    continue
                }
                if c == UInt8(ascii: "["), let (matched, next) = matchClass(pattern, p, name[n]) {
                    if matched {
                        p = next
                        n += 1
                        continue
                    }
                } else {
                    var literal = c
                    var next = p + 1
                    if c == UInt8(ascii: "\\"), next < pattern.endIndex {
                        literal = pattern[next]
                        next += 1
                    }
                    if literal == name[n] {
                        p = next
                        n += 1
                        continue
                    }
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starN += 1
            n = starN
        }
        while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }

    /// Matches a `[...]` class at `start`; returns (matched, index after the class) or `nil` when the
    /// bracket is not a well-formed class (then it is a literal `[`).
    static func matchClass(_ pattern: ArraySlice<UInt8>, _ start: Int, _ byte: UInt8) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.endIndex, pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^") {
            negate = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.endIndex {
            let c = pattern[index]
            if c == UInt8(ascii: "]") && !first { return (matched != negate, index + 1) }
            first = false
            if index + 2 < pattern.endIndex, pattern[index + 1] == UInt8(ascii: "-"),
                pattern[index + 2] != UInt8(ascii: "]")
            {
                if c <= byte && byte <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if c == byte { matched = true }
                index += 1
            }
        }
        return nil
    }
}

/// An ordered list of ``GlobPattern``s where the last matching pattern decides, as in `.gitignore`.
public struct PathFilter: Sendable {
    public private(set) var patterns: [GlobPattern]

    /// Creates a filter from pattern lines (blank lines and `#` comments are ignored).
    public init(_ lines: [String] = []) {
        patterns = lines.compactMap(GlobPattern.init)
    }

    /// Adds patterns at the end (they take precedence).
    public mutating func add(_ lines: [String]) {
        patterns.append(contentsOf: lines.compactMap(GlobPattern.init))
    }

    /// `true` when the path is excluded.
    public func excludes(_ path: String, isDirectory: Bool) -> Bool {
        var excluded = false
        for pattern in patterns where pattern.matches(path, isDirectory: isDirectory) {
            excluded = !pattern.isNegated
        }
        return excluded
    }

    public var isEmpty: Bool { patterns.isEmpty }
}
