/// One of the Kubernetes CEL `format` library's named string formats (`format.dns1123Label()`,
/// `format.named("uuid")`), which validates a string and returns Kubernetes' error messages.
///
/// ```swift
/// NamedFormat.dns1123Label.validate("my-name")   // []
/// NamedFormat.named("uuid")?.validate("nope")   // ["does not match the UUID format"]
/// ```
public struct NamedFormat: Sendable, Hashable, CustomStringConvertible {
    /// The format's name as used by `format.named` (`dns1123Label`, `uri`, …).
    public let name: String

    private init(_ name: String) { self.name = name }

    /// RFC 1123 label (Kubernetes `IsDNS1123Label`).
    public static let dns1123Label = NamedFormat("dns1123Label")
    /// RFC 1123 subdomain (`IsDNS1123Subdomain`).
    public static let dns1123Subdomain = NamedFormat("dns1123Subdomain")
    /// RFC 1035 label (`IsDNS1035Label`).
    public static let dns1035Label = NamedFormat("dns1035Label")
    /// Qualified name with an optional DNS subdomain prefix (`IsQualifiedName`).
    public static let qualifiedName = NamedFormat("qualifiedName")
    /// A prefix of an RFC 1123 label (a trailing `-` is allowed, as for `generateName`).
    public static let dns1123LabelPrefix = NamedFormat("dns1123LabelPrefix")
    /// A prefix of an RFC 1123 subdomain.
    public static let dns1123SubdomainPrefix = NamedFormat("dns1123SubdomainPrefix")
    /// A prefix of an RFC 1035 label.
    public static let dns1035LabelPrefix = NamedFormat("dns1035LabelPrefix")
    /// Label value (`IsValidLabelValue`).
    public static let labelValue = NamedFormat("labelValue")
    /// URI accepted by Go's `url.ParseRequestURI`.
    public static let uri = NamedFormat("uri")
    /// UUID (hex groups 8-4-4-4-12).
    public static let uuid = NamedFormat("uuid")
    /// Standard padded base64.
    public static let byte = NamedFormat("byte")
    /// RFC 3339 full-date (`2021-01-31`).
    public static let date = NamedFormat("date")
    /// RFC 3339 date-time.
    public static let datetime = NamedFormat("datetime")

    /// Every named format, in Kubernetes' order.
    public static let all: [NamedFormat] = [
        .dns1123Label, .dns1123Subdomain, .dns1035Label, .qualifiedName, .dns1123LabelPrefix,
        .dns1123SubdomainPrefix, .dns1035LabelPrefix, .labelValue, .uri, .uuid, .byte, .date, .datetime,
    ]

    /// The format called `name`, or `nil` when there is none.
    public static func named(_ name: String) -> NamedFormat? {
        all.first { $0.name == name }
    }

    /// Kubernetes' error messages for `value`; empty when it is valid.
    public func validate(_ value: String) -> [String] {
        switch name {
        case "dns1123Label": KubernetesNameValidation.dns1123Label(value)
        case "dns1123Subdomain": KubernetesNameValidation.dns1123Subdomain(value)
        case "dns1035Label": KubernetesNameValidation.dns1035Label(value)
        case "qualifiedName": KubernetesNameValidation.qualifiedName(value)
        case "dns1123LabelPrefix": KubernetesNameValidation.dns1123Label(Self.maskTrailingDash(value))
        case "dns1123SubdomainPrefix": KubernetesNameValidation.dns1123Subdomain(Self.maskTrailingDash(value))
        case "dns1035LabelPrefix": KubernetesNameValidation.dns1035Label(Self.maskTrailingDash(value))
        case "labelValue": KubernetesNameValidation.labelValue(value)
        case "uri": KubernetesURL.isValid(value) ? [] : ["invalid URI"]
        case "uuid": Self.isUUID(value) ? [] : ["does not match the UUID format"]
        case "byte": Base64Codec.decode(value, allowUnpadded: false) != nil ? [] : ["invalid base64"]
        case "date": DateTimeSyntax.isFullDate(value) ? [] : ["invalid date"]
        case "datetime": DateTimeSyntax.isDateTime(value) ? [] : ["invalid datetime"]
        default: []
        }
    }

    /// Text form.
    public var description: String { name }

    /// Replaces a trailing `-` with `a`, so a name prefix validates as a name.
    static func maskTrailingDash(_ value: String) -> String {
        guard value.utf8.count > 1, value.hasSuffix("-") else { return value }
        return value.dropLast() + "a"
    }

    /// Hex groups 8-4-4-4-12, case-insensitive; hyphens optional (as in kube-openapi's `uuid`).
    static func isUUID(_ value: String) -> Bool {
        var digits = 0
        var groupIndex = 0
        var inGroup = 0
        let groups = [8, 4, 4, 4, 12]
        for byte in value.utf8 {
            if byte == UInt8(ascii: "-") {
                guard inGroup == groups[groupIndex], groupIndex < 4 else { return false }
                groupIndex += 1
                inGroup = 0
                continue
            }
            let isHex = (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 102) || (byte >= 65 && byte <= 70)
            guard isHex else { return false }
            digits += 1
            inGroup += 1
            if inGroup > groups[groupIndex] {
                // Without hyphens the next group starts implicitly.
                guard groupIndex < 4 else { return false }
                groupIndex += 1
                inGroup = 1
            }
        }
        return digits == 32 && groupIndex == 4 && inGroup == 12
    }
}
