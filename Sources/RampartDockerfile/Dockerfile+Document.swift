public import RampartCore

extension Dockerfile {
    /// The positioned document policies read (`syntax: "dockerfile"`), following the "Dockerfile
    /// document schema" of RULES-FORMAT.md.
    ///
    /// The root holds `stages` and `instructions` (plus `directives`, a map of parser directive
    /// names to values). Each instruction mapping is positioned at its keyword and spans the whole
    /// instruction; its fields carry the position of the text they come from.
    public func document() -> Document {
        let first = SourcePosition(line: 1, column: 1)
        let last = instructions.last?.span.end ?? first
        let rootSpan = SourceSpan(start: first, end: max(first, last))
        var root = Mapping()
        root.append(entry("stages", Node(.list(stages.map(Self.node(stage:))), span: rootSpan)))
        root.append(entry("instructions", Node(.list(instructions.map(Self.node(instruction:))), span: rootSpan)))
        var directiveMap = Mapping()
        for directive in directives {
            directiveMap.set(
                directive.name, Node(.string(directive.value), span: directive.span), keySpan: directive.span)
        }
        let directivesSpan = directives.first.map { $0.span.union(directives.last!.span) } ?? SourceSpan(at: first)
        root.append(entry("directives", Node(.map(directiveMap), span: directivesSpan)))
        return Document(file: file, root: Node(.map(root), span: rootSpan), comments: comments, syntax: "dockerfile")
    }

    private func entry(_ key: String, _ value: Node) -> Mapping.Entry {
        Mapping.Entry(key: key, keySpan: value.span, value: value)
    }

    private static func string(_ text: String, _ span: SourceSpan) -> Node { Node(.string(text), span: span) }
    private static func optional(_ text: String?, _ span: SourceSpan) -> Node {
        Node(text.map { .string($0) } ?? .null, span: span)
    }
    private static func words(_ words: [Word], _ span: SourceSpan) -> Node {
        Node(.list(words.map { string($0.text, $0.span) }), span: span)
    }

    /// A stage as `{index, name, from, instructions}`, positioned at its `FROM`.
    static func node(stage: Stage) -> Node {
        let fromInstruction = stage.instructions.first
        let span = fromInstruction?.span ?? stage.from.span
        let image = stage.from
        var from = Mapping()
        func add(_ map: inout Mapping, _ key: String, _ node: Node) {
            map.append(Mapping.Entry(key: key, keySpan: node.span, value: node))
        }
        add(&from, "image", string(image.image, image.span))
        add(&from, "raw", string(image.raw, image.span))
        add(&from, "name", string(image.name, image.span))
        add(&from, "tag", optional(image.tag, image.span))
        add(&from, "digest", optional(image.digest, image.span))
        let platformSpan = fromInstruction?.flags.last { $0.name == "platform" }?.span ?? span
        add(&from, "platform", optional(image.platform, platformSpan))
        add(&from, "stage", optional(image.stage, image.span))
        add(&from, "scratch", Node(.bool(image.isScratch), span: image.span))
        var map = Mapping()
        add(&map, "index", Node(.int(Int64(stage.index)), span: span))
        add(&map, "name", optional(stage.name, stage.nameSpan ?? span))
        add(&map, "from", Node(.map(from), span: span))
        add(&map, "instructions", Node(.list(stage.instructions.map(node(instruction:))), span: span))
        return Node(.map(map), span: span)
    }

    /// An instruction mapping, positioned at its keyword and spanning the whole instruction.
    static func node(instruction: Instruction) -> Node {
        let at = instruction.keywordSpan
        var map = Mapping()
        func add(_ key: String, _ node: Node, keySpan: SourceSpan? = nil) {
            map.append(Mapping.Entry(key: key, keySpan: keySpan ?? node.span, value: node))
        }
        add("cmd", string(instruction.keyword, at))
        add("line", Node(.int(Int64(at.start.line)), span: at))
        add("endLine", Node(.int(Int64(instruction.span.end.line)), span: at))
        add("original", string(instruction.original, instruction.span))
        add("stage", Node(.int(Int64(instruction.stageIndex)), span: at))
        var flags = Mapping()
        for flag in instruction.flags {
            flags.set(flag.name, string(flag.value ?? "true", flag.span), keySpan: flag.span)
        }
        let flagsSpan = instruction.flags.first.map { $0.span.union(instruction.flags.last!.span) } ?? at
        add("flags", Node(.map(flags), span: flagsSpan))
        let mounts = instruction.flags.filter { $0.name == "mount" }
        add("mounts", Node(.list(mounts.map { string($0.value ?? "", $0.span) }), span: mounts.first?.span ?? at))
        add("json", Node(.bool(instruction.isExecForm), span: instruction.value.span))
        add("args", words(instruction.words, instruction.value.span))
        add("value", string(instruction.value.text, instruction.value.span))
        add(
            "heredocs",
            Node(.list(instruction.heredocs.map(node(heredoc:))), span: instruction.heredocs.first?.span ?? at))
        add(
            "commands",
            Node(.list(instruction.commands.map(node(command:))), span: instruction.commands.first?.span ?? at))
        add(
            "keyValues",
            Node(.list(instruction.keyValues.map(node(pair:))), span: instruction.keyValues.first?.key.span ?? at))
        if let trigger = instruction.onbuild { add("onbuild", node(instruction: trigger)) }
        return Node(.map(map), span: instruction.span)
    }

    private static func node(heredoc: Heredoc) -> Node {
        var map = Mapping()
        map.append(Mapping.Entry(key: "name", keySpan: heredoc.span, value: string(heredoc.name, heredoc.span)))
        map.append(Mapping.Entry(key: "body", keySpan: heredoc.bodySpan, value: string(heredoc.body, heredoc.bodySpan)))
        map.append(
            Mapping.Entry(
                key: "stripTabs", keySpan: heredoc.span, value: Node(.bool(heredoc.stripTabs), span: heredoc.span)))
        return Node(.map(map), span: heredoc.span)
    }

    private static func node(command: ShellCommand) -> Node {
        var map = Mapping()
        let at = command.args.first?.span ?? command.span
        map.append(Mapping.Entry(key: "args", keySpan: at, value: words(command.args, at)))
        map.append(Mapping.Entry(key: "pipeTo", keySpan: at, value: Node(.bool(command.pipeTo), span: at)))
        return Node(.map(map), span: at)
    }

    private static func node(pair: KeyValue) -> Node {
        var map = Mapping()
        map.append(Mapping.Entry(key: "key", keySpan: pair.key.span, value: string(pair.key.text, pair.key.span)))
        let value = pair.value.map { string($0.text, $0.span) } ?? Node(.null, span: pair.key.span)
        map.append(Mapping.Entry(key: "value", keySpan: value.span, value: value))
        return Node(.map(map), span: pair.key.span)
    }
}
