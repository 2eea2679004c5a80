import CLibYAML
import RampartCore

/// Builds positioned ``Node`` trees from libyaml's event stream.
///
/// Collections under construction live on an explicit stack, so input nesting never becomes Swift
/// recursion. Aliases reuse the anchored node (copy-on-write: no deep copy) and are charged against
/// the expansion budget by the number of nodes they stand for.
struct YAMLComposer {
    /// An anchored node and the number of nodes it stands for (aliases included).
    struct Anchored {
        var node: Node
        var count: Int
    }

    let file: String
    let limits: YAMLReader.Limits
    let resolver: YAMLScalarResolver
    let text: UnsafeBufferPointer<UInt8>

    /// The non-empty documents composed so far.
    private(set) var documents: [Document] = []
    /// Where each of ``documents`` starts.
    private(set) var documentStarts: [SourcePosition] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Quoted and block scalars, in source order, for the comment scan.
    private(set) var literalRanges: [YAMLCommentCollector.LiteralRange] = []

    var stack: [YAMLFrame] = []
    var rootNode: Node?
    private var anchors: [String: Anchored] = [:]
    private var streamIndex = -1
    private var documentStart = SourcePosition(line: 1, column: 1)
    private var writtenNodes = 0
    private var expandedNodes = 0
    private var aliasBudgetReported = false
    private var depthReported = false
    private var skipDepth = 0
    private var skipStart = SourcePosition(line: 1, column: 1)
    private var lineCursor = YAMLSourceMap.LineCursor()

    init(file: String, limits: YAMLReader.Limits, schema: YAMLReader.Schema, text: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.limits = limits
        self.resolver = YAMLScalarResolver(schema: schema)
        self.text = text
    }

    /// Parses the whole stream; stops at the first syntax error.
    mutating func run() {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            report(.syntaxError, "libyaml could not start (out of memory)", at: .unknown)
            return
        }
        defer { yaml_parser_delete(parser) }
        let feed = YAMLInputFeed(text: text, parser: parser, maxFlowLevel: max(limits.maxDepth * 2, 64))
        feed.install()
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        withExtendedLifetime(feed) { parse(parser, feed: feed) }
    }

    private mutating func parse(_ parser: UnsafeMutablePointer<yaml_parser_t>, feed: YAMLInputFeed) {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                if feed.stoppedTooDeep {
                    report(
                        .nestingTooDeep,
                        "flow collections ('[', '{') nest deeper than \(feed.maxFlowLevel) levels; "
                            + "the rest of the file was not read. Flatten the document",
                        at: SourceSpan(at: Self.position(parser.pointee.mark)), always: true)
                } else {
                    reportParserError(parser.pointee)
                }
                return
            }
            let isStreamEnd = event.type == YAML_STREAM_END_EVENT
            handle(&event)
            yaml_event_delete(&event)
            if isStreamEnd { return }
        }
    }

    private mutating func handle(_ event: inout yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            beginDocument(at: Self.position(event.start_mark))
        case YAML_DOCUMENT_END_EVENT:
            endDocument()
        case YAML_SCALAR_EVENT:
            scalar(&event)
        case YAML_ALIAS_EVENT:
            alias(&event)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            startCollection(
                isMapping: false, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE,
                anchor: data.anchor, tag: data.tag, at: Self.position(event.start_mark))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            startCollection(
                isMapping: true, isFlow: data.style == YAML_FLOW_MAPPING_STYLE,
                anchor: data.anchor, tag: data.tag, at: Self.position(event.start_mark))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            endCollection(at: Self.position(event.end_mark))
        default:
            break
        }
    }

    // MARK: Documents

    private mutating func beginDocument(at start: SourcePosition) {
        streamIndex += 1
        documentStart = start
        stack.removeAll(keepingCapacity: true)
        rootNode = nil
        anchors.removeAll()
        writtenNodes = 0
        expandedNodes = 0
        aliasBudgetReported = false
        depthReported = false
        skipDepth = 0
    }

    private mutating func endDocument() {
        defer { rootNode = nil }
        guard let root = rootNode, !(root.isNull && root.tag == nil) else { return }
        documents.append(Document(file: file, index: streamIndex, root: root, syntax: "yaml"))
        documentStarts.append(documentStart)
    }

    // MARK: Nodes

    private mutating func scalar(_ event: inout yaml_event_t) {
        let data = event.data.scalar
        let start = Self.position(event.start_mark)
        var end = Self.position(event.end_mark)
        let style = data.style
        let isPlain = style == YAML_PLAIN_SCALAR_STYLE || style == YAML_ANY_SCALAR_STYLE
        let isBlock = style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE
        if !isPlain {
            let startLine = Int(event.start_mark.line) + (isBlock ? 1 : 0)
            literalRanges.append(
                YAMLCommentCollector.LiteralRange(
                    startLine: startLine, startColumn: isBlock ? 0 : Int(event.start_mark.column),
                    endLine: Int(event.end_mark.line), endColumn: Int(event.end_mark.column)))
        }
        guard skipDepth == 0 else { return }
        writtenNodes += 1
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        let tag = data.tag.map(Self.tagName)
        if isBlock { end = blockScalarEnd(to: event.end_mark) }
        let node = Node(
            scalarValue(bytes, isPlain: isPlain, tag: tag), span: SourceSpan(start: start, end: end), tag: tag)
        if let anchor = data.anchor { anchors[String(cString: anchor)] = Anchored(node: node, count: 1) }
        let isMergeKey =
            isPlain && (tag == nil || tag == "!!merge") && bytes.count == 2
            && bytes[0] == UInt8(ascii: "<") && bytes[1] == UInt8(ascii: "<")
        attach(node, count: 1, writtenAt: node.span, isMergeKey: isMergeKey)
    }

    private func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, isPlain: Bool, tag: String?) -> Node.Value {
        guard let tag else {
            if isPlain, let value = resolver.resolve(bytes) { return value }
            return .string(String(decoding: bytes, as: UTF8.self))
        }
        switch tag {
        case "!!null":
            return .null
        case "!!bool":
            if case .bool(let flag) = resolver.resolve(bytes) { return .bool(flag) }
        case "!!int":
            if case .int(let number) = resolver.resolve(bytes) { return .int(number) }
        case "!!float":
            switch resolver.resolve(bytes) {
            case .int(let number): return .double(Double(number))
            case .double(let number): return .double(number)
            default: break
            }
        default:
            break
        }
        return .string(String(decoding: bytes, as: UTF8.self))
    }

    private mutating func alias(_ event: inout yaml_event_t) {
        guard skipDepth == 0 else { return }
        let name = String(cString: event.data.alias.anchor)
        let span = SourceSpan(start: Self.position(event.start_mark), end: Self.position(event.end_mark))
        guard let anchored = anchors[name] else {
            report(
                .undefinedAlias,
                "alias '*\(name)' names no anchor defined before it in this document; define '&\(name)' first",
                at: span)
            attach(Node(.null, span: span), count: 1, writtenAt: span)
            return
        }
        let budget = max(
            limits.maxAliasExpansion,
            limits.aliasExpansionFactor.multipliedReportingOverflow(by: writtenNodes).partialValue)
        if anchored.count > budget - expandedNodes {
            if !aliasBudgetReported {
                aliasBudgetReported = true
                report(
                    .aliasBudgetExceeded,
                    "aliases expand to more than \(budget) nodes (an alias bomb?); the remaining aliases are read as null. "
                        + "Remove the nested aliases or raise the alias expansion limit", at: span)
            }
            attach(Node(.null, span: span), count: 1, writtenAt: span)
            return
        }
        expandedNodes += anchored.count
        attach(anchored.node, count: anchored.count, writtenAt: span)
    }

    private mutating func startCollection(
        isMapping: Bool, isFlow: Bool, anchor: UnsafeMutablePointer<UInt8>?,
        tag: UnsafeMutablePointer<UInt8>?, at start: SourcePosition
    ) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if stack.count >= limits.maxDepth {
            if !depthReported {
                depthReported = true
                let maxDepth = limits.maxDepth
                report(
                    .nestingTooDeep,
                    "collections nest deeper than \(maxDepth) levels; the deeper part is read as null. "
                        + "Flatten the document or raise the depth limit", at: SourceSpan(at: start))
            }
            skipDepth = 1
            skipStart = start
            return
        }
        writtenNodes += 1
        stack.append(
            YAMLFrame(
                isMapping: isMapping, isFlow: isFlow, start: start,
                tag: tag.map(Self.tagName), anchor: anchor.map { String(cString: $0) }))
    }

    private mutating func endCollection(at eventEnd: SourcePosition) {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 {
                let span = SourceSpan(start: skipStart, end: eventEnd)
                attach(Node(.null, span: span), count: 1, writtenAt: span)
            }
            return
        }
        guard let frame = stack.popLast() else { return }
        let span = SourceSpan(start: frame.start, end: frame.isFlow ? eventEnd : frame.end)
        let value: Node.Value = frame.isMapping ? .map(frame.makeMapping()) : .list(frame.items)
        let node = Node(value, span: span, tag: frame.tag)
        if let anchor = frame.anchor { anchors[anchor] = Anchored(node: node, count: frame.count) }
        attach(node, count: frame.count, writtenAt: span)
    }

    // MARK: Helpers

    /// Most diagnostics kept per file: a file of a million duplicate keys must not cost a million messages.
    static let maxDiagnostics = 100

    /// Records a diagnostic, or once past ``maxDiagnostics`` a note that the rest are not listed; the
    /// message is only built when it is kept. `always` is for the problem that ends the stream.
    mutating func report(
        _ code: Diagnostic.Code, _ message: @autoclosure () -> String, level: Diagnostic.Level = .error,
        at span: SourceSpan, always: Bool = false
    ) {
        let range = SourceRange(file: file, span: span)
        if diagnostics.count < Self.maxDiagnostics || always {
            diagnostics.append(Diagnostic(code, message(), level: level, at: range))
        } else if diagnostics.count == Self.maxDiagnostics {
            diagnostics.append(
                Diagnostic(
                    code, "more than \(Self.maxDiagnostics) problems; the rest of this file's are not listed",
                    level: .note, at: range))
        }
    }

    /// A libyaml mark (0-based) as a 1-based position; libyaml counts columns in Unicode scalars.
    static func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// `tag:yaml.org,2002:str` as `!!str`; local tags (`!Ref`) unchanged.
    private static func tagName(_ pointer: UnsafeMutablePointer<UInt8>) -> String {
        let full = String(cString: pointer)
        let prefix = "tag:yaml.org,2002:"
        return full.hasPrefix(prefix) ? "!!" + full.dropFirst(prefix.count) : full
    }

    /// The end of a block scalar's last non-blank character (libyaml's mark includes trailing blank lines).
    private mutating func blockScalarEnd(to endMark: yaml_mark_t) -> SourcePosition {
        var offset = YAMLSourceMap.byteOffset(
            line: Int(endMark.line), column: Int(endMark.column), in: text, cursor: &lineCursor)
        var line = Int(endMark.line)
        while offset > 0 {
            let byte = text[offset - 1]
            if byte == 0x20 || byte == 0x09 {
                offset -= 1
            } else if byte == 0x0A || byte == 0x0D {
                offset -= (byte == 0x0A && offset >= 2 && text[offset - 2] == 0x0D) ? 2 : 1
                line -= 1
            } else {
                break
            }
        }
        let lineStart = YAMLSourceMap.lineStart(before: offset, in: text)
        var column = 0
        for index in lineStart..<offset where text[index] & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: line + 1, column: column + 1)
    }

    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        switch parser.error {
        case YAML_READER_ERROR:
            let offset = min(parser.problem_offset, text.count)
            let (line, column) = YAMLSourceMap.position(ofByte: offset, in: text)
            let value =
                parser.problem_value >= 0 ? " (byte 0x\(String(parser.problem_value, radix: 16, uppercase: true)))" : ""
            report(
                .invalidEncoding, "\(problem)\(value) at byte offset \(offset); save the file as UTF-8 text",
                at: SourceSpan(at: SourcePosition(line: line + 1, column: column + 1)), always: true)
        case YAML_MEMORY_ERROR:
            report(
                .syntaxError, "libyaml ran out of memory; the rest of the file was not read", at: .unknown, always: true
            )
        default:
            var message = problem
            if let context = parser.context {
                let mark = Self.position(parser.context_mark)
                message += " (\(String(cString: context)) started at line \(mark.line), column \(mark.column))"
            }
            report(
                .syntaxError, message + "; fix the YAML syntax here, the rest of the file was not read",
                at: SourceSpan(at: Self.position(parser.problem_mark)), always: true)
        }
    }
}
