/// Kubernetes' name validators (`k8s.io/apimachinery/pkg/util/validation`) with their messages.
enum KubernetesNameValidation {
    static let dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
    static let dns1123SubdomainFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
    static let dns1035LabelFormat = "[a-z]([-a-z0-9]*[a-z0-9])?"
    static let qualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let labelValueFormat = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"

    /// `msg (e.g. 'a',  or 'b', regex used for validation is 'fmt')`, as Kubernetes' `RegexError`.
    static func regexError(_ message: String, _ format: String, _ examples: [String]) -> String {
        var text = message
        if !examples.isEmpty {
            text += " (e.g. "
            for (index, example) in examples.enumerated() {
                if index > 0 { text += " or " }
                text += "'\(example)', "
            }
            text += "regex used for validation is '\(format)')"
        } else {
            text += " (regex used for validation is '\(format)')"
        }
        return text
    }

    static func maxLengthError(_ length: Int) -> String { "must be no more than \(length) characters" }

    static func isLowerAlphanumeric(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLowerAlphanumeric(byte) || (byte >= 65 && byte <= 90) }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?` (or with a leading letter for RFC 1035).
    static func matchesLabel<C: BidirectionalCollection>(_ bytes: C, letterFirst: Bool = false) -> Bool
    where C.Element == UInt8 {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if letterFirst ? !(first >= 97 && first <= 122) : !isLowerAlphanumeric(first) { return false }
        guard isLowerAlphanumeric(last) else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    static func dns1123Label(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLengthError(63)) }
        if !matchesLabel(value.utf8) {
            errors.append(
                regexError(
                    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                    dns1123LabelFormat, ["my-name", "123-abc"]))
        }
        return errors
    }

    static func dns1123Subdomain(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 253 { errors.append(maxLengthError(253)) }
        let labels = value.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if !labels.allSatisfy({ matchesLabel($0) }) {
            errors.append(
                regexError(
                    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                    dns1123SubdomainFormat, ["example.com"]))
        }
        return errors
    }

    static func dns1035Label(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLengthError(63)) }
        if !matchesLabel(value.utf8, letterFirst: true) {
            errors.append(
                regexError(
                    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
                    dns1035LabelFormat, ["my-name", "abc-123"]))
        }
        return errors
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`.
    static func matchesQualifiedNamePart<C: BidirectionalCollection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        return bytes.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    static let qualifiedNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"

    static func qualifiedName(_ value: String) -> [String] {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        var errors: [String] = []
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            name = parts[1]
            if parts[0].isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                errors += dns1123Subdomain(String(parts[0])).map { "prefix part " + $0 }
            }
        default:
            return [
                "a qualified name "
                    + regexError(qualifiedNameMessage, qualifiedNameFormat, ["MyName", "my.name", "123-abc"])
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else if name.utf8.count > 63 {
            errors.append("name part " + maxLengthError(63))
        }
        if !name.isEmpty, !matchesQualifiedNamePart(name.utf8) {
            errors.append(
                "name part " + regexError(qualifiedNameMessage, qualifiedNameFormat, ["MyName", "my.name", "123-abc"]))
        }
        return errors
    }

    static func labelValue(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLengthError(63)) }
        if !value.isEmpty, !matchesQualifiedNamePart(value.utf8) {
            errors.append(
                regexError(
                    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                    labelValueFormat, ["MyValue", "my_value", "12345"]))
        }
        return errors
    }
}
