/// The core functions every evaluation context gets by default.
public enum HCLStandardFunctions {
    typealias Failure = HCLFunction.Failure

    /// Every standard function: ``core`` plus ``collections``.
    public static let all: [String: HCLFunction] = core.merging(collections) { first, _ in first }

    /// `upper lower length join concat coalesce format min max tostring tonumber tobool keys values lookup`.
    public static let core: [String: HCLFunction] = [
        "upper": HCLFunction { args throws(Failure) in .string(try string(args, "upper").uppercased()) },
        "lower": HCLFunction { args throws(Failure) in .string(try string(args, "lower").lowercased()) },
        "length": HCLFunction { args throws(Failure) in
            guard args.count == 1 else { throw Failure("length takes exactly one argument") }
            if let items = args[0].elements { return .int(items.count) }
            if let fields = args[0].fields { return .int(fields.count) }
            if case .string(let text) = args[0] { return .int(text.count) }
            throw Failure("length needs a collection or a string")
        },
        "join": HCLFunction { args throws(Failure) in
            guard args.count >= 2, case .string(let separator) = args[0] else {
                throw Failure("join takes a separator string and one or more lists")
            }
            var parts: [String] = []
            for list in args.dropFirst() {
                guard let items = list.elements else { throw Failure("join needs lists of strings") }
                for item in items {
                    guard let text = item.asString else { throw Failure("join needs lists of strings") }
                    parts.append(text)
                }
            }
            return .string(parts.joined(separator: separator))
        },
        "concat": HCLFunction { args throws(Failure) in
            var result: [HCLValue] = []
            for list in args {
                guard let items = list.elements else { throw Failure("concat needs lists or tuples") }
                result.append(contentsOf: items)
            }
            return .tuple(result)
        },
        "coalesce": HCLFunction(acceptsUnknown: true) { args throws(Failure) in
            for value in args {
                if case .unknown = value { return .unknown }
                if !value.isNull, value != .string("") { return value }
            }
            throw Failure("coalesce found no non-null, non-empty argument")
        },
        "format": HCLFunction { args throws(Failure) in
            guard let first = args.first, case .string(let pattern) = first else {
                throw Failure("format needs a format string")
            }
            return .string(try format(pattern, Array(args.dropFirst())))
        },
        "min": HCLFunction { args throws(Failure) in .number(try numbers(args, "min").min() ?? .zero) },
        "max": HCLFunction { args throws(Failure) in .number(try numbers(args, "max").max() ?? .zero) },
        "tostring": HCLFunction { args throws(Failure) in
            guard args.count == 1 else { throw Failure("tostring takes one argument") }
            if args[0].isNull { return .null }
            guard let text = args[0].asString else { throw Failure("cannot convert \(args[0]) to string") }
            return .string(text)
        },
        "tonumber": HCLFunction { args throws(Failure) in
            guard args.count == 1, let number = args[0].asNumber else { throw Failure("cannot convert to number") }
            return .number(number)
        },
        "tobool": HCLFunction { args throws(Failure) in
            guard args.count == 1, let flag = args[0].asBool else { throw Failure("cannot convert to bool") }
            return .bool(flag)
        },
        "keys": HCLFunction { args throws(Failure) in
            guard args.count == 1, let fields = args[0].fields else { throw Failure("keys needs a map or object") }
            return .list(fields.keys.sorted().map(HCLValue.string))
        },
        "values": HCLFunction { args throws(Failure) in
            guard args.count == 1, let fields = args[0].fields else { throw Failure("values needs a map or object") }
            return .tuple(fields.sorted { $0.key < $1.key }.map(\.value))
        },
        "lookup": HCLFunction { args throws(Failure) in
            guard args.count == 2 || args.count == 3, let fields = args[0].fields, case .string(let key) = args[1]
            else {
                throw Failure("lookup takes a map, a key and an optional default")
            }
            if let value = fields[key] { return value }
            if args.count == 3 { return args[2] }
            throw Failure("the map has no key \"\(key)\" and no default was given")
        },
    ]

    static func string(_ args: [HCLValue], _ name: String) throws(Failure) -> String {
        guard args.count == 1, let text = args[0].asString else { throw Failure("\(name) takes one string argument") }
        return text
    }

    static func numbers(_ args: [HCLValue], _ name: String) throws(Failure) -> [HCLDecimal] {
        guard !args.isEmpty else { throw Failure("\(name) needs at least one number") }
        var result: [HCLDecimal] = []
        for arg in args {
            guard let number = arg.asNumber else { throw Failure("\(name) needs numbers, got \(arg)") }
            result.append(number)
        }
        return result
    }

    /// `%s %d %v %q %%` formatting.
    static func format(_ pattern: String, _ args: [HCLValue]) throws(Failure) -> String {
        var output = ""
        var next = 0
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else {
                output.append(character)
                continue
            }
            guard let verb = iterator.next() else { throw Failure("format string ends with a lone %") }
            if verb == "%" {
                output.append("%")
                continue
            }
            guard next < args.count else { throw Failure("not enough arguments for the format string") }
            let arg = args[next]
            next += 1
            switch verb {
            case "s", "v": output += arg.asString ?? arg.description
            case "d":
                guard let number = arg.asNumber, number.isInteger else { throw Failure("%d needs a whole number") }
                output += number.description
            case "q": output += HCLValue.string(arg.asString ?? arg.description).description
            default: throw Failure("unsupported format verb %\(verb)")
            }
        }
        return output
    }
}
