/// A Maven artifact version, ordered like Maven's `ComparableVersion`.
///
/// The text is split at `.`, `-` and digit/letter transitions into numbers and qualifiers; a `-`
/// (or a transition) opens a nested list. Qualifiers order `alpha < beta < milestone < rc = cr <
/// snapshot < "" = ga = final = release < sp`, unknown qualifiers after `sp` alphabetically;
/// `a1`/`b1`/`m1` mean alpha/beta/milestone. Trailing zeros and empty qualifiers are dropped, so
/// `1.0.0 == 1 == 1-ga == 1.final`. As in Maven 3.8.7 (MNG-7644), a qualifier that ends the version
/// or runs into digits opens a list like a hyphen (`1.0.RC1 == 1-RC1`); unknown qualifiers sort after `sp`.
public struct MavenVersion: Comparable, Sendable, CustomStringConvertible {
    /// One parsed item.
    indirect enum Item: Sendable {
        case number(DigitString)
        case qualifier(String)
        case list([Item])
    }

    /// The original text.
    public let text: String
    let items: [Item]

    /// The deepest list nesting accepted (real versions nest a handful of levels).
    static let maximumDepth = 256

    /// Parses a Maven version. Every non-empty string is a Maven version.
    ///
    /// - Throws: ``VersionParseError`` only for an empty string.
    public init(_ text: String) throws(VersionParseError) {
        let bytes = ASCII.trimmed(text).map(ASCII.lowercased)
        guard !bytes.isEmpty else {
            throw VersionParseError(
                code: .empty, message: "version is empty; expected e.g. 1.2.3 or 2.0-SNAPSHOT", text: text, offset: 0)
        }
        // Every '-' and digit/letter switch nests a list; bound the depth so hostile input cannot
        // exhaust the stack when comparing or freeing the nested items.
        var depth = 0
        for index in bytes.indices.dropFirst()
        where bytes[index] == UInt8(ascii: "-")
            || (ASCII.isDigit(bytes[index]) != ASCII.isDigit(bytes[index - 1]) && bytes[index] != UInt8(ascii: ".")
                && bytes[index - 1] != UInt8(ascii: "."))
        {
            depth += 1
            if depth > Self.maximumDepth {
                throw VersionParseError(
                    code: .malformed,
                    message:
                        "version nests more than \(Self.maximumDepth) '-' or digit/letter switches; this is not a real Maven version",
                    text: text, offset: index)
            }
        }
        self.text = text
        self.items = Self.parseItems(bytes)
    }

    /// The text form.
    public var description: String { text }

    /// Equal under the scheme's ordering (different spellings may be equal).
    public static func == (lhs: Self, rhs: Self) -> Bool { compareLists(lhs.items, rhs.items) == 0 }
    /// Orders by the scheme's precedence rules.
    public static func < (lhs: Self, rhs: Self) -> Bool { compareLists(lhs.items, rhs.items) < 0 }

    // MARK: Parsing

    private static func parseItems(_ bytes: [UInt8]) -> [Item] {
        // A stack of open lists; a `-` or a digit/letter transition nests a new list.
        var stack: [[Item]] = [[]]
        var start = 0
        var isDigit = false
        func item(_ end: Int, followedByDigit: Bool = false) -> Item {
            let part = bytes[start..<end]
            if part.allSatisfy(ASCII.isDigit) { return .number(DigitString(ascii: part)) }
            return .qualifier(
                canonicalQualifier(String(decoding: part, as: UTF8.self), followedByDigit: followedByDigit))
        }
        func nest() { stack.append([]) }
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ".") {
                stack[stack.count - 1].append(index == start ? .number(.zero) : item(index))
                start = index + 1
            } else if byte == UInt8(ascii: "-") {
                stack[stack.count - 1].append(index == start ? .number(.zero) : item(index))
                start = index + 1
                nest()
            } else if ASCII.isDigit(byte) {
                if !isDigit, index > start {
                    // MNG-7644: a qualifier that does not end at a dot opens a list like a hyphen.
                    if !stack[stack.count - 1].isEmpty { nest() }
                    stack[stack.count - 1].append(item(index, followedByDigit: true))
                    start = index
                    nest()
                }
                isDigit = true
            } else {
                if isDigit, index > start {
                    stack[stack.count - 1].append(item(index))
                    start = index
                    nest()
                }
                isDigit = false
            }
        }
        if bytes.count > start {
            if !isDigit, !stack[stack.count - 1].isEmpty { nest() }
            stack[stack.count - 1].append(item(bytes.count))
        }
        // Close the lists innermost first, normalising each.
        while stack.count > 1 {
            let inner = normalized(stack.removeLast())
            stack[stack.count - 1].append(.list(inner))
        }
        return normalized(stack[0])
    }

    /// Removes trailing "null" items (0, "", empty lists) up to the last non-list item.
    private static func normalized(_ list: [Item]) -> [Item] {
        var list = list
        var index = list.count - 1
        while index >= 0 {
            if isNull(list[index]) {
                list.remove(at: index)
            } else if case .list = list[index] {
                // keep scanning left past nested lists
            } else {
                break
            }
            index -= 1
        }
        return list
    }

    private static func isNull(_ item: Item) -> Bool {
        switch item {
        case .number(let number): number.isZero
        case .qualifier(let text): text.isEmpty
        case .list(let items): items.isEmpty
        }
    }

    private static func canonicalQualifier(_ text: String, followedByDigit: Bool) -> String {
        if followedByDigit, text.utf8.count == 1 {
            switch text {
            case "a": return "alpha"
            case "b": return "beta"
            case "m": return "milestone"
            default: break
            }
        }
        switch text {
        case "ga", "final", "release": return ""
        case "cr": return "rc"
        default: return text
        }
    }

    // MARK: Ordering

    static let knownQualifiers = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"]

    /// The sortable key of a qualifier: its rank, or `7-name` for unknown ones.
    private static func qualifierKey(_ text: String) -> String {
        if let rank = knownQualifiers.firstIndex(of: text) { return String(rank) }
        return "\(knownQualifiers.count)-\(text)"
    }

    private static let releaseKey = qualifierKey("")

    /// Compares an item with a missing one (`nil`): how the shorter list is padded.
    private static func compareToMissing(_ item: Item) -> Int {
        switch item {
        case .number(let number): return number.isZero ? 0 : 1
        case .qualifier(let text): return ASCII.compareBytes(qualifierKey(text).utf8, releaseKey.utf8)
        case .list(let items):
            // The whole list counts, not just its first item (MNG-6964).
            for item in items {
                let order = compareToMissing(item)
                if order != 0 { return order }
            }
            return 0
        }
    }

    private static func compare(_ lhs: Item, _ rhs: Item) -> Int {
        switch (lhs, rhs) {
        case let (.number(x), .number(y)): return x.threeWay(y)
        case (.number, _): return 1
        case (.qualifier, .number): return -1
        case let (.qualifier(x), .qualifier(y)): return ASCII.compareBytes(qualifierKey(x).utf8, qualifierKey(y).utf8)
        case (.qualifier, .list): return -1
        case (.list, .number): return -1
        case (.list, .qualifier): return 1
        case let (.list(x), .list(y)): return compareLists(x, y)
        }
    }

    static func compareLists(_ lhs: [Item], _ rhs: [Item]) -> Int {
        for index in 0..<max(lhs.count, rhs.count) {
            let order: Int
            switch (index < lhs.count ? lhs[index] : nil, index < rhs.count ? rhs[index] : nil) {
            case let (x?, y?): order = compare(x, y)
            case let (x?, nil): order = compareToMissing(x)
            case let (nil, y?): order = -compareToMissing(y)
            case (nil, nil): order = 0
            }
            if order != 0 { return order }
        }
        return 0
    }
}

/// Maven's `ComparableVersion` ordering.
public struct MavenVersionScheme: VersionScheme {
    /// Creates the scheme.
    public init() {}
    /// The scheme identifier used in the registry.
    public var id: String { "maven" }
    /// The scheme revision, a cache key.
    public var version: Int { 1 }

    /// Parses `text`; see the version type for the grammar and the errors thrown.
    public func parse(_ text: String) throws(VersionParseError) -> MavenVersion {
        try MavenVersion(text)
    }
}
