import RampartCore

/// A `<<EOF` word of a `RUN`, `COPY` or `ADD` line whose body follows the instruction.
struct HeredocRequest {
    var name: String
    var stripTabs: Bool
    var expands: Bool
    var span: SourceSpan
}

extension ParseSession {
    /// One instruction parsed from a logical line, with the heredocs whose bodies must follow.
    struct BuiltInstruction {
        var instruction: Instruction
        var heredocs: [HeredocRequest]
        var restStart: Int
        var restEnd: Int
    }

    static let knownKeywords: Set<String> = [
        "from", "run", "cmd", "entrypoint", "copy", "add", "env", "arg", "label", "expose", "user", "workdir",
        "volume", "healthcheck", "shell", "stopsignal", "onbuild", "maintainer",
    ]
    /// Instructions the reference lists for environment replacement (plus `ARG` defaults).
    static let substitutingKeywords: Set<String> = [
        "add", "copy", "env", "expose", "from", "label", "stopsignal", "user", "volume", "workdir", "arg",
    ]

    /// Parses the instruction in `text[start..<end]` (keyword first, no leading whitespace).
    mutating func makeInstruction(
        _ text: MappedText, from start: Int, to end: Int, scope: VariableScope, isTrigger: Bool
    ) -> BuiltInstruction {
        let bytes = text.bytes
        var keywordEnd = start
        while keywordEnd < end, !WordScanner.isSpace(bytes[keywordEnd]) { keywordEnd += 1 }
        var lineEnd = end
        while lineEnd > keywordEnd, WordScanner.isSpace(bytes[lineEnd - 1]) { lineEnd -= 1 }
        let keyword = text.text(start, keywordEnd).lowercased()
        let keywordSpan = text.span(start, keywordEnd, in: source)
        let extracted =
            keyword == "onbuild"
            ? (flags: [], rest: WordScanner.skipSpaces(bytes, keywordEnd, lineEnd))
            : WordScanner.extractFlags(bytes, from: keywordEnd, to: lineEnd)
        let restStart = extracted.rest
        let value = Word(text.text(restStart, lineEnd), span: text.span(restStart, lineEnd, in: source))
        var instruction = Instruction(
            keyword: keyword, keywordSpan: keywordSpan, span: text.span(start, lineEnd, in: source),
            original: text.text(start, lineEnd), stageIndex: max(stages.count - 1, -1), arguments: .shell(value),
            value: value
        )
        let substitutes = Self.substitutingKeywords.contains(keyword)
        let expander = VariableExpander(escape: escape, scope: keyword == "from" ? globalScope : scope)
        instruction.flags = extracted.flags.map { flag($0, text, expander: substitutes ? expander : nil) }
        instruction.words = [value]
        var heredocs: [HeredocRequest] = []
        let hasArguments = restStart < lineEnd
        if !hasArguments, keyword != "cmd", keyword != "entrypoint", Self.knownKeywords.contains(keyword) {
            diagnose(.dockerfileMissingArguments, "\(keyword.uppercased()) needs arguments", at: keywordSpan)
            instruction.words = []
        }
        switch keyword {
        case "from":
            parseFrom(&instruction, text, restStart, lineEnd, expander)
        case "run", "cmd", "entrypoint", "shell":
            if hasArguments, let literalStarts = execForm(&instruction, text, restStart, lineEnd, expander: nil) {
                if keyword == "run" {
                    instruction.commands = execScriptCommands(instruction.words, text, literalStarts: literalStarts)
                }
            } else if hasArguments {
                if keyword == "shell" {
                    diagnose(
                        .dockerfileInvalidArguments, "SHELL needs the JSON form, e.g. SHELL [\"/bin/bash\", \"-c\"]",
                        at: value.span)
                }
                if keyword == "run", !isTrigger { heredocs = heredocRequests(text, restStart, lineEnd) }
            }
        case "copy", "add", "volume":
            if hasArguments, execForm(&instruction, text, restStart, lineEnd, expander: expander) == nil {
                let words = WordScanner.quotedWords(bytes, from: restStart, to: lineEnd, escape: escape)
                instruction.words = words.map { expandedWord(text, $0.start, $0.end, expander).word }
                if keyword != "volume", !isTrigger { heredocs = heredocRequests(text, restStart, lineEnd) }
            }
            if keyword != "volume", hasArguments, instruction.words.count < 2 {
                diagnose(
                    .dockerfileMissingArguments, "\(keyword.uppercased()) needs a source and a destination",
                    at: value.span)
            }
        case "expose":
            let words = WordScanner.quotedWords(bytes, from: restStart, to: lineEnd, escape: escape)
            instruction.words = words.map { expandedWord(text, $0.start, $0.end, expander).word }
        case "user", "workdir", "stopsignal":
            if hasArguments { instruction.words = [expandedWord(text, restStart, lineEnd, expander).word] }
        case "env", "label":
            if hasArguments { instruction.keyValues = nameValuePairs(keyword, text, restStart, lineEnd, expander) }
        case "arg":
            instruction.keyValues = argumentPairs(text, restStart, lineEnd, expander)
        case "healthcheck":
            if hasArguments { parseHealthcheck(&instruction, text, restStart, lineEnd) }
        case "onbuild":
            if isTrigger {
                diagnose(
                    .dockerfileInvalidArguments, "ONBUILD ONBUILD is not allowed; use a single ONBUILD", at: keywordSpan
                )
            } else if hasArguments {
                let trigger = makeInstruction(
                    text, from: restStart, to: lineEnd, scope: VariableScope(), isTrigger: true)
                if trigger.instruction.keyword == "from" || trigger.instruction.keyword == "maintainer" {
                    diagnose(
                        .dockerfileInvalidArguments,
                        "\(trigger.instruction.keyword.uppercased()) is not allowed as an ONBUILD trigger",
                        at: trigger.instruction.keywordSpan
                    )
                }
                var triggered = trigger.instruction
                if triggered.keyword == "run", !triggered.isExecForm {
                    triggered.commands = commands(text, start: trigger.restStart, end: trigger.restEnd, bodies: [])
                }
                instruction.onbuild = triggered
            }
        case "maintainer":
            break
        default:
            diagnose(
                .dockerfileUnknownInstruction,
                "unknown instruction \(text.text(start, keywordEnd)); check the spelling (FROM, RUN, COPY …)",
                at: keywordSpan
            )
        }
        return BuiltInstruction(instruction: instruction, heredocs: heredocs, restStart: restStart, restEnd: lineEnd)
    }

    private func flag(_ raw: WordScanner.RawWord, _ text: MappedText, expander: VariableExpander?) -> Flag {
        let body = raw.text.dropFirst(2)
        let span = text.span(raw.start, raw.end, in: source)
        guard let equals = body.firstIndex(of: 0x3D) else {
            return Flag(name: String(decoding: body, as: UTF8.self), value: nil, span: span)
        }
        let name = String(decoding: body[..<equals], as: UTF8.self)
        let valueBytes = Array(body[(equals + 1)...])
        var value = String(decoding: valueBytes, as: UTF8.self)
        if let expander, valueBytes.contains(0x24) {
            value = expander.expand(valueBytes, from: 0, to: valueBytes.count).text
        }
        return Flag(name: name, value: value, span: span)
    }

    /// Substitutes variables in `text[start..<end]` (quotes removed) and positions the result.
    func expandedWord(_ text: MappedText, _ start: Int, _ end: Int, _ expander: VariableExpander) -> (
        word: Word, isComplete: Bool
    ) {
        let result = expander.expand(text.bytes, from: start, to: end)
        return (Word(result.text, span: text.span(start, end, in: source)), result.isComplete)
    }

    /// Tries the exec form; on success sets the arguments and words and returns where each
    /// element's literal starts, else `nil`.
    private mutating func execForm(
        _ instruction: inout Instruction, _ text: MappedText, _ start: Int, _ end: Int, expander: VariableExpander?
    ) -> [Int]? {
        guard text.bytes[start] == 0x5B else { return nil }
        switch JSONStringArray.parse(text.bytes, from: start, to: end) {
        case .strings(let elements):
            let words = elements.map { Word($0.text, span: text.span($0.start, $0.end, in: source)) }
            instruction.arguments = .exec(words)
            instruction.words = words.map { word in
                guard let expander, word.text.utf8.contains(0x24) || word.text.utf8.contains(escape) else {
                    return word
                }
                let bytes = Array(word.text.utf8)
                return Word(expander.expand(bytes, from: 0, to: bytes.count).text, span: word.span)
            }
            return elements.map(\.start)
        case .notStrings:
            diagnose(
                .dockerfileInvalidArguments, "the exec form must be a JSON array of strings; quote every element",
                at: text.span(start, end, in: source)
            )
            return nil
        case .invalid:
            return nil
        }
    }

    private mutating func parseFrom(
        _ instruction: inout Instruction, _ text: MappedText, _ start: Int, _ end: Int, _ expander: VariableExpander
    ) {
        let words = WordScanner.plainWords(text.bytes, from: start, to: end)
        guard let imageWord = words.first else {
            instruction.image = ImageReference(parsing: "", span: instruction.keywordSpan)
            return
        }
        let hasName = words.count == 3 && text.text(words[1].start, words[1].end).lowercased() == "as"
        if words.count != 1, !hasName {
            diagnose(
                .dockerfileInvalidArguments, "FROM takes an image and optionally AS name: FROM image[:tag] [AS name]",
                at: text.span(start, end, in: source)
            )
        }
        let raw = text.text(imageWord.start, imageWord.end)
        let expanded = expandedWord(text, imageWord.start, imageWord.end, expander)
        let image = expanded.isComplete ? expanded.word.text : raw
        instruction.image = ImageReference(
            parsing: image, raw: raw, platform: instruction.flag("platform"), isResolved: expanded.isComplete,
            span: expanded.word.span
        )
        instruction.words =
            [Word(image, span: expanded.word.span)]
            + words.dropFirst().map { Word(text.text($0.start, $0.end), span: text.span($0.start, $0.end, in: source)) }
        guard hasName else { return }
        let name = text.text(words[2].start, words[2].end).lowercased()
        let nameSpan = text.span(words[2].start, words[2].end, in: source)
        if !Self.isValidStageName(name) {
            diagnose(
                .dockerfileInvalidArguments,
                "invalid stage name '\(name)'; start with a letter and use letters, digits, '-', '_' or '.'",
                at: nameSpan
            )
        }
        instruction.stageName = name
        instruction.stageNameSpan = nameSpan
    }

    private static func isValidStageName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first >= 0x61, first <= 0x7A else { return false }
        return name.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E
        }
    }

    private mutating func parseHealthcheck(
        _ instruction: inout Instruction, _ text: MappedText, _ start: Int, _ end: Int
    ) {
        let words = WordScanner.plainWords(text.bytes, from: start, to: end)
        let kind = text.text(words[0].start, words[0].end).lowercased()
        let kindSpan = text.span(words[0].start, words[0].end, in: source)
        switch kind {
        case "none":
            instruction.words = [Word("NONE", span: kindSpan)]
            if words.count > 1 {
                diagnose(
                    .dockerfileInvalidArguments, "HEALTHCHECK NONE takes no other arguments", at: instruction.value.span
                )
            }
        case "cmd":
            let commandStart = WordScanner.skipSpaces(text.bytes, words[0].end, end)
            guard commandStart < end else {
                diagnose(.dockerfileMissingArguments, "HEALTHCHECK CMD needs a command", at: kindSpan)
                instruction.words = []
                return
            }
            if execForm(&instruction, text, commandStart, end, expander: nil) == nil {
                let command = Word(text.text(commandStart, end), span: text.span(commandStart, end, in: source))
                instruction.arguments = .shell(command)
                instruction.words = [command]
            }
        default:
            diagnose(.dockerfileInvalidArguments, "unknown HEALTHCHECK type '\(kind)'; use CMD or NONE", at: kindSpan)
        }
    }

    /// Finds `<<EOF`, `<<-EOF`, `<<"EOF"` words in a `RUN`, `COPY` or `ADD` line.
    private func heredocRequests(_ text: MappedText, _ start: Int, _ end: Int) -> [HeredocRequest] {
        let hasMarker = text.bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index + 1 < end {
                if buffer[index] == 0x3C, buffer[index + 1] == 0x3C { return true }
                index += 1
            }
            return false
        }
        guard hasMarker else { return [] }
        var requests: [HeredocRequest] = []
        for word in WordScanner.quotedWords(text.bytes, from: start, to: end, escape: escape) {
            let bytes = text.bytes[word.start..<word.end]
            guard bytes.count > 2, bytes.first == 0x3C, bytes[word.start + 1] == 0x3C, bytes[word.start + 2] != 0x3C
            else { continue }
            var nameStart = word.start + 2
            let stripTabs = text.bytes[nameStart] == 0x2D
            if stripTabs { nameStart += 1 }
            let rawName = text.bytes[nameStart..<word.end]
            guard !rawName.isEmpty, !rawName.contains(0x3C) else { continue }
            let quoted = rawName.contains(0x22) || rawName.contains(0x27)
            let name = String(decoding: rawName.filter { $0 != 0x22 && $0 != 0x27 }, as: UTF8.self)
            guard !name.isEmpty else { continue }
            requests.append(
                HeredocRequest(
                    name: name, stripTabs: stripTabs, expands: !quoted,
                    span: text.span(word.start, word.end, in: source)))
        }
        return requests
    }
}
