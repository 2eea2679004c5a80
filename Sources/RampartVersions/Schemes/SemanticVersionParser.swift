/// The hand-written SemVer grammar shared by every ``SemanticVersion/Dialect``.
struct SemanticVersionParser {
    let text: String
    let dialect: SemanticVersion.Dialect
    let bytes: [UInt8]
    var index = 0

    init(text: String, dialect: SemanticVersion.Dialect) {
        self.text = text
        self.dialect = dialect
        self.bytes = dialect.lenient ? Array(ASCII.trimmed(text)) : Array(text.utf8)
    }

    private func fail(_ code: VersionParseError.Code, _ message: String) -> VersionParseError {
        VersionParseError(code: code, message: message, text: text, offset: index)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func parse() throws(VersionParseError) -> (
        DigitString, DigitString, DigitString, [SemanticVersion.Identifier], [String]
    ) {
        guard !bytes.isEmpty else { throw fail(.empty, "version is empty; expected MAJOR.MINOR.PATCH such as 1.4.2") }
        var hasPrefix = false
        if dialect.allowsPrefix {
            if dialect.lenient, current == UInt8(ascii: "=") { index += 1 }
            if current == UInt8(ascii: "v") || (dialect.lenient && current == UInt8(ascii: "V")) {
                index += 1
                hasPrefix = true
            }
        }
        let allowsShorthand = dialect.allowsShorthand && hasPrefix
        let major = try number("major")
        var minor = DigitString.zero, patch = DigitString.zero
        if current == UInt8(ascii: ".") {
            index += 1
            minor = try number("minor")
            if current == UInt8(ascii: ".") {
                index += 1
                patch = try number("patch")
            } else if !allowsShorthand || current != nil {
                throw fail(.missingComponent, "expected '.PATCH' after MAJOR.MINOR; write e.g. 1.2.0")
            }
        } else if !allowsShorthand || current != nil {
            throw fail(.missingComponent, "expected '.MINOR.PATCH' after MAJOR; write e.g. 1.0.0")
        }
        var prerelease: [SemanticVersion.Identifier] = []
        if current == UInt8(ascii: "-") {
            index += 1
            repeat {
                let start = index
                let part = try identifier("prerelease")
                if part.allSatisfy(ASCII.isDigit) {
                    if part.count > 1, part.first == UInt8(ascii: "0"), !dialect.lenient {
                        index = start
                        throw fail(.malformed, "numeric prerelease identifier has a leading zero; remove it")
                    }
                    prerelease.append(.numeric(DigitString(ascii: part)))
                } else {
                    let normalized = dialect.caseInsensitivePrerelease ? part.map(ASCII.lowercased) : Array(part)
                    prerelease.append(.alphanumeric(String(decoding: normalized, as: UTF8.self)))
                }
            } while consume(UInt8(ascii: "."))
        }
        var build: [String] = []
        if current == UInt8(ascii: "+") {
            index += 1
            repeat {
                build.append(String(decoding: try identifier("build metadata"), as: UTF8.self))
            } while consume(UInt8(ascii: "."))
        }
        guard current == nil else {
            throw fail(
                .invalidCharacter, "unexpected character; only [0-9A-Za-z-] identifiers after '-' and '+' are allowed")
        }
        return (major, minor, patch, prerelease, build)
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    private mutating func number(_ name: String) throws(VersionParseError) -> DigitString {
        let start = index
        while let byte = current, ASCII.isDigit(byte) { index += 1 }
        guard index > start else { throw fail(.missingComponent, "\(name) version must be a number") }
        if index - start > 1, bytes[start] == UInt8(ascii: "0"), !dialect.lenient {
            index = start
            throw fail(.malformed, "\(name) version has a leading zero; remove it")
        }
        return DigitString(ascii: bytes[start..<index])
    }

    private mutating func identifier(_ name: String) throws(VersionParseError) -> ArraySlice<UInt8> {
        let start = index
        while let byte = current, ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") { index += 1 }
        guard index > start else {
            throw fail(.missingComponent, "empty \(name) identifier; identifiers are [0-9A-Za-z-]+ separated by '.'")
        }
        return bytes[start..<index]
    }
}
