/// An Alpine package version, ordered like apk-tools (`apk version -t`).
///
/// Grammar: `N(.N)*[letter](_suffix[N])*[-rN]`. Suffixes `_alpha < _beta < _pre < _rc` sort before
/// the plain release, `_cvs < _svn < _git < _hg < _p` after it; `-rN` is the package revision.
/// A component with leading zeros after a dot (`1.01`) sorts below one without (`1.1`), like apk.
public struct ApkVersion: Comparable, Sendable, CustomStringConvertible {
    /// The validated version text.
    public let text: String
    let bytes: [UInt8]

    /// Validates an apk version.
    ///
    /// - Throws: ``VersionParseError`` at the first byte that does not fit the grammar.
    public init(_ text: String) throws(VersionParseError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else {
            throw VersionParseError(
                code: .empty, message: "version is empty; expected e.g. 1.2.3_rc1-r0", text: text, offset: 0)
        }
        var tokenizer = ApkVersionTokenizer(bytes)
        while tokenizer.kind != .end && tokenizer.kind != .invalid { _ = tokenizer.next() }
        guard tokenizer.kind == .end else {
            throw VersionParseError(
                code: .malformed,
                message:
                    "not an apk version; expected digits with dots, an optional letter, _alpha/_beta/_pre/_rc/_cvs/_svn/_git/_hg/_p suffixes and -rN",
                text: text, offset: tokenizer.position)
        }
        self.text = text
        self.bytes = bytes
    }

    /// The text form.
    public var description: String { text }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs.bytes, rhs.bytes) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs.bytes, rhs.bytes) < 0 }

    /// apk-tools' token walk; works on any bytes (invalid input ends the walk).
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var left = ApkVersionTokenizer(a), right = ApkVersionTokenizer(b)
        var leftValue = ApkVersionTokenizer.Value.number([]), rightValue = leftValue
        while left.kind == right.kind, left.kind != .end, left.kind != .invalid, leftValue == rightValue {
            leftValue = left.next()
            rightValue = right.next()
        }
        if leftValue != rightValue { return leftValue < rightValue ? -1 : 1 }
        if left.kind == right.kind { return 0 }
        // Equal so far: the longer one is newer unless what follows is a prerelease suffix.
        if left.kind == .suffix, left.peekSuffixIsPrerelease { return -1 }
        if right.kind == .suffix, right.peekSuffixIsPrerelease { return 1 }
        return left.kind.rawValue > right.kind.rawValue ? -1 : 1
    }
}

/// Alpine's apk-tools version ordering.
public struct ApkVersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "apk" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> ApkVersion {
        try ApkVersion(text)
    }

    /// Orders any two strings the way apk-tools does, valid or not.
    public func compare(_ a: String, _ b: String) -> Int {
        ApkVersion.compare(Array(a.utf8), Array(b.utf8))
    }
}
