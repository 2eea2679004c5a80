/// PHP's `version_compare` ordering, which Composer applies to normalised versions.
enum PHPVersionCompare {
    /// Splits like PHP's canonicalisation: `-`, `_`, `+` and other non-alphanumerics separate parts,
    /// and so does every switch between digits and non-digits.
    static func canonicalParts(_ bytes: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            if !ASCII.isAlphanumeric(byte) {
                if !current.isEmpty { parts.append(current); current = [] }
            } else if let last = current.last, ASCII.isDigit(last) != ASCII.isDigit(byte) {
                parts.append(current)
                current = [byte]
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// The rank of a special form: dev < alpha = a < beta = b < RC = rc < number < pl = p; other text
    /// sorts below everything. Matching is by prefix, as PHP does (`patch` ranks as `p`).
    private static func rank(_ part: [UInt8]) -> Int {
        if let first = part.first, ASCII.isDigit(first) { return 4 }
        let forms: [(String, Int)] = [
            ("dev", 0), ("alpha", 1), ("a", 1), ("beta", 2), ("b", 2), ("RC", 3), ("rc", 3), ("#", 4), ("pl", 5),
            ("p", 5),
        ]
        for (name, rank) in forms where part.starts(with: name.utf8) { return rank }
        return -6
    }

    static func compare(_ lhs: [[UInt8]], _ rhs: [[UInt8]]) -> Int {
        for (x, y) in zip(lhs, rhs) {
            let order: Int
            if let a = x.first, let b = y.first, ASCII.isDigit(a), ASCII.isDigit(b) {
                order = ASCII.compareNumeric(x, y)
            } else {
                order = rank(x).threeWay(rank(y))
            }
            if order != 0 { return order }
        }
        if lhs.count > rhs.count {
            let next = lhs[rhs.count]
            return ASCII.isDigit(next[0]) ? 1 : rank(next).threeWay(4)
        }
        if rhs.count > lhs.count {
            let next = rhs[lhs.count]
            return ASCII.isDigit(next[0]) ? -1 : 4.threeWay(rank(next))
        }
        return 0
    }
}
