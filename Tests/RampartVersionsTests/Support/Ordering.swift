import RampartVersions
import Testing

/// Checks that `versions` are strictly ascending under `scheme`, for every pair both ways round.
func expectAscending(
    _ scheme: some VersionScheme, _ versions: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    for (i, a) in versions.enumerated() {
        for (j, b) in versions.enumerated() {
            let expected = i < j ? -1 : (i == j ? 0 : 1)
            let actual = scheme.compare(a, b)
            #expect(
                actual == expected, "\(scheme.id): compare(\(a), \(b)) = \(actual), expected \(expected)",
                sourceLocation: sourceLocation)
        }
    }
}

/// Checks that every version in `versions` equals every other under `scheme`.
func expectEqual(
    _ scheme: some VersionScheme, _ versions: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    for a in versions {
        for b in versions {
            #expect(scheme.compare(a, b) == 0, "\(scheme.id): \(a) should equal \(b)", sourceLocation: sourceLocation)
        }
    }
}

/// Checks that `text` is rejected with `code`, without crashing.
func expectRejected(
    _ scheme: some VersionScheme, _ text: String, code: VersionParseError.Code,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    do {
        _ = try scheme.parse(text)
        Issue.record("\(scheme.id): \"\(text)\" should not parse", sourceLocation: sourceLocation)
    } catch {
        #expect(error.code == code, "\(scheme.id): \"\(text)\" → \(error)", sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
        #expect(error.offset >= 0 && error.offset <= text.utf8.count, sourceLocation: sourceLocation)
    }
}
