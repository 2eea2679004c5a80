public import RampartCore

/// The inline suppressions of one document, placed on the lines they cover.
///
/// Built once per document; ``suppression(ruleKeys:line:)`` is then a short scan over the markers.
public struct SuppressionIndex: Sendable {
    struct Placed: Sendable {
        var marker: InlineMarker
        var lines: ClosedRange<Int>
        var position: SourcePosition
    }

    let placed: [Placed]
    let file: String
    let today: String

    /// Indexes the markers in a document's comments.
    /// - Parameter today: the date (`YYYY-MM-DD`) against which expiries are judged.
    public init(document: Document, today: String) {
        self.file = document.file
        self.today = today
        let comments = document.comments
        guard comments.contains(where: { InlineMarker.parse($0.text) != nil }) else {
            placed = []
            return
        }
        let commentLines = Set(comments.filter { !$0.isTrailing }.map(\.position.line))
        let blockEnds = Self.blockEnds(of: document.root)
        let lastLine = max(document.root.span.end.line, comments.last?.position.line ?? 0)
        var placed: [Placed] = []
        for comment in comments {
            guard let marker = InlineMarker.parse(comment.text) else { continue }
            let line = comment.position.line
            var next = line + 1
            while commentLines.contains(next) { next += 1 }
            let range: ClosedRange<Int>
            switch marker.reach {
            case .document:
                range = 0...max(lastLine, line)
            case .nextLine:
                range = next...next
            case .lineOrBlock:
                range = comment.isTrailing ? line...line : next...max(next, blockEnds[next] ?? next)
            }
            placed.append(Placed(marker: marker, lines: range, position: comment.position))
        }
        self.placed = placed
    }

    /// The suppression covering a finding of a rule (`ruleKeys`: its id and aliases, lowercased) at
    /// a line, or `nil`. Expired markers do not suppress.
    public func suppression(ruleKeys: Set<String>, line: Int) -> Suppression? {
        for entry in placed where entry.lines.contains(line) && entry.marker.covers(ruleKeys) {
            if let expires = entry.marker.expires, expires < today { continue }
            return Suppression(
                source: .inline, reason: entry.marker.reason,
                location: SourceRange(file: file, span: SourceSpan(at: entry.position)), marker: entry.marker.text)
        }
        return nil
    }

    /// `true` when the document has no markers.
    public var isEmpty: Bool { placed.isEmpty }

    /// For each line where a node (or mapping key) starts, the last line of the largest such node.
    static func blockEnds(of root: Node) -> [Int: Int] {
        var ends: [Int: Int] = [:]
        var stack: [Node] = [root]
        func note(_ line: Int, _ end: Int) {
            if end > ends[line] ?? 0 { ends[line] = end }
        }
        while let node = stack.popLast() {
            note(node.span.start.line, node.span.end.line)
            switch node.value {
            case .map(let mapping):
                for entry in mapping.entries {
                    note(entry.keySpan.start.line, entry.value.span.end.line)
                    stack.append(entry.value)
                }
            case .list(let items):
                stack.append(contentsOf: items)
            default:
                break
            }
        }
        return ends
    }
}
