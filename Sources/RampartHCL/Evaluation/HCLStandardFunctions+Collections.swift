extension HCLStandardFunctions {
    /// `toset tolist tomap merge contains element flatten split replace trimspace abs`.
    public static let collections: [String: HCLFunction] = [
        "toset": HCLFunction { args throws(Failure) in
            guard args.count == 1, let converted = args[0].converted(to: .set(.any)) else {
                throw Failure("toset needs a list")
            }
            return converted
        },
        "tolist": HCLFunction { args throws(Failure) in
            guard args.count == 1, let converted = args[0].converted(to: .list(.any)) else {
                throw Failure("tolist needs a list")
            }
            return converted
        },
        "tomap": HCLFunction { args throws(Failure) in
            guard args.count == 1, let converted = args[0].converted(to: .map(.any)) else {
                throw Failure("tomap needs an object")
            }
            return converted
        },
        "merge": HCLFunction { args throws(Failure) in
            var merged: [String: HCLValue] = [:]
            for arg in args where !arg.isNull {
                guard let fields = arg.fields else { throw Failure("merge needs maps or objects") }
                merged.merge(fields) { _, new in new }
            }
            return .object(merged)
        },
        "contains": HCLFunction { args throws(Failure) in
            guard args.count == 2, let items = args[0].elements else {
                throw Failure("contains takes a list and a value")
            }
            return .bool(items.contains { $0.equals(args[1]) })
        },
        "element": HCLFunction { args throws(Failure) in
            guard args.count == 2, let items = args[0].elements, !items.isEmpty,
                let position = args[1].asNumber?.intValue,
                position >= 0
            else { throw Failure("element takes a non-empty list and a non-negative index") }
            return items[position % items.count]
        },
        "flatten": HCLFunction { args throws(Failure) in
            guard args.count == 1, let items = args[0].elements else { throw Failure("flatten needs a list") }
            func flat(_ values: [HCLValue]) -> [HCLValue] {
                values.flatMap { value in value.elements.map(flat) ?? [value] }
            }
            return .tuple(flat(items))
        },
        "split": HCLFunction { args throws(Failure) in
            guard args.count == 2, let separator = args[0].asString, let text = args[1].asString, !separator.isEmpty
            else {
                throw Failure("split takes a non-empty separator and a string")
            }
            return .list(text.split(separator: separator, omittingEmptySubsequences: false).map { .string(String($0)) })
        },
        "replace": HCLFunction { args throws(Failure) in
            guard args.count == 3, let text = args[0].asString, let search = args[1].asString,
                let replacement = args[2].asString,
                !search.isEmpty
            else { throw Failure("replace takes a string, a non-empty substring and a replacement") }
            return .string(
                text.split(separator: search, omittingEmptySubsequences: false).joined(separator: replacement))
        },
        "trimspace": HCLFunction { args throws(Failure) in
            let text = try string(args, "trimspace")
            return .string(String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()))
        },
        "abs": HCLFunction { args throws(Failure) in
            guard args.count == 1, let number = args[0].asNumber else { throw Failure("abs needs a number") }
            return .number(number.magnitude)
        },
    ]
}
