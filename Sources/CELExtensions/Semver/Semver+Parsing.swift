extension Semver {
    /// Parses a strict `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]` version.
    ///
    /// With `normalize`, first strips a leading `v`, fills a missing minor or patch with `0` and
    /// removes leading zeros (`v01.1` → `1.1.0`), as Kubernetes' semver library version 1 does.
    /// - Throws: ``SemverError`` with `blang/semver`'s message.
    public init(parsing text: String, normalize: Bool = false) throws(SemverError) {
        let source = normalize ? try Self.normalized(text) : text
        guard !source.isEmpty else { throw SemverError("Version string empty", text) }
        let parts = source.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw SemverError("No Major.Minor.Patch elements found", text) }
        let major = try Self.number(parts[0], role: "Major", text: text)
        let minor = try Self.number(parts[1], role: "Minor", text: text)

        let rest = parts[2]
        let preIndex = rest.firstIndex(of: "-")
        let buildIndex = rest.firstIndex(of: "+")
        let coreEnd: Substring.Index
        switch (preIndex, buildIndex) {
        case let (pre?, build?): coreEnd = min(pre, build)
        case let (pre?, nil): coreEnd = pre
        case let (nil, build?): coreEnd = build
        case (nil, nil): coreEnd = rest.endIndex
        }
        let patch = try Self.number(rest[..<coreEnd], role: "Patch", text: text)

        var preRelease: [PreReleaseIdentifier] = []
        if let pre = preIndex, buildIndex.map({ pre < $0 }) ?? true {
            let preText = rest[rest.index(after: pre)..<(buildIndex ?? rest.endIndex)]
            for identifier in preText.split(separator: ".", omittingEmptySubsequences: false) {
                preRelease.append(try Self.preReleaseIdentifier(identifier, text: text))
            }
        }
        var build: [String] = []
        if let buildStart = buildIndex {
            for identifier in rest[rest.index(after: buildStart)...].split(
                separator: ".", omittingEmptySubsequences: false)
            {
                guard !identifier.isEmpty else { throw SemverError("Buildversion is empty", text) }
                guard identifier.utf8.allSatisfy(Self.isIdentifierByte) else {
                    throw SemverError("Invalid character(s) found in build meta \"\(identifier)\"", text)
                }
                build.append(String(identifier))
            }
        }
        self.init(major: major, minor: minor, patch: patch, preRelease: preRelease, build: build)
    }

    /// `true` when `text` parses (optionally normalized).
    public static func isValid(_ text: String, normalize: Bool = false) -> Bool {
        (try? Semver(parsing: text, normalize: normalize)) != nil
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "-")
    }

    private static func number(_ part: Substring, role: String, text: String) throws(SemverError) -> UInt64 {
        guard part.utf8.allSatisfy(isDigit) else {
            throw SemverError("Invalid character(s) found in \(role.lowercased()) number \"\(part)\"", text)
        }
        if part.utf8.count > 1, part.first == "0" {
            throw SemverError("\(role) number must not contain leading zeroes \"\(part)\"", text)
        }
        guard let value = UInt64(part) else {
            throw SemverError("Invalid \(role.lowercased()) number \"\(part)\"", text)
        }
        return value
    }

    private static func preReleaseIdentifier(_ part: Substring, text: String) throws(SemverError)
        -> PreReleaseIdentifier
    {
        guard !part.isEmpty else { throw SemverError("Prerelease is empty", text) }
        if part.utf8.allSatisfy(isDigit) {
            if part.utf8.count > 1, part.first == "0" {
                throw SemverError("Numeric PreRelease version must not contain leading zeroes \"\(part)\"", text)
            }
            guard let value = UInt64(part) else { throw SemverError("Invalid prerelease number \"\(part)\"", text) }
            return .numeric(value)
        }
        guard part.utf8.allSatisfy(isIdentifierByte) else {
            throw SemverError("Invalid character(s) found in prerelease \"\(part)\"", text)
        }
        return .alphanumeric(String(part))
    }

    /// Kubernetes' normalization: drop `v`, pad to three parts, strip leading zeros.
    private static func normalized(_ text: String) throws(SemverError) -> String {
        var source = Substring(text)
        if source.hasPrefix("v") { source = source.dropFirst() }
        let extraStart = source.firstIndex { $0 == "-" || $0 == "+" } ?? source.endIndex
        var parts = source[..<extraStart].split(separator: ".", omittingEmptySubsequences: false).map {
            part -> String in
            let stripped = part.drop { $0 == "0" }
            return stripped.isEmpty && !part.isEmpty ? "0" : String(stripped)
        }
        guard parts.count <= 3 else { throw SemverError("Invalid semver: too many dot-separated parts", text) }
        while parts.count < 3 { parts.append("0") }
        return parts.joined(separator: ".") + source[extraStart...]
    }
}

/// Why a string is not a semantic version.
public struct SemverError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable error code.
    public let code = "semver.invalid"
    /// `blang/semver`'s message, naming the offending part.
    public let message: String
    /// The rejected text.
    public let text: String

    init(_ message: String, _ text: String) {
        self.message = message
        self.text = text
    }

    /// Text form.
    public var description: String { message }
}
