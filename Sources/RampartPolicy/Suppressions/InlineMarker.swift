public import RampartCore

/// A suppression marker written in a comment: Rampart's own and the peers' (Checkov, Trivy, KICS),
/// so files annotated for another tool keep working.
///
/// | marker | scope |
/// |---|---|
/// | `rampart:ignore:ID[,ID] reason [exp:YYYY-MM-DD]` | trailing: its line; own line: the block below |
/// | `trivy:ignore:ID [exp:YYYY-MM-DD]` | as above |
/// | `checkov:skip=ID[:reason]` | as above |
/// | `kics-scan ignore-line` / `ignore-block` | the next line / the block below |
/// | `kics-scan ignore` / `kics-scan disable=ID,ID` | the whole document |
public struct InlineMarker: Sendable, Hashable {
    /// What the marker covers before it is placed in a document.
    public enum Reach: Sendable, Hashable {
        /// Its own line when trailing, else the block that follows.
        case lineOrBlock
        /// Only the next code line.
        case nextLine
        /// The whole document.
        case document
    }

    /// Rule ids named by the marker (lowercased); empty means every rule.
    public var ids: Set<String>
    public var reason: String
    /// `YYYY-MM-DD` after which the marker no longer applies.
    public var expires: String?
    public var reach: Reach
    /// The marker as written, for reports.
    public var text: String

    /// Parses the markers in one comment's text (without the `#`).
    public static func parse(_ comment: String) -> InlineMarker? {
        let text = comment.trimmingSpaces()
        if let rest = text.dropPrefix("rampart:ignore:") ?? text.dropPrefix("rampart:ignore=") {
            return idList(rest, text: text, separator: ",")
        }
        if let rest = text.dropPrefix("trivy:ignore:") {
            return idList(rest, text: text, separator: ",")
        }
        if let rest = text.dropPrefix("checkov:skip=") {
            let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
            let head = words.first ?? ""
            let parts = head.split(separator: ":", maxSplits: 1).map(String.init)
            let ids = Set(parts[0].split(separator: ",").map { $0.lowercased() })
            let reason = ([parts.count > 1 ? parts[1] : ""] + words.dropFirst()).joined(separator: " ").trimmingSpaces()
            return InlineMarker(ids: ids, reason: reason, expires: nil, reach: .lineOrBlock, text: text)
        }
        if let rest = text.dropPrefix("kics-scan ") {
            let command = rest.trimmingSpaces()
            switch command {
            case "ignore-line": return InlineMarker(ids: [], reason: "", expires: nil, reach: .nextLine, text: text)
            case "ignore-block": return InlineMarker(ids: [], reason: "", expires: nil, reach: .lineOrBlock, text: text)
            case "ignore": return InlineMarker(ids: [], reason: "", expires: nil, reach: .document, text: text)
            default:
                if let list = command.dropPrefix("disable=") {
                    let ids = Set(list.split(separator: ",").map { String($0).trimmingSpaces().lowercased() })
                    return InlineMarker(ids: ids, reason: "", expires: nil, reach: .document, text: text)
                }
                return nil
            }
        }
        return nil
    }

    /// `ID1,ID2 free text exp:2026-01-31` → ids, reason, expiry.
    static func idList(_ rest: String, text: String, separator: Character) -> InlineMarker? {
        var words = rest.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return nil }
        let head = words.removeFirst()
        var ids: Set<String> = []
        var expires: String?
        for part in head.split(separator: separator) {
            let item = String(part)
            if let date = item.dropPrefix("exp:") { expires = date } else { ids.insert(item.lowercased()) }
        }
        var reasonWords: [String] = []
        for word in words {
            if let date = word.dropPrefix("exp:") { expires = date } else { reasonWords.append(word) }
        }
        if ids.contains("*") { ids = [] }
        return InlineMarker(
            ids: ids, reason: reasonWords.joined(separator: " "), expires: expires, reach: .lineOrBlock, text: text)
    }

    /// `true` when the marker names the rule (by id or alias), or names no rule at all.
    public func covers(_ ruleKeys: Set<String>) -> Bool {
        ids.isEmpty || !ids.isDisjoint(with: ruleKeys)
    }
}

extension String {
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
