public import RampartCore

/// One build stage: a `FROM` instruction and the instructions after it up to the next `FROM`.
public struct Stage: Sendable, Hashable {
    /// 0-based position among the stages.
    public var index: Int
    /// The `AS name` given to the stage, lowercased, or `nil`.
    public var name: String?
    /// Where the stage name is written, when there is one.
    public var nameSpan: SourceSpan?
    /// The base image (or earlier stage) the stage starts from.
    public var from: ImageReference
    /// The stage's instructions, `FROM` itself first.
    public var instructions: [Instruction]

    /// Creates a stage.
    public init(
        index: Int, name: String?, nameSpan: SourceSpan? = nil, from: ImageReference, instructions: [Instruction] = []
    ) {
        self.index = index
        self.name = name
        self.nameSpan = nameSpan
        self.from = from
        self.instructions = instructions
    }
}
