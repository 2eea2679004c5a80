public import RampartCore

/// A parsed Dockerfile or Containerfile: parser directives, build stages and every instruction.
///
/// Produced by ``DockerfileParser``; ``document()`` turns it into the positioned ``Document`` that
/// policies read (schema in RULES-FORMAT.md, "Dockerfile document schema").
///
/// ```swift
/// let (dockerfile, _) = DockerfileParser().parse(text, file: "Dockerfile")
/// for stage in dockerfile.stages { print(stage.name ?? "#\(stage.index)", stage.from.image) }
/// ```
public struct Dockerfile: Sendable {
    /// The file path as named by the user.
    public var file: String
    /// Parser directives (`# syntax=`, `# escape=`, `# check=`) from the top of the file.
    public var directives: [ParserDirective]
    /// The escape character in effect (`\` unless `# escape=` said otherwise).
    public var escapeCharacter: Unicode.Scalar
    /// Build stages, one per `FROM`, in order.
    public var stages: [Stage]
    /// Every instruction in file order, including `ARG`s before the first `FROM`.
    public var instructions: [Instruction]
    /// Comment lines (`#` at line start), for inline suppressions.
    public var comments: [Comment]
    /// Problems met while parsing; parsing never stops at one.
    public var diagnostics: [Diagnostic]

    /// Creates a Dockerfile model.
    public init(
        file: String,
        directives: [ParserDirective] = [],
        escapeCharacter: Unicode.Scalar = "\\",
        stages: [Stage] = [],
        instructions: [Instruction] = [],
        comments: [Comment] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.file = file
        self.directives = directives
        self.escapeCharacter = escapeCharacter
        self.stages = stages
        self.instructions = instructions
        self.comments = comments
        self.diagnostics = diagnostics
    }

    /// The value of a parser directive by (case-insensitive) name, or `nil`.
    public func directive(_ name: String) -> String? {
        let lower = name.lowercased()
        return directives.first { $0.name == lower }?.value
    }

    /// The stage with a given (case-insensitive) name, or `nil`.
    public func stage(named name: String) -> Stage? {
        let lower = name.lowercased()
        return stages.first { $0.name == lower }
    }
}

/// One parser directive such as `# syntax=docker/dockerfile:1` or `` # escape=` ``.
public struct ParserDirective: Sendable, Hashable {
    /// The directive name, lowercased (`syntax`, `escape`, `check`).
    public var name: String
    /// The value, trimmed of surrounding whitespace.
    public var value: String
    /// Where the directive line is written.
    public var span: SourceSpan

    /// Creates a directive.
    public init(name: String, value: String, span: SourceSpan) {
        self.name = name
        self.value = value
        self.span = span
    }
}
