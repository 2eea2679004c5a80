/// The apk-tools version tokenizer: each call to ``next()`` reads one token of the current kind
/// and works out the kind of the following one.
struct ApkVersionTokenizer {
    /// Token kinds, in apk-tools' order (a later kind at the same place means an older version).
    enum Kind: Int {
        case invalid = -1, digitOrZero, digit, letter, suffix, suffixNumber, revisionNumber, end
    }

    /// A token's value, comparable across the two versions being walked.
    enum Value: Comparable {
        /// A run of zeros after a dot: `-count`, below every number.
        case leadingZeros(Int)
        /// Digits without leading zeros, compared numerically.
        case number([UInt8])
        /// A letter or suffix rank.
        case rank(Int)

        static func < (lhs: Value, rhs: Value) -> Bool {
            switch (lhs, rhs) {
            case let (.leadingZeros(x), .leadingZeros(y)): x > y
            case (.leadingZeros, _): true
            case (_, .leadingZeros): false
            case let (.number(x), .number(y)): ASCII.compareNumeric(x, y) < 0
            case let (.rank(x), .rank(y)): x < y
            case (.number, .rank): true
            case (.rank, .number): false
            }
        }
    }

    static let prereleaseSuffixes: [[UInt8]] = ["alpha", "beta", "pre", "rc"].map { Array($0.utf8) }
    static let releaseSuffixes: [[UInt8]] = ["cvs", "svn", "git", "hg", "p"].map { Array($0.utf8) }

    let bytes: [UInt8]
    private(set) var position = 0
    private(set) var kind: Kind

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        kind = bytes.isEmpty ? .end : .digit
    }

    /// `true` when the pending suffix token is `_alpha`, `_beta`, `_pre` or `_rc`.
    var peekSuffixIsPrerelease: Bool {
        Self.prereleaseSuffixes.contains { matches($0, at: position) }
    }

    private func matches(_ word: [UInt8], at start: Int) -> Bool {
        start + word.count <= bytes.count && bytes[start..<(start + word.count)].elementsEqual(word)
    }

    /// Reads the token of the current ``kind`` and advances to the next one.
    mutating func next() -> Value {
        guard position < bytes.count else {
            kind = .end
            return .number([])
        }
        let value: Value
        var forcedNext: Kind?
        switch kind {
        case .digitOrZero where bytes[position] == UInt8(ascii: "0"):
            let start = position
            while position < bytes.count, bytes[position] == UInt8(ascii: "0") { position += 1 }
            value = .leadingZeros(position - start)
            forcedNext = .digit
        case .digitOrZero, .digit, .suffixNumber, .revisionNumber:
            let start = position
            while position < bytes.count, ASCII.isDigit(bytes[position]) { position += 1 }
            value = .number(Array(bytes[start..<position].drop { $0 == UInt8(ascii: "0") }))
        case .letter:
            value = .rank(Int(bytes[position]))
            position += 1
        case .suffix:
            if let index = Self.prereleaseSuffixes.firstIndex(where: { matches($0, at: position) }) {
                position += Self.prereleaseSuffixes[index].count
                value = .rank(index - Self.prereleaseSuffixes.count)
            } else if let index = Self.releaseSuffixes.firstIndex(where: { matches($0, at: position) }) {
                position += Self.releaseSuffixes[index].count
                value = .rank(index)
            } else {
                kind = .invalid
                return .rank(Int.min)
            }
            forcedNext = .suffixNumber
        case .invalid, .end:
            return .number([])
        }
        if position >= bytes.count {
            kind = .end
        } else if let forcedNext {
            kind = forcedNext
            // A zero run followed by a non-digit is the whole number: `1.0_rc1` must stay below `1.0`.
            if forcedNext == .digit, !ASCII.isDigit(bytes[position]) { advanceKind() }
        } else {
            advanceKind()
        }
        return value
    }

    /// Works out the next token kind from the next byte (apk-tools' `next_token`).
    private mutating func advanceKind() {
        let previous = kind
        let byte = bytes[position]
        var next = Kind.invalid
        if (previous == .digit || previous == .digitOrZero) && byte &- 0x61 < 26 {
            next = .letter
        } else if previous == .letter && ASCII.isDigit(byte) {
            next = .digit
        } else if previous == .suffix && ASCII.isDigit(byte) {
            next = .suffixNumber
        } else {
            switch byte {
            case UInt8(ascii: "."): next = .digitOrZero
            case UInt8(ascii: "_"): next = .suffix
            case UInt8(ascii: "-"):
                if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "r") {
                    next = .revisionNumber
                    position += 1
                }
            default: break
            }
            position += 1
        }
        if next.rawValue < previous.rawValue {
            let allowed =
                (next == .digitOrZero && previous == .digit)
                || (next == .suffix && previous == .suffixNumber)
                || (next == .digit && previous == .letter)
            if !allowed { next = .invalid }
        }
        kind = next
    }
}
