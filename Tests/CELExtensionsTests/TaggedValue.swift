import CEL
import CELExtensions
import Foundation

typealias NSNumberLike = NSNumber
typealias NSNullLike = NSNull

/// Conformance "tagged" values (`{"int64": "1"}`, `{"quantity": "12Mi"}` …) turned into CEL values.
enum TaggedValue {
    struct Unsupported: Error {
        let description: String
    }

    static func decode(_ json: Any) throws -> CELValue {
        guard let object = json as? [String: Any], let (tag, payload) = object.first else {
            throw Unsupported(description: "not a tagged value: \(json)")
        }
        switch tag {
        case "null": return .null
        case "bool": return .bool(payload as? Bool ?? false)
        case "int64":
            guard let text = payload as? String, let value = Int64(text) else {
                throw Unsupported(description: "int64 \(payload)")
            }
            return .int(value)
        case "uint64":
            guard let text = payload as? String, let value = UInt64(text) else {
                throw Unsupported(description: "uint64 \(payload)")
            }
            return .uint(value)
        case "double":
            if let text = payload as? String {
                switch text {
                case "NaN": return .double(.nan)
                case "Infinity": return .double(.infinity)
                case "-Infinity": return .double(-.infinity)
                default: return .double(Double(text) ?? .nan)
                }
            }
            return .double((payload as? NSNumberLike)?.doubleValue ?? 0)
        case "string": return .string(payload as? String ?? "")
        case "bytes": return .bytes(Base64Codec.decode(payload as? String ?? "", allowUnpadded: false) ?? [])
        case "type": return .type(.opaque(payload as? String ?? "", []))
        case "list":
            return .array(try (payload as? [Any] ?? []).map(decode))
        case "map":
            let entries = try (payload as? [[String: Any]] ?? []).map { entry -> (key: CELMapKey, value: CELValue) in
                guard let key = CELMapKey(try decode(entry["key"] as Any)) else {
                    throw Unsupported(description: "map key")
                }
                return (key, try decode(entry["value"] as Any))
            }
            return .map(CELDictionaryMap(entries))
        case "optional":
            if payload is NSNullLike { return .optional(nil) }
            return .optional(try decode(payload))
        case "quantity": return .opaque(CELQuantity(try Quantity(parsing: payload as? String ?? "")))
        case "ip": return .opaque(CELIPAddress(try IPAddress(parsing: payload as? String ?? "")))
        case "cidr": return .opaque(CELCIDR(try IPPrefix(parsing: payload as? String ?? "")))
        case "semver": return .opaque(CELSemver(try Semver(parsing: payload as? String ?? "")))
        default: throw Unsupported(description: "tag \(tag)")
        }
    }

    /// Plain JSON (bindings) as CEL values.
    static func plain(_ json: Any) -> CELValue {
        switch json {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as NSNumberLike: return .double(number.doubleValue)
        case let list as [Any]: return .array(list.map(plain))
        case let object as [String: Any]: return .map(CELDictionaryMap(object.mapValues(plain)))
        default: return .null
        }
    }

    /// Conformance equality: CEL equality, plus same type and NaN equal to NaN.
    static func matches(_ actual: CELValue, _ expected: CELValue) -> Bool {
        switch (actual, expected) {
        case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.int, .int), (.uint, .uint), (.string, .string), (.bool, .bool), (.null, .null), (.bytes, .bytes):
            return actual.isEqual(to: expected)
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            return (0..<a.count).allSatisfy { matches(a.element(at: $0), b.element(at: $0)) }
        case (.map, .map), (.opaque, .opaque): return actual.isEqual(to: expected)
        case (.type(let a), .type(let b)): return a.runtimeName == b.runtimeName
        case (.optional(let a), .optional(let b)):
            switch (a, b) {
            case (nil, nil): return true
            case (let x?, let y?): return matches(x, y)
            default: return false
            }
        default: return false
        }
    }
}
