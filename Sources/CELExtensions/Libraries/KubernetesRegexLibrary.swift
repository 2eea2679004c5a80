public import CEL

/// Kubernetes' CEL `regex` library: `s.find(re)`, `s.findAll(re)`, `s.findAll(re, n)` with RE2
/// (linear-time) matching. Constant patterns are compiled once, when the program is planned.
///
/// ```cel
/// "abc 123 def 456".findAll('[0-9]+', 1) == ['123']
/// ```
public struct KubernetesRegexLibrary: CELLibrary {
    /// `k8s.regex`.
    public var id: String { "k8s.regex" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesRegexLibrary.latestVersion) { self.version = version }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        [
            CELFunction(
                "find",
                CELOverload(
                    "string_find_string", [.string, .string], .string, member: true,
                    cost: .linear(base: 1, perUnit: 0.25),
                    implementation: .binary { text, pattern in Self.run(text, pattern, nil, compiled: nil, find: true)
                    },
                    specialize: { constants in Self.specialize(constants, find: true) })),
            CELFunction(
                "findAll",
                CELOverload(
                    "string_find_all_string", [.string, .string], .list(.string), member: true,
                    cost: .linear(base: 1, perUnit: 0.25),
                    implementation: .binary { text, pattern in Self.run(text, pattern, nil, compiled: nil, find: false)
                    },
                    specialize: { constants in Self.specialize(constants, find: false) }),
                CELOverload(
                    "string_find_all_string_int", [.string, .string, .int], .list(.string), member: true,
                    cost: .linear(base: 1, perUnit: 0.25),
                    implementation: .ternary { text, pattern, limit in
                        Self.run(text, pattern, limit, compiled: nil, find: false)
                    },
                    specialize: { constants in Self.specialize(constants, find: false) })),
        ]
    }

    /// Compiles a pattern, giving the Go-style message Kubernetes reports on failure.
    static func compile(_ pattern: String) -> Result<RE2Regex, CELError> {
        do {
            return .success(try RE2Regex(pattern))
        } catch {
            return .failure(CELError(.invalidArgument, error.goStyleMessage))
        }
    }

    private static func specialize(_ constants: [CELValue?], find: Bool) -> CELImplementation? {
        guard constants.count >= 2, case .string(let pattern)? = constants[1] else { return nil }
        switch compile(pattern) {
        case .failure(let error):
            let failure = CELValue.error(error)
            return constants.count == 3 ? .ternary { _, _, _ in failure } : .binary { _, _ in failure }
        case .success(let regex):
            if constants.count == 3 {
                return .ternary { text, pattern, limit in run(text, pattern, limit, compiled: regex, find: find) }
            }
            return .binary { text, pattern in run(text, pattern, nil, compiled: regex, find: find) }
        }
    }

    private static func run(_ text: CELValue, _ pattern: CELValue, _ limit: CELValue?, compiled: RE2Regex?, find: Bool)
        -> CELValue
    {
        let name = find ? "find" : "findAll"
        guard case .string(let subject) = text, case .string(let source) = pattern else {
            return .noOverload(name, [text, pattern] + (limit.map { [$0] } ?? []))
        }
        var count = -1
        if let limit {
            guard case .int(let value) = limit else { return .noOverload(name, [text, pattern, limit]) }
            count = value < 0 ? -1 : Int(clamping: value)
        }
        let regex: RE2Regex
        if let compiled {
            regex = compiled
        } else {
            switch compile(source) {
            case .success(let made): regex = made
            case .failure(let error): return .error(error)
            }
        }
        if find { return .string(regex.firstMatch(in: subject) ?? "") }
        return .strings(regex.allMatches(in: subject, limit: count))
    }
}
