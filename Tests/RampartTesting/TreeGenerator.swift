public import RampartCore

/// Deterministic random trees of positionless nodes, for round-trip tests: the YAML and JSON reader
/// tests write the same trees in both syntaxes and must read them back identically.
public struct TreeGenerator {
    private var state: UInt64

    /// Creates a generator; the same seed gives the same trees.
    public init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((value ^ (value >> 31)) % UInt64(bound))
    }

    /// A mapping root with a few levels of nesting.
    public mutating func document() -> Node { Node(.map(mapping(depth: 0)), span: .unknown) }

    private mutating func mapping(depth: Int) -> Mapping {
        var entries: [Mapping.Entry] = []
        for index in 0..<next(6) {
            entries.append(Mapping.Entry(key: string() + "_\(index)", keySpan: .unknown, value: node(depth: depth + 1)))
        }
        return Mapping(entries)
    }

    private mutating func node(depth: Int) -> Node {
        let choice = next(depth > 4 ? 6 : 8)
        let value: Node.Value
        switch choice {
        case 0: value = .null
        case 1: value = .bool(next(2) == 0)
        case 2: value = .int(Int64(next(2_000_001)) - 1_000_000)
        case 3: value = .double(Double(next(2_000_001) - 1_000_000) / 64)
        case 4, 5: value = .string(string())
        case 6: value = .list((0..<next(5)).map { _ in node(depth: depth + 1) })
        default: value = .map(mapping(depth: depth))
        }
        return Node(value, span: .unknown)
    }

    private static let pieces = [
        "a", "Z", "9", " ", "-", ":", "#", "'", "\"", "\\", "é", "日", "😀", "\n", "\t", "\u{1}",
        "true", "null", "0x1F", "1e3", "~", "- ", ": ", " #", "&a", "*a", "!tag", "{", "]", "%",
    ]

    private mutating func string() -> String {
        (0..<next(6)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
    }
}
