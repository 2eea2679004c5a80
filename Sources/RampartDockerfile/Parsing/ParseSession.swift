import RampartCore

/// The state of one parse: walks physical lines, joins continuations, collects comments and
/// directives, reads heredoc bodies and keeps stages and variable scopes up to date.
struct ParseSession {
    let source: SourceText
    let file: String
    var escape: UInt8 = 0x5C
    var directives: [ParserDirective] = []
    var comments: [Comment] = []
    var diagnostics: [Diagnostic] = []
    var instructions: [Instruction] = []
    var stages: [Stage] = []
    var globalScope = VariableScope()
    var stageScope = VariableScope()
    var stageEnvironments: [VariableScope] = []
    /// Stage index by (lowercased) name; the first stage of a name wins, as in BuildKit.
    var stageIndexByName: [String: Int] = [:]
    private var lineIndex = 0

    private static let knownDirectives: Set<String> = ["syntax", "escape", "check"]

    init(source: SourceText, file: String) {
        self.source = source
        self.file = file
    }

    mutating func diagnose(
        _ code: Diagnostic.Code, _ message: String, at span: SourceSpan, level: Diagnostic.Level = .error
    ) {
        diagnostics.append(Diagnostic(code, message, level: level, at: SourceRange(file: file, span: span)))
    }

    /// Parses the whole file.
    mutating func run() -> Dockerfile {
        readDirectives()
        while lineIndex < source.lineCount {
            let (start, end) = source.line(lineIndex)
            let first = WordScanner.skipSpaces(source.bytes, start, end)
            if first == end {
                lineIndex += 1
            } else if source.bytes[first] == 0x23 {
                addComment(at: first, end: end)
                lineIndex += 1
            } else {
                readInstruction(from: first, lineEnd: end)
            }
        }
        if stages.isEmpty, let first = instructions.first {
            diagnose(
                .dockerfileNoFrom, "the file has instructions but no FROM; start the build with FROM image",
                at: first.keywordSpan, level: .warning
            )
        }
        return Dockerfile(
            file: file,
            directives: directives,
            escapeCharacter: Unicode.Scalar(escape),
            stages: stages,
            instructions: instructions,
            comments: comments,
            diagnostics: diagnostics
        )
    }

    private mutating func addComment(at hash: Int, end: Int) {
        var textStart = hash + 1
        var textEnd = end
        while textStart < textEnd, WordScanner.isSpace(source.bytes[textStart]) { textStart += 1 }
        while textEnd > textStart, WordScanner.isSpace(source.bytes[textEnd - 1]) { textEnd -= 1 }
        comments.append(
            Comment(text: source.text(textStart, textEnd), position: source.position(of: hash), isTrailing: false))
    }

    // MARK: Directives

    /// Reads `# name=value` lines at the very top, stopping at the first other line.
    private mutating func readDirectives() {
        var seen: Set<String> = []
        while lineIndex < source.lineCount {
            let (start, end) = source.line(lineIndex)
            guard let (name, valueStart, valueEnd) = directive(start, end), Self.knownDirectives.contains(name) else {
                return
            }
            let span = source.span(start, end)
            let value = source.text(valueStart, valueEnd)
            if seen.contains(name) {
                diagnose(
                    .dockerfileInvalidDirective, "the \(name) parser directive is given twice; keep only one", at: span)
                return
            }
            seen.insert(name)
            if name == "escape" {
                if value == "\\" || value == "`" {
                    escape = value.utf8.first!
                } else {
                    diagnose(.dockerfileInvalidDirective, "invalid escape character '\(value)'; use \\ or `", at: span)
                }
            }
            directives.append(ParserDirective(name: name, value: value, span: span))
            lineIndex += 1
        }
    }

    /// Matches `#\s*name\s*=\s*value\s*` on a raw line.
    private func directive(_ start: Int, _ end: Int) -> (String, Int, Int)? {
        let bytes = source.bytes
        guard start < end, bytes[start] == 0x23 else { return nil }
        var index = start + 1
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let nameStart = index
        while index < end, Self.isAlphanumeric(bytes[index]) { index += 1 }
        guard index > nameStart, !(bytes[nameStart] >= 0x30 && bytes[nameStart] <= 0x39) else { return nil }
        let name = source.text(nameStart, index).lowercased()
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < end, bytes[index] == 0x3D else { return nil }
        index += 1
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        var valueEnd = end
        while valueEnd > index, bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        guard valueEnd > index else { return nil }
        return (name, index, valueEnd)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    // MARK: Instructions

    /// Where a line's escape-character continuation starts, if the line continues.
    private func continuation(_ start: Int, _ end: Int) -> Int? {
        var index = end
        while index > start, source.bytes[index - 1] == 0x20 || source.bytes[index - 1] == 0x09 { index -= 1 }
        return index > start && source.bytes[index - 1] == escape ? index - 1 : nil
    }

    /// Joins an instruction's continuation lines, parses it and reads its heredoc bodies.
    private mutating func readInstruction(from first: Int, lineEnd: Int) {
        var text = MappedText()
        var lastEnd = lineEnd
        var pending = continuation(first, lineEnd)
        text.append(from: source, first, pending ?? lineEnd)
        lineIndex += 1
        while pending != nil, lineIndex < source.lineCount {
            let (start, end) = source.line(lineIndex)
            lineIndex += 1
            let content = WordScanner.skipSpaces(source.bytes, start, end)
            if content == end { continue }
            if source.bytes[content] == 0x23 {
                addComment(at: content, end: end)
                continue
            }
            pending = continuation(start, end)
            text.append(from: source, start, pending ?? end)
            lastEnd = end
        }
        // A lone escape character followed by nothing but blank lines holds no instruction.
        guard WordScanner.skipSpaces(text.bytes, 0, text.bytes.count) < text.bytes.count else { return }
        let scope = stages.isEmpty ? globalScope : stageScope
        let built = makeInstruction(text, from: 0, to: text.bytes.count, scope: scope, isTrigger: false)
        var instruction = built.instruction
        var endOffset = lastEnd
        if !built.heredocs.isEmpty {
            let bodies = readHeredocBodies(built.heredocs, endOffset: &endOffset)
            instruction.heredocs = bodies.map(\.heredoc)
            if instruction.keyword == "run" {
                instruction.commands = commands(text, start: built.restStart, end: built.restEnd, bodies: bodies)
            }
        } else if instruction.keyword == "run", !instruction.isExecForm {
            instruction.commands = commands(text, start: built.restStart, end: built.restEnd, bodies: [])
        }
        instruction.span = SourceSpan(start: instruction.keywordSpan.start, end: source.position(of: endOffset))
        record(instruction)
    }

    /// A heredoc body with the map from its bytes to the source.
    struct HeredocBody {
        var heredoc: Heredoc
        var text: MappedText
    }

    private mutating func readHeredocBodies(_ requests: [HeredocRequest], endOffset: inout Int) -> [HeredocBody] {
        var bodies: [HeredocBody] = []
        for request in requests {
            var text = MappedText()
            var terminated = false
            var bodyStart: Int?
            var bodyEnd = endOffset
            while lineIndex < source.lineCount {
                let (start, end) = source.line(lineIndex)
                lineIndex += 1
                var contentStart = start
                if request.stripTabs {
                    while contentStart < end, source.bytes[contentStart] == 0x09 { contentStart += 1 }
                }
                endOffset = end
                if source.bytes[contentStart..<end].elementsEqual(request.name.utf8) {
                    terminated = true
                    break
                }
                if bodyStart == nil { bodyStart = start }
                text.append(from: source, contentStart, end)
                text.append(byte: 0x0A, at: end)
                bodyEnd = end
            }
            let span = source.span(bodyStart ?? endOffset, bodyStart == nil ? endOffset : bodyEnd)
            if !terminated {
                diagnose(
                    .dockerfileUnterminatedHeredoc,
                    "heredoc '\(request.name)' is not terminated; add a line holding only \(request.name)",
                    at: request.span
                )
            }
            let heredoc = Heredoc(
                name: request.name, body: String(decoding: text.bytes, as: UTF8.self), stripTabs: request.stripTabs,
                expands: request.expands, isTerminated: terminated, span: request.span, bodySpan: span
            )
            bodies.append(HeredocBody(heredoc: heredoc, text: text))
        }
        return bodies
    }

    // MARK: Stages and scopes

    /// Adds an instruction to the file and its stage, and updates stages and variables.
    private mutating func record(_ instruction: Instruction) {
        var instruction = instruction
        if instruction.keyword == "from" {
            startStage(&instruction)
        } else if stages.isEmpty {
            if instruction.keyword == "arg" {
                for pair in instruction.keyValues {
                    globalScope.declareArgument(pair.key.text, value(of: pair, fallback: nil))
                }
            } else if Self.knownKeywords.contains(instruction.keyword) {
                diagnose(
                    .dockerfileInstructionBeforeFrom,
                    "\(instruction.keyword.uppercased()) comes before the first FROM; only ARG may precede FROM",
                    at: instruction.keywordSpan
                )
            }
        } else if instruction.keyword == "arg" {
            for pair in instruction.keyValues {
                stageScope.declareArgument(pair.key.text, value(of: pair, fallback: globalScope[pair.key.text]))
            }
        } else if instruction.keyword == "env" {
            for pair in instruction.keyValues {
                stageScope.setEnvironment(pair.key.text, value(of: pair, fallback: nil))
            }
        }
        instructions.append(instruction)
        if !stages.isEmpty {
            stages[stages.count - 1].instructions.append(instruction)
            stageEnvironments[stageEnvironments.count - 1] = stageScope
        }
    }

    private func value(of pair: KeyValue, fallback: VariableScope.Value?) -> VariableScope.Value {
        guard let value = pair.value else { return fallback ?? .unknown }
        return pair.isResolved ? .known(value.text) : .unknown
    }

    private mutating func startStage(_ instruction: inout Instruction) {
        let index = stages.count
        instruction.stageIndex = index
        var image = instruction.image ?? ImageReference(parsing: "", span: instruction.keywordSpan)
        let lower = image.image.lowercased()
        if let parent = stageIndexByName[lower] {
            image.stage = stages[parent].name
            stageScope = stageEnvironments[parent].environmentOnly
        } else {
            stageScope = VariableScope()
        }
        instruction.image = image
        stages.append(
            Stage(index: index, name: instruction.stageName, nameSpan: instruction.stageNameSpan, from: image))
        if let name = instruction.stageName, stageIndexByName[name] == nil { stageIndexByName[name] = index }
        stageEnvironments.append(stageScope)
    }
}
