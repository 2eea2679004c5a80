/// `size`, `contains`, `startsWith`, `endsWith` and `matches`.
enum StandardStrings {
    static func size(_ value: CELValue) -> CELValue {
        switch value {
        case .string(let s): return .int(Int64(s.unicodeScalars.count))
        case .bytes(let b): return .int(Int64(b.count))
        case .list(let l): return .int(Int64(l.count))
        case .map(let m): return .int(Int64(m.count))
        default: return .error(CELError.noSuchOverload("size", [value]))
        }
    }

    static func stringPair(
        _ name: String, _ body: @escaping @Sendable (String, String) -> Bool
    ) -> @Sendable (CELValue, CELValue) -> CELValue {
        { lhs, rhs in
            guard case .string(let a) = lhs, case .string(let b) = rhs else {
                return .error(CELError.noSuchOverload(name, [lhs, rhs]))
            }
            return .bool(body(a, b))
        }
    }

    /// `matches` with a pattern compiled on each call (the planner specializes constants).
    static func matches(_ text: CELValue, _ pattern: CELValue) -> CELValue {
        guard case .string(let s) = text, case .string(let p) = pattern else {
            return .error(CELError.noSuchOverload("matches", [text, pattern]))
        }
        do throws(RE2Regex.SyntaxError) {
            return .bool(try RE2Regex(p).matches(s))
        } catch {
            return .error(.invalidArgument, "invalid regular expression '\(p)': \(error.message)")
        }
    }

    /// Precompiles a constant pattern at plan time.
    static let specializeMatches: @Sendable ([CELValue?]) -> CELImplementation? = { constants in
        guard constants.count == 2, case .string(let pattern)? = constants[1] else { return nil }
        let regex: RE2Regex
        do throws(RE2Regex.SyntaxError) {
            regex = try RE2Regex(pattern)
        } catch {
            let failure = CELValue.error(.invalidArgument, "invalid regular expression '\(pattern)': \(error.message)")
            return .binary { _, _ in failure }
        }
        return .binary { text, _ in
            guard case .string(let s) = text else { return .error(CELError.noSuchOverload("matches", [text])) }
            return .bool(regex.matches(s))
        }
    }

    /// Byte-wise substring search (code point exact, no Unicode normalization).
    static func utf8Contains(_ text: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = text
        var pattern = needle
        return haystack.withUTF8 { h in
            pattern.withUTF8 { n in
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    static var functions: [CELFunction] {
        let a = CELType.typeParameter("A")
        let k = CELType.typeParameter("K")
        let v = CELType.typeParameter("V")
        var sizeOverloads: [CELOverload] = []
        for member in [false, true] {
            let suffix = member ? "_member" : ""
            sizeOverloads += [
                .unary("size_string\(suffix)", .string, .int, member: member, size),
                .unary("size_bytes\(suffix)", .bytes, .int, member: member, size),
                .unary("size_list\(suffix)", .list(a), .int, member: member, size),
                .unary("size_map\(suffix)", .map(k, v), .int, member: member, size),
            ]
        }
        let linear = CELCallCost.linear(base: 1, perUnit: 0.1)
        var matchOverloads: [CELOverload] = []
        for member in [false, true] {
            matchOverloads.append(
                CELOverload(
                    member ? "matches_string" : "matches", [.string, .string], .bool, member: member, cost: linear,
                    implementation: .binary(matches), specialize: specializeMatches))
        }
        return [
            CELFunction("size", sizeOverloads),
            CELFunction(
                "contains",
                .binary(
                    "contains_string", .string, .string, .bool, member: true, cost: linear,
                    stringPair("contains") { utf8Contains($0, $1) })),
            CELFunction(
                "startsWith",
                .binary(
                    "starts_with_string", .string, .string, .bool, member: true, cost: linear,
                    stringPair("startsWith") { $0.utf8.starts(with: $1.utf8) })),
            CELFunction(
                "endsWith",
                .binary(
                    "ends_with_string", .string, .string, .bool, member: true, cost: linear,
                    stringPair("endsWith") { $0.utf8.reversed().starts(with: $1.utf8.reversed()) })),
            CELFunction("matches", matchOverloads),
        ]
    }
}
