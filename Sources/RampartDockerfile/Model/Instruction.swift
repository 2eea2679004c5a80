public import RampartCore

/// One Dockerfile instruction (`RUN`, `COPY`, `FROM` …) with its flags, arguments and the parts
/// the parser derived from them.
public struct Instruction: Sendable, Hashable {
    /// The keyword, lowercased (`run`, `copy` …); unknown keywords are kept as written, lowercased.
    public var keyword: String
    /// Where the keyword is written.
    public var keywordSpan: SourceSpan
    /// The whole instruction: keyword through its last continuation or heredoc line.
    public var span: SourceSpan
    /// The instruction text with continuation lines joined (escape character and newline removed).
    public var original: String
    /// The stage index, `-1` before the first `FROM`.
    public var stageIndex: Int
    /// The `--name=value` flags, in order.
    public var flags: [Flag]
    /// The arguments: an exec-form JSON array or shell-form text.
    public var arguments: Arguments
    /// The text after keyword and flags (continuations joined).
    public var value: Word
    /// The argument words rules see as `args`, after variable substitution where it applies.
    ///
    /// Exec form: the array elements. Shell form: `[value]` for `RUN`, `CMD`, `ENTRYPOINT`,
    /// `SHELL`, `HEALTHCHECK CMD`, `ENV`, `LABEL`, `ARG`, `MAINTAINER`, `ONBUILD` and unknown
    /// keywords; the whitespace-separated words for `FROM` (image substituted, then `AS`, name),
    /// `COPY`, `ADD`, `EXPOSE`, `VOLUME`; one substituted word for `USER`, `WORKDIR`, `STOPSIGNAL`;
    /// `["NONE"]` for `HEALTHCHECK NONE`.
    public var words: [Word]
    /// Heredoc bodies (`RUN <<EOF`, `COPY <<EOF /dest`).
    public var heredocs: [Heredoc]
    /// `ENV`, `ARG` and `LABEL` pairs (value `nil` for an `ARG` without default).
    public var keyValues: [KeyValue]
    /// `RUN` shell form and shell heredoc bodies split into simple commands.
    public var commands: [ShellCommand]
    /// `FROM`-only and `ONBUILD`-only parts, kept out of line so every instruction stays small.
    private var extras: [Extras]

    private struct Extras: Sendable, Hashable {
        var image: ImageReference?
        var stageName: String?
        var stageNameSpan: SourceSpan?
        var onbuild: [Instruction] = []
    }

    /// Arguments as written: exec form (`["a","b"]`) or shell form (`a b`).
    public enum Arguments: Sendable, Hashable {
        /// A JSON array of strings.
        case exec([Word])
        /// Free text after keyword and flags.
        case shell(Word)
    }

    /// Creates an instruction.
    public init(
        keyword: String, keywordSpan: SourceSpan, span: SourceSpan, original: String, stageIndex: Int,
        arguments: Arguments, value: Word
    ) {
        self.keyword = keyword
        self.keywordSpan = keywordSpan
        self.span = span
        self.original = original
        self.stageIndex = stageIndex
        self.flags = []
        self.arguments = arguments
        self.value = value
        self.words = []
        self.heredocs = []
        self.keyValues = []
        self.commands = []
        self.extras = []
    }

    private var extra: Extras {
        get { extras.first ?? Extras() }
        set { extras = [newValue] }
    }

    /// For `ONBUILD`: the wrapped trigger instruction.
    public var onbuild: Instruction? {
        get { extras.first?.onbuild.first }
        set { extra.onbuild = newValue.map { [$0] } ?? [] }
    }

    /// For `FROM`: the parsed image reference.
    public var image: ImageReference? {
        get { extras.first?.image }
        set { extra.image = newValue }
    }

    /// For `FROM … AS name`: the stage name, lowercased.
    public var stageName: String? {
        get { extras.first?.stageName }
        set { extra.stageName = newValue }
    }

    /// For `FROM … AS name`: where the stage name is written.
    public var stageNameSpan: SourceSpan? {
        get { extras.first?.stageNameSpan }
        set { extra.stageNameSpan = newValue }
    }

    /// `true` for the exec (JSON array) form.
    public var isExecForm: Bool {
        if case .exec = arguments { return true }
        return false
    }

    /// The last value of a flag by name (`--link` alone gives `"true"`), or `nil`.
    public func flag(_ name: String) -> String? {
        flags.last { $0.name == name }.map { $0.value ?? "true" }
    }

    /// Every `--mount` value, in order.
    public var mounts: [String] {
        flags.compactMap { $0.name == "mount" ? ($0.value ?? "") : nil }
    }
}

/// A piece of text and where it is written.
public struct Word: Sendable, Hashable, CustomStringConvertible {
    /// The text (after quote removal or substitution, depending on where it comes from).
    public var text: String
    /// Where the text is written.
    public var span: SourceSpan

    /// Creates a word.
    public init(_ text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    public var description: String { text }
}

/// A `--name=value` instruction flag.
public struct Flag: Sendable, Hashable {
    /// The name without dashes (`mount`, `from`, `chown`).
    public var name: String
    /// The value, or `nil` for a bare boolean flag (`--link`).
    public var value: String?
    /// Where the whole flag is written.
    public var span: SourceSpan

    /// Creates a flag.
    public init(name: String, value: String?, span: SourceSpan) {
        self.name = name
        self.value = value
        self.span = span
    }
}

/// A heredoc attached to `RUN`, `COPY` or `ADD`.
public struct Heredoc: Sendable, Hashable {
    /// The delimiter (`EOF`), quotes removed.
    public var name: String
    /// The body: every line up to the terminator, each ending in a newline.
    public var body: String
    /// `true` for `<<-EOF`: leading tabs were stripped from body lines.
    public var stripTabs: Bool
    /// `false` when the delimiter was quoted (`<<"EOF"`): the body is not expanded.
    public var expands: Bool
    /// `false` when the file ended before the terminator line.
    public var isTerminated: Bool
    /// Where the `<<EOF` operator is written.
    public var span: SourceSpan
    /// Where the body is written (its lines, terminator excluded).
    public var bodySpan: SourceSpan

    /// Creates a heredoc.
    public init(
        name: String, body: String, stripTabs: Bool, expands: Bool, isTerminated: Bool, span: SourceSpan,
        bodySpan: SourceSpan
    ) {
        self.name = name
        self.body = body
        self.stripTabs = stripTabs
        self.expands = expands
        self.isTerminated = isTerminated
        self.span = span
        self.bodySpan = bodySpan
    }
}

/// A `key=value` pair of `ENV`, `ARG` or `LABEL`.
public struct KeyValue: Sendable, Hashable {
    /// The key, quotes removed.
    public var key: Word
    /// The value after quote removal and substitution of known variables; `nil` for `ARG name`.
    public var value: Word?
    /// The value as written, quotes included; `nil` for `ARG name`.
    public var rawValue: String?
    /// `false` when the value still holds variables whose value is unknown.
    public var isResolved: Bool

    /// Creates a pair.
    public init(key: Word, value: Word?, rawValue: String?, isResolved: Bool = true) {
        self.key = key
        self.value = value
        self.rawValue = rawValue
        self.isResolved = isResolved
    }
}
