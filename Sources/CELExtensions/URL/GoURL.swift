/// A URL split the way Go's `net/url` does (`url.Parse` / `url.ParseRequestURI`), which is what
/// the Kubernetes CEL `url` library exposes.
///
/// Only the parts Kubernetes reads are kept: scheme, opaque data, authority host, path (decoded and
/// raw), raw query and fragment.
struct GoURL: Sendable, Hashable {
    var scheme = ""
    var opaque = ""
    var host = ""
    var path = ""
    var rawPath = ""
    var rawQuery = ""
    var forceQuery = false
    var fragment = ""

    struct ParseError: Error, Sendable {
        let message: String
    }

    /// Go `url.Parse`: splits the fragment, then parses the rest.
    static func parse(_ raw: String) throws(ParseError) -> GoURL {
        let bytes = Array(raw.utf8)
        let hash = bytes.firstIndex(of: UInt8(ascii: "#"))
        var url = try parse(bytes[..<(hash ?? bytes.endIndex)], viaRequest: false)
        if let hash {
            let fragment = bytes[(hash + 1)...]
            url.fragment = try URLEscaping.unescape(fragment, mode: .fragment)
        }
        return url
    }

    /// Go `url.ParseRequestURI`: an absolute URI or an absolute path, no fragment handling.
    static func parseRequestURI(_ raw: String) throws(ParseError) -> GoURL {
        try parse(Array(raw.utf8)[...], viaRequest: true)
    }

    private static func parse(_ raw: ArraySlice<UInt8>, viaRequest: Bool) throws(ParseError) -> GoURL {
        if raw.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw ParseError(message: "net/url: invalid control character in URL")
        }
        if raw.isEmpty, viaRequest { throw ParseError(message: "empty url") }
        var url = GoURL()
        if raw.elementsEqual("*".utf8) {
            url.path = "*"
            return url
        }
        var rest = raw
        // Scheme: a letter, then letters, digits, '+', '-', '.', ending at ':'.
        schemeScan: for index in raw.indices {
            let byte = raw[index]
            switch byte {
            case 65...90, 97...122:
                continue
            case 48...57, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if index == raw.startIndex { break schemeScan }
            case UInt8(ascii: ":"):
                if index == raw.startIndex { throw ParseError(message: "missing protocol scheme") }
                url.scheme = String(decoding: raw[..<index], as: UTF8.self).lowercased()
                rest = raw[(index + 1)...]
                break schemeScan
            default:
                break schemeScan
            }
        }
        let questionMarks = rest.lazy.filter { $0 == UInt8(ascii: "?") }.count
        if rest.last == UInt8(ascii: "?"), questionMarks == 1 {
            url.forceQuery = true
            rest = rest.dropLast()
        } else if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            url.rawQuery = String(decoding: rest[(question + 1)...], as: UTF8.self)
            rest = rest[..<question]
        }
        let startsWithSlash = rest.first == UInt8(ascii: "/")
        if !startsWithSlash {
            if !url.scheme.isEmpty {
                url.opaque = String(decoding: rest, as: UTF8.self)
                return url
            }
            if viaRequest { throw ParseError(message: "invalid URI for request") }
            let segmentEnd = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            if rest[..<segmentEnd].contains(UInt8(ascii: ":")) {
                throw ParseError(message: "first path segment in URL cannot contain colon")
            }
        }
        let startsWithDoubleSlash = rest.starts(with: "//".utf8)
        if (!url.scheme.isEmpty || (!viaRequest && !rest.starts(with: "///".utf8))) && startsWithDoubleSlash {
            var authority = rest.dropFirst(2)
            rest = rest[rest.endIndex...]
            if let slash = authority.firstIndex(of: UInt8(ascii: "/")) {
                rest = authority[slash...]
                authority = authority[..<slash]
            }
            url.host = try parseAuthority(authority)
        }
        url.path = try URLEscaping.unescape(rest, mode: .path)
        let escaped = URLEscaping.escape(url.path, mode: .path)
        url.rawPath = rest.elementsEqual(escaped.utf8) ? "" : String(decoding: rest, as: UTF8.self)
        return url
    }

    private static let userinfoPunctuation = Set("-._:~!$&'()*+,;=%@".utf8)

    private static func parseAuthority(_ authority: ArraySlice<UInt8>) throws(ParseError) -> String {
        guard let at = authority.lastIndex(of: UInt8(ascii: "@")) else { return try parseHost(authority) }
        let host = try parseHost(authority[(at + 1)...])
        for byte in authority[..<at]
        where !(URLEscaping.isAlphanumeric(byte) || userinfoPunctuation.contains(byte) || byte >= 0x80) {
            throw ParseError(message: "net/url: invalid userinfo")
        }
        return host
    }

    private static func parseHost(_ host: ArraySlice<UInt8>) throws(ParseError) -> String {
        if host.first == UInt8(ascii: "[") {
            guard let close = host.lastIndex(of: UInt8(ascii: "]")) else {
                throw ParseError(message: "missing ']' in host")
            }
            let colonPort = host[(close + 1)...]
            if !isValidOptionalPort(colonPort) {
                throw ParseError(
                    message: "invalid port \(goQuoted(String(decoding: colonPort, as: UTF8.self))) after host")
            }
        } else if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            let colonPort = host[colon...]
            if !isValidOptionalPort(colonPort) {
                throw ParseError(
                    message: "invalid port \(goQuoted(String(decoding: colonPort, as: UTF8.self))) after host")
            }
        }
        return try URLEscaping.unescape(host, mode: .host)
    }

    static func isValidOptionalPort(_ port: ArraySlice<UInt8>) -> Bool {
        guard let first = port.first else { return true }
        return first == UInt8(ascii: ":") && port.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Host and port split the way Go's `URL.Hostname` / `URL.Port` do.
    var hostnameAndPort: (hostname: String, port: String) {
        var hostname = Substring(host)
        var port = Substring()
        if let colon = hostname.lastIndex(of: ":"),
            Self.isValidOptionalPort(Array(hostname[colon...].utf8)[...])
        {
            port = hostname[hostname.index(after: colon)...]
            hostname = hostname[..<colon]
        }
        if hostname.hasPrefix("["), hostname.hasSuffix("]") { hostname = hostname.dropFirst().dropLast() }
        return (String(hostname), String(port))
    }

    /// Go `URL.EscapedPath`.
    var escapedPath: String {
        if !rawPath.isEmpty, URLEscaping.isValidEncodedPath(rawPath),
            let decoded = try? URLEscaping.unescape(Array(rawPath.utf8)[...], mode: .path), decoded == path
        {
            return rawPath
        }
        if path == "*" { return "*" }
        return URLEscaping.escape(path, mode: .path)
    }

    /// Go `URL.Query`: `&`-separated pairs, `+` as space, invalid pairs dropped; keys in first-seen order.
    var queryItems: [(key: String, values: [String])] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for pair in Array(rawQuery.utf8).split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if pair.contains(UInt8(ascii: ";")) { continue }
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            let keyBytes = pair[..<(equals ?? pair.endIndex)]
            let valueBytes = equals.map { pair[($0 + 1)...] } ?? pair[pair.endIndex...]
            guard let key = try? URLEscaping.unescape(keyBytes, mode: .query),
                let value = try? URLEscaping.unescape(valueBytes, mode: .query)
            else { continue }
            if values[key] == nil { order.append(key) }
            values[key, default: []].append(value)
        }
        return order.map { ($0, values[$0] ?? []) }
    }
}
