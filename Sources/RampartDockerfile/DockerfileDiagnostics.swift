public import RampartCore

extension Diagnostic.Code {
    /// An instruction keyword Docker does not know.
    public static let dockerfileUnknownInstruction = Self("dockerfile-unknown-instruction")
    /// An instruction other than `ARG` before the first `FROM`.
    public static let dockerfileInstructionBeforeFrom = Self("dockerfile-instruction-before-from")
    /// Instructions but no `FROM`: nothing can be built.
    public static let dockerfileNoFrom = Self("dockerfile-no-from")
    /// The file ended before a heredoc's terminator line.
    public static let dockerfileUnterminatedHeredoc = Self("dockerfile-unterminated-heredoc")
    /// A malformed or repeated parser directive (`# escape=x`).
    public static let dockerfileInvalidDirective = Self("dockerfile-invalid-directive")
    /// An instruction without the arguments it needs.
    public static let dockerfileMissingArguments = Self("dockerfile-missing-arguments")
    /// Arguments Docker rejects (bad stage name, `ENV` pair without `=`, `ONBUILD ONBUILD` …).
    public static let dockerfileInvalidArguments = Self("dockerfile-invalid-arguments")
}
