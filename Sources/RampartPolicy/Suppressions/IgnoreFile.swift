public import RampartCore
import RampartYAML

/// `.rampartignore`: project-wide suppressions with a reason and an optional expiry.
///
/// ```yaml
/// - id: RMP-K8S-0001            # or a peer alias such as CKV_K8S_16
///   paths: ["deploy/legacy/**"] # optional; .gitignore-style patterns relative to the scan root
///   reason: legacy workload, tracked in SEC-123
///   expires: 2026-12-31         # optional
/// ```
/// A plain list of ids, one per line (`.trivyignore` style, `#` comments, `exp:` suffix), is also
/// accepted.
public struct IgnoreFile: Sendable {
    /// One entry.
    public struct Entry: Sendable {
        public var ids: Set<String>
        public var paths: PathFilter
        public var reason: String
        public var expires: String?
        public var location: SourceRange?

        public init(
            ids: Set<String>, paths: PathFilter = PathFilter(), reason: String = "", expires: String? = nil,
            location: SourceRange? = nil
        ) {
            self.ids = Set(ids.map { $0.lowercased() })
            self.paths = paths
            self.reason = reason
            self.expires = expires
            self.location = location
        }
    }

    public var entries: [Entry]

    /// Creates an ignore file from entries.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Reads entries from a parsed YAML document (a list of mappings).
    public init(document: Document) throws(RuleError) {
        guard let items = document.root.listValue else {
            throw RuleError(
                "an ignore file must be a YAML list of {id, paths, reason, expires}",
                at: document.range(of: document.root))
        }
        entries = try items.map { item throws(RuleError) in
            let ids = RuleLoader.strings(item["id"]) + RuleLoader.strings(item["ids"])
            guard !ids.isEmpty else { throw RuleError("ignore entry without 'id'", at: document.range(of: item)) }
            let paths = PathFilter(RuleLoader.strings(item["paths"]))
            return Entry(
                ids: Set(ids), paths: paths, reason: item["reason"]?.stringValue ?? "",
                expires: item["expires"]?.stringValue ?? item["expires"].flatMap { $0.intValue.map(String.init) },
                location: document.range(of: item))
        }
    }

    /// Reads the plain one-id-per-line form.
    public init(plainText: String, file: String) {
        var entries: [Entry] = []
        for (offset, rawLine) in plainText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingSpaces() ?? ""
            guard !line.isEmpty else { continue }
            var words = line.split(separator: " ").map(String.init)
            var expires: String?
            words.removeAll { word in
                if let date = word.dropPrefix("exp:") {
                    expires = date
                    return true
                }
                return false
            }
            guard let id = words.first else { continue }
            entries.append(
                Entry(
                    ids: [id], reason: words.dropFirst().joined(separator: " "), expires: expires,
                    location: SourceRange(file: file, span: SourceSpan(at: SourcePosition(line: offset + 1, column: 1)))
                ))
        }
        self.entries = entries
    }

    /// The suppression for a finding of a rule at a path, or `nil`.
    public func suppression(ruleKeys: Set<String>, path: String, today: String) -> Suppression? {
        for entry in entries where !entry.ids.isDisjoint(with: ruleKeys) || entry.ids.contains("*") {
            if let expires = entry.expires, expires < today { continue }
            if !entry.paths.isEmpty, !entry.paths.excludes(path, isDirectory: false) { continue }
            return Suppression(
                source: .ignoreFile, reason: entry.reason, location: entry.location,
                marker: entry.ids.sorted().joined(separator: ","))
        }
        return nil
    }
}

extension IgnoreFile {
    /// Reads either form: a YAML list of entries, or plain ids one per line.
    public static func load(bytes: [UInt8], file: String) throws(RuleError) -> IgnoreFile {
        let result = YAMLReader().read(bytes, file: file)
        if result.diagnostics.allSatisfy({ $0.level != .error }), let document = result.documents.first,
            let items = document.root.listValue, items.allSatisfy({ $0.mapValue != nil })
        {
            return try IgnoreFile(document: document)
        }
        return IgnoreFile(plainText: String(decoding: bytes, as: UTF8.self), file: file)
    }
}
