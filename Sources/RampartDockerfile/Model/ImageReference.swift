public import RampartCore

/// The image a `FROM` line names, split into repository, tag and digest.
///
/// `registry:5000/team/app:1.2@sha256:abc` → name `registry:5000/team/app`, tag `1.2`, digest
/// `sha256:abc`: a colon before the last `/` belongs to a registry port, never to the tag.
public struct ImageReference: Sendable, Hashable {
    /// The reference after variable substitution when every variable is known, else ``raw``.
    public var image: String
    /// The reference as written.
    public var raw: String
    /// The repository without tag or digest (registry included when written).
    public var name: String
    /// The tag, or `nil`.
    public var tag: String?
    /// The digest (`sha256:…`), or `nil`.
    public var digest: String?
    /// The `--platform` flag value, or `nil`.
    public var platform: String?
    /// The (lowercased) name of the earlier stage this refers to, or `nil` for an image.
    public var stage: String?
    /// `true` for `FROM scratch`.
    public var isScratch: Bool
    /// `false` when ``image`` still contains variables whose value is unknown.
    public var isResolved: Bool
    /// Where the reference is written.
    public var span: SourceSpan

    /// Creates a reference by parsing `image`; `raw` defaults to `image`.
    public init(
        parsing image: String, raw: String? = nil, platform: String? = nil, isResolved: Bool = true,
        span: SourceSpan = .unknown
    ) {
        self.image = image
        self.raw = raw ?? image
        self.platform = platform
        self.stage = nil
        self.isResolved = isResolved
        self.span = span
        let parts = Self.split(image)
        self.name = parts.name
        self.tag = parts.tag
        self.digest = parts.digest
        self.isScratch = image.lowercased() == "scratch"
    }

    /// Splits `[registry[:port]/]path[:tag][@digest]` into its three parts.
    public static func split(_ reference: String) -> (name: String, tag: String?, digest: String?) {
        let bytes = Array(reference.utf8)
        var end = bytes.count
        var digest: String?
        if let at = bytes.lastIndex(of: 0x40) {
            digest = String(decoding: bytes[(at + 1)...], as: UTF8.self)
            end = at
        }
        let nameStart = bytes[..<end].lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
        var tag: String?
        if let colon = bytes[nameStart..<end].lastIndex(of: 0x3A) {
            tag = String(decoding: bytes[(colon + 1)..<end], as: UTF8.self)
            end = colon
        }
        return (String(decoding: bytes[..<end], as: UTF8.self), tag, digest)
    }
}
