/// PEP 440's permissive grammar, matched byte by byte on the lower-cased, trimmed text.
struct PEP440Parser {
    typealias Parts = (
        epoch: DigitString, release: [DigitString],
        prerelease: (phase: PEP440Version.PrereleasePhase, number: DigitString)?,
        post: DigitString?, dev: DigitString?, local: [PEP440Version.LocalSegment]?
    )

    let text: String
    let bytes: [UInt8]
    var index = 0

    init(text: String) {
        self.text = text
        self.bytes = ASCII.trimmed(text).map(ASCII.lowercased)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func fail(_ code: VersionParseError.Code, _ message: String) -> VersionParseError {
        VersionParseError(code: code, message: message, text: text, offset: index)
    }

    private static func isSeparator(_ byte: UInt8?) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    mutating func parse() throws(VersionParseError) -> Parts {
        guard !bytes.isEmpty else { throw fail(.empty, "version is empty; expected e.g. 1.0, 2.1rc1 or 1!3.0.post1") }
        if current == UInt8(ascii: "v") { index += 1 }
        var epoch = DigitString.zero
        var first = digits()
        guard var number = first else {
            throw fail(.missingComponent, "a PEP 440 version starts with a release number such as 1.0")
        }
        if current == UInt8(ascii: "!") {
            index += 1
            epoch = number
            first = digits()
            guard let afterEpoch = first else {
                throw fail(.missingComponent, "expected a release number after the epoch's '!'")
            }
            number = afterEpoch
        }
        var release = [number]
        while current == UInt8(ascii: "."), index + 1 < bytes.count, ASCII.isDigit(bytes[index + 1]) {
            index += 1
            release.append(digits()!)
        }
        let prerelease = prereleasePart()
        let post = postPart()
        let dev = labelled(Self.devWords).map { $0.number }
        var local: [PEP440Version.LocalSegment]?
        if current == UInt8(ascii: "+") {
            index += 1
            local = try localPart()
        }
        guard current == nil else {
            throw fail(
                .invalidCharacter, "unexpected text; PEP 440 allows [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]")
        }
        return (epoch, release, prerelease, post, dev, local)
    }

    /// Reads a run of digits, or returns `nil` without moving.
    private mutating func digits() -> DigitString? {
        let start = index
        while let byte = current, ASCII.isDigit(byte) { index += 1 }
        return index > start ? DigitString(ascii: bytes[start..<index]) : nil
    }

    /// Prerelease spellings, longest first so that `alpha` wins over `a` and `preview` over `pre`.
    private static let prereleaseWords: [[UInt8]] = ["alpha", "beta", "preview", "pre", "rc", "a", "b", "c"].map {
        Array($0.utf8)
    }
    private static let prereleasePhases: [PEP440Version.PrereleasePhase] = [
        .alpha, .beta, .releaseCandidate, .releaseCandidate, .releaseCandidate, .alpha, .beta, .releaseCandidate,
    ]
    private static let postWords: [[UInt8]] = ["post", "rev", "r"].map { Array($0.utf8) }
    private static let devWords: [[UInt8]] = [Array("dev".utf8)]

    private mutating func prereleasePart() -> (phase: PEP440Version.PrereleasePhase, number: DigitString)? {
        guard let (word, number) = labelled(Self.prereleaseWords) else { return nil }
        return (Self.prereleasePhases[word], number)
    }

    private mutating func postPart() -> DigitString? {
        if current == UInt8(ascii: "-"), index + 1 < bytes.count, ASCII.isDigit(bytes[index + 1]) {
            index += 1
            return digits()
        }
        return labelled(Self.postWords).map { $0.number }
    }

    /// Matches `[-_.]?WORD[-_.]?N?` for the first word that fits (returning its index in `words`);
    /// restores the position otherwise.
    private mutating func labelled(_ words: [[UInt8]]) -> (word: Int, number: DigitString)? {
        let start = index
        if Self.isSeparator(current) { index += 1 }
        for (position, word) in words.enumerated() where hasPrefix(word) {
            index += word.count
            if Self.isSeparator(current) { index += 1 }
            if let number = digits() { return (position, number) }
            return (position, .zero)
        }
        index = start
        return nil
    }

    private func hasPrefix(_ word: [UInt8]) -> Bool {
        var position = index
        for byte in word {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    private mutating func localPart() throws(VersionParseError) -> [PEP440Version.LocalSegment] {
        var segments: [PEP440Version.LocalSegment] = []
        repeat {
            let start = index
            while let byte = current, ASCII.isAlphanumeric(byte) { index += 1 }
            guard index > start else {
                throw fail(.malformed, "empty local version segment; use +label.1 with letters and digits")
            }
            let segment = bytes[start..<index]
            segments.append(
                segment.allSatisfy(ASCII.isDigit)
                    ? .numeric(DigitString(ascii: segment))
                    : .text(String(decoding: segment, as: UTF8.self)))
        } while Self.isSeparator(current)
            && {
                index += 1; return true
            }()
        return segments
    }
}
