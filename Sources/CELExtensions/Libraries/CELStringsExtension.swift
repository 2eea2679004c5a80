public import CEL

/// The cel-go strings extension (`cel.lib.ext.strings`).
///
/// Version 0: `charAt`, `indexOf`, `lastIndexOf`, `join`, `lowerAscii`, `upperAscii`, `replace`,
/// `split`, `substring`, `trim`; version 1 adds `format` and `strings.quote`; version 3 adds
/// `reverse`; version 4 prints `%e` as `1.0e+00` instead of the older `1.0×10⁰⁰`.
///
/// ```cel
/// 'Hello, %s!'.format(['world']).upperAscii() == 'HELLO, WORLD!'
/// ```
public struct CELStringsExtension: CELLibrary {
    /// `cel.lib.ext.strings`.
    public var id: String { "cel.lib.ext.strings" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 4

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELStringsExtension.latestVersion) { self.version = version }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let linear = CELCallCost.linear(base: 1, perUnit: 0.1)
        var functions: [CELFunction] = [
            CELFunction(
                "charAt",
                .binary("string_char_at_int", .string, .int, .string, member: true) { text, index in
                    guard case .string(let s) = text, case .int(let i) = index else {
                        return .noOverload("charAt", [text, index])
                    }
                    return Self.wrap { () throws(ExtensionError) in .string(try StringFunctions.charAt(s, i)) }
                }),
            CELFunction(
                "indexOf",
                .binary("string_index_of_string", .string, .string, .int, member: true, cost: linear) { text, sub in
                    guard case .string(let s) = text, case .string(let n) = sub else {
                        return .noOverload("indexOf", [text, sub])
                    }
                    return Self.wrap { () throws(ExtensionError) in .int(try StringFunctions.indexOf(s, n)) }
                },
                .ternary("string_index_of_string_int", .string, .string, .int, .int, member: true, cost: linear) {
                    text, sub, offset in
                    guard case .string(let s) = text, case .string(let n) = sub, case .int(let o) = offset else {
                        return .noOverload("indexOf", [text, sub, offset])
                    }
                    return Self.wrap { () throws(ExtensionError) in .int(try StringFunctions.indexOf(s, n, offset: o)) }
                }),
            CELFunction(
                "lastIndexOf",
                .binary("string_last_index_of_string", .string, .string, .int, member: true, cost: linear) {
                    text, sub in
                    guard case .string(let s) = text, case .string(let n) = sub else {
                        return .noOverload("lastIndexOf", [text, sub])
                    }
                    return Self.wrap { () throws(ExtensionError) in .int(try StringFunctions.lastIndexOf(s, n)) }
                },
                .ternary("string_last_index_of_string_int", .string, .string, .int, .int, member: true, cost: linear) {
                    text, sub, offset in
                    guard case .string(let s) = text, case .string(let n) = sub, case .int(let o) = offset else {
                        return .noOverload("lastIndexOf", [text, sub, offset])
                    }
                    return Self.wrap { () throws(ExtensionError) in
                        .int(try StringFunctions.lastIndexOf(s, n, offset: o))
                    }
                }),
            Self.stringToString("lowerAscii", cost: linear, StringFunctions.lowerASCII),
            Self.stringToString("upperAscii", cost: linear, StringFunctions.upperASCII),
            CELFunction(
                "replace",
                .ternary("string_replace_string_string", .string, .string, .string, .string, member: true, cost: linear)
                { t, o, n in
                    guard case .string(let s) = t, case .string(let old) = o, case .string(let new) = n else {
                        return .noOverload("replace", [t, o, n])
                    }
                    return .string(StringFunctions.replace(s, old, new))
                },
                .variadic(
                    "string_replace_string_string_int", [.string, .string, .string, .int], .string, member: true,
                    cost: linear
                ) { args in
                    guard case .string(let s) = args[0], case .string(let old) = args[1],
                        case .string(let new) = args[2],
                        case .int(let limit) = args[3]
                    else { return .noOverload("replace", args) }
                    return .string(StringFunctions.replace(s, old, new, limit: limit))
                }),
            CELFunction(
                "split",
                .binary("string_split_string", .string, .string, .list(.string), member: true, cost: linear) { t, sep in
                    guard case .string(let s) = t, case .string(let separator) = sep else {
                        return .noOverload("split", [t, sep])
                    }
                    return .strings(StringFunctions.split(s, separator))
                },
                .ternary("string_split_string_int", .string, .string, .int, .list(.string), member: true, cost: linear)
                { t, sep, n in
                    guard case .string(let s) = t, case .string(let separator) = sep, case .int(let limit) = n else {
                        return .noOverload("split", [t, sep, n])
                    }
                    return .strings(StringFunctions.split(s, separator, limit: limit))
                }),
            CELFunction(
                "substring",
                .binary("string_substring_int", .string, .int, .string, member: true, cost: linear) { t, start in
                    guard case .string(let s) = t, case .int(let from) = start else {
                        return .noOverload("substring", [t, start])
                    }
                    return Self.wrap { () throws(ExtensionError) in .string(try StringFunctions.substring(s, from)) }
                },
                .ternary("string_substring_int_int", .string, .int, .int, .string, member: true, cost: linear) {
                    t, start, end in
                    guard case .string(let s) = t, case .int(let from) = start, case .int(let to) = end else {
                        return .noOverload("substring", [t, start, end])
                    }
                    return Self.wrap { () throws(ExtensionError) in .string(try StringFunctions.substring(s, from, to))
                    }
                }),
            Self.stringToString("trim", cost: linear, StringFunctions.trim),
        ]
        if version >= 1 {
            let formatter = StringFormatter(legacyScientific: version < 4)
            functions.append(
                CELFunction(
                    "format",
                    .binary("string_format", .string, .list(.dyn), .string, member: true, cost: linear) { t, list in
                        guard case .string(let template) = t, let arguments = list.listElements else {
                            return .noOverload("format", [t, list])
                        }
                        return formatter.format(template, arguments)
                    }))
        }
        functions.append(
            CELFunction(
                "join",
                .unary("list_join", .list(.string), .string, member: true, cost: linear) { list in
                    Self.join(list, .string(""))
                },
                .binary("list_join_string", .list(.string), .string, .string, member: true, cost: linear) {
                    Self.join($0, $1)
                }))
        if version >= 1 {
            functions.append(
                CELFunction(
                    "strings.quote",
                    .unary("strings_quote", .string, .string, cost: linear) { text in
                        guard case .string(let s) = text else { return .noOverload("strings.quote", [text]) }
                        return .string(StringFunctions.quote(s))
                    }))
        }
        if version >= 3 {
            functions.append(Self.stringToString("reverse", cost: linear, StringFunctions.reverse))
        }
        return functions
    }

    static func wrap(_ body: () throws(ExtensionError) -> CELValue) -> CELValue {
        do throws(ExtensionError) { return try body() } catch { return .failure(error) }
    }

    private static func stringToString(
        _ name: String, cost: CELCallCost, _ body: @escaping @Sendable (String) -> String
    ) -> CELFunction {
        CELFunction(
            name,
            .unary("string_\(name)", .string, .string, member: true, cost: cost) { value in
                guard case .string(let text) = value else { return .noOverload(name, [value]) }
                return .string(body(text))
            })
    }

    private static func join(_ list: CELValue, _ separator: CELValue) -> CELValue {
        guard let elements = list.listElements, case .string(let glue) = separator else {
            return .noOverload("join", [list, separator])
        }
        var parts: [String] = []
        parts.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let part) = element else { return .noOverload("join", [list, separator]) }
            parts.append(part)
        }
        return .string(parts.joined(separator: glue))
    }
}
