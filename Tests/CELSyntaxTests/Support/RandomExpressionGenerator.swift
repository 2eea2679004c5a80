/// Generates random, mostly valid CEL source text from the grammar, deterministically from a
/// seed, for property tests (parse → unparse → parse).
struct RandomExpressionGenerator {
    /// SplitMix64, so runs are reproducible on every platform.
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    private mutating func pick<T>(_ options: [T]) -> T { options[pick(options.count)] }

    mutating func expression(depth: Int = 0) -> String {
        if depth > 5 { return primary(depth: depth) }
        switch pick(12) {
        case 0:
            let (condition, whenTrue) = (expression(depth: depth + 1), expression(depth: depth + 1))
            return "\(condition) ? \(whenTrue) : \(expression(depth: depth + 1))"
        case 1, 2, 3:
            let op = pick(["||", "&&", "<", "<=", ">", ">=", "==", "!=", "in", "+", "-", "*", "/", "%"])
            return "\(expression(depth: depth + 1)) \(op) \(expression(depth: depth + 1))"
        case 4: return pick(["-", "!", "--", "!!", "- "]) + member(depth: depth + 1)
        case 5: return "(\(expression(depth: depth + 1)))"
        default: return member(depth: depth + 1)
        }
    }

    private mutating func member(depth: Int) -> String {
        var text = primary(depth: depth)
        for _ in 0..<pick(3) {
            switch pick(6) {
            case 0: text += "." + identifier()
            case 1: text += ".?" + identifier()
            case 2: text += "[\(expression(depth: depth + 1))]"
            case 3: text += "[?\(expression(depth: depth + 1))]"
            case 4: text += ".\(identifier())(\(arguments(depth: depth)))"
            default:
                let macro = pick(["all", "exists", "exists_one", "map", "filter", "optMap", "optFlatMap", "sortBy"])
                text += ".\(macro)(v, \(expression(depth: depth + 1)))"
            }
        }
        return text
    }

    private mutating func arguments(depth: Int) -> String {
        (0..<pick(3)).map { _ in expression(depth: depth + 1) }.joined(separator: ", ")
    }

    private mutating func identifier() -> String { pick(["a", "b", "c", "size", "f", "`x-y`", "as"]) }

    private mutating func primary(depth: Int) -> String {
        switch pick(depth > 5 ? 8 : 15) {
        case 0: return pick(["1", "0", "42", "0x1F", "9223372036854775807", "-9223372036854775808", "-7"])
        case 1: return pick(["1u", "0xFFu", "18446744073709551615u"])
        case 2: return pick(["1.5", ".5", "1e3", "-2.5", "1e-7", "-0.0"])
        case 3: return pick(["'s'", "\"a\\nb\"", "r'\\d'", "'''x\ny'''", "'\\u00e9\\x01'", "'é'", "''"])
        case 4: return pick(["b'\\xff'", "b''", "B\"abc\""])
        case 5: return pick(["true", "false", "null"])
        case 6, 7: return pick(["a", "b", ".c", "x", "cel"])
        case 8: return "[" + listElements(depth: depth) + "]"
        case 9:
            let entries = (0..<pick(3)).map { _ in
                "\(optional())\(expression(depth: depth + 1)): \(expression(depth: depth + 1))"
            }
            return "{" + entries.joined(separator: ", ") + "}"
        case 10:
            let fields = (0..<pick(3)).map { index in "\(optional())f\(index): \(expression(depth: depth + 1))" }
            return "Msg{" + fields.joined(separator: ", ") + "}"
        case 11: return "has(\(primary(depth: 6)).\(identifier()))"
        case 12: return "\(pick(["f", "size", ".g"]))(\(arguments(depth: depth)))"
        case 13: return "cel.bind(t, \(expression(depth: depth + 1)), \(expression(depth: depth + 1)))"
        default: return "(\(expression(depth: depth + 1)))"
        }
    }

    private mutating func listElements(depth: Int) -> String {
        (0..<pick(4)).map { _ in optional() + expression(depth: depth + 1) }.joined(separator: ", ")
    }

    private mutating func optional() -> String { pick(4) == 0 ? "?" : "" }
}
