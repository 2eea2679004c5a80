/// A URL as the Kubernetes CEL `url` library sees it: an absolute URI or an absolute path, checked
/// with Go's `url.ParseRequestURI` and then split with `url.Parse` (so a fragment is not folded into
/// the path or query).
///
/// ```swift
/// let url = try KubernetesURL(parsing: "https://example.com:80/a b?k=v&k=w")
/// url.host          // "example.com:80"
/// url.escapedPath   // "/a%20b"
/// url.query["k"]    // ["v", "w"]
/// ```
public struct KubernetesURL: Sendable, Hashable, CustomStringConvertible {
    /// The text the URL was parsed from.
    public let text: String
    let parsed: GoURL

    /// Parses an absolute URI (`scheme:…`) or an absolute path (`/…`).
    /// - Throws: ``URLParseError`` with Go's reason (`invalid URI for request`, `invalid port ":c" after host`, …).
    public init(parsing text: String) throws(URLParseError) {
        do {
            let requestURI = try GoURL.parseRequestURI(text)
            // Without a fragment, `url.Parse` only differs for scheme-less `//host` references.
            if !text.utf8.contains(UInt8(ascii: "#")), !requestURI.scheme.isEmpty || !text.hasPrefix("//") {
                parsed = requestURI
            } else {
                parsed = try GoURL.parse(text)
            }
        } catch {
            throw URLParseError(
                message: "URL parse error during conversion from string: parse \(goQuoted(text)): \(error.message)")
        }
        self.text = text
    }

    /// `true` when `text` is accepted by ``init(parsing:)`` (Kubernetes `isURL`).
    public static func isValid(_ text: String) -> Bool {
        (try? GoURL.parseRequestURI(text)) != nil
    }

    /// Lower-cased scheme, or empty for an absolute path.
    public var scheme: String { parsed.scheme }
    /// Host with port, IPv6 literals in brackets (`[::1]:80`).
    public var host: String { parsed.host }
    /// Host without port or brackets.
    public var hostname: String { parsed.hostnameAndPort.hostname }
    /// Port digits, or empty.
    public var port: String { parsed.hostnameAndPort.port }
    /// The path, percent-encoded as Go's `EscapedPath` does.
    public var escapedPath: String { parsed.escapedPath }
    /// Query parameters: each key with all its values, in order of appearance.
    public var queryItems: [(key: String, values: [String])] { parsed.queryItems }
    /// Query parameters as a dictionary.
    public var query: [String: [String]] {
        Dictionary(uniqueKeysWithValues: queryItems.map { ($0.key, $0.values) })
    }

    /// Text form.
    public var description: String { text }
}

/// Why a string is not a URL Kubernetes accepts.
public struct URLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable error code.
    public let code = "url.invalid"
    /// The reason, in Go's words.
    public let message: String

    /// Text form.
    public var description: String { message }
}
