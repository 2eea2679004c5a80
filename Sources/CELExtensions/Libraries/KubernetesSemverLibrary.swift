public import CEL

/// Kubernetes' CEL `semver` library: `semver(s)`, `isSemver(s)`, `major`, `minor`, `patch`,
/// `compareTo`, `isLessThan`, `isGreaterThan`. Version 1 adds the normalize flag
/// (`semver("v1.0", true)`, `isSemver("01.1", true)`).
public struct KubernetesSemverLibrary: CELLibrary {
    /// `k8s.semver`.
    public var id: String { "k8s.semver" }
    /// The version declared by this instance (0 or 1).
    public var version: Int
    /// The newest version.
    public static let latestVersion = 1

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesSemverLibrary.latestVersion) { self.version = version }

    /// Type-name constants, so `type(x) == <name>` works.
    public var variables: [CELVariable] { [.typeConstant(CELSemver.celType)] }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let s = CELSemver.celType
        var semverOverloads: [CELOverload] = [
            .constantFolding("string_to_semver", .string, s) { Self.parse($0, .bool(false)) }
        ]
        var isSemverOverloads: [CELOverload] = [
            .unary("is_semver_string", .string, .bool) { Self.isValid($0, .bool(false)) }
        ]
        if version >= 1 {
            semverOverloads.append(.binary("string_bool_to_semver", .string, .bool, s) { Self.parse($0, $1) })
            isSemverOverloads.append(.binary("is_semver_string_bool", .string, .bool, .bool) { Self.isValid($0, $1) })
        }
        return [
            CELFunction("semver", semverOverloads),
            CELFunction("isSemver", isSemverOverloads),
            CELFunction("major", .unary("semver_major", s, .int, member: true) { Self.part($0, "major", \.major) }),
            CELFunction("minor", .unary("semver_minor", s, .int, member: true) { Self.part($0, "minor", \.minor) }),
            CELFunction("patch", .unary("semver_patch", s, .int, member: true) { Self.part($0, "patch", \.patch) }),
            CELFunction(
                "compareTo",
                .binary("semver_compare_to", s, s, .int, member: true) { lhs, rhs in
                    Self.compare(lhs, rhs, "compareTo") { .int(Int64($0)) }
                }),
            CELFunction(
                "isLessThan",
                .binary("semver_less", s, s, .bool, member: true) { lhs, rhs in
                    Self.compare(lhs, rhs, "isLessThan") { .bool($0 < 0) }
                }),
            CELFunction(
                "isGreaterThan",
                .binary("semver_greater", s, s, .bool, member: true) { lhs, rhs in
                    Self.compare(lhs, rhs, "isGreaterThan") { .bool($0 > 0) }
                }),
        ]
    }

    static func version(_ value: CELValue) -> Semver? {
        if case .opaque(let opaque) = value { return (opaque as? CELSemver)?.version }
        return nil
    }

    private static func parse(_ text: CELValue, _ normalize: CELValue) -> CELValue {
        guard case .string(let string) = text, case .bool(let flag) = normalize else {
            return .noOverload("semver", [text, normalize])
        }
        do {
            return .opaque(CELSemver(try Semver(parsing: string, normalize: flag)))
        } catch {
            return .invalid("error converting string to semver: \(error.message)")
        }
    }

    private static func isValid(_ text: CELValue, _ normalize: CELValue) -> CELValue {
        guard case .string(let string) = text, case .bool(let flag) = normalize else {
            return .noOverload("isSemver", [text, normalize])
        }
        return .bool(Semver.isValid(string, normalize: flag))
    }

    private static func part(_ value: CELValue, _ name: String, _ keyPath: KeyPath<Semver, UInt64>) -> CELValue {
        guard let version = version(value) else { return .noOverload(name, [value]) }
        let number = version[keyPath: keyPath]
        guard number <= UInt64(Int64.max) else { return .error(.overflow, "\(name) version number overflows int") }
        return .int(Int64(number))
    }

    private static func compare(_ lhs: CELValue, _ rhs: CELValue, _ name: String, _ body: (Int) -> CELValue) -> CELValue
    {
        guard let left = version(lhs), let right = version(rhs) else { return .noOverload(name, [lhs, rhs]) }
        return body(left.compare(to: right))
    }
}
