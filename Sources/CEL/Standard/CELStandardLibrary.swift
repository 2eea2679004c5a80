/// The CEL standard library ("list of standard definitions" of the language definition):
/// operators, `size`, string predicates, `matches`, conversions, type values, timestamps and
/// durations.
///
/// Version 1 is the language definition as of cel-spec 2025; later versions only add.
public struct CELStandardLibrary: CELLibrary {
    /// `cel.lib.std`.
    public var id: String { "cel.lib.std" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 1

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELStandardLibrary.latestVersion) { self.version = version }

    /// The functions the library declares, with implementations.
    public var functions: [CELFunction] {
        StandardOperators.functions + StandardStrings.functions + StandardConversions.functions
            + StandardTime.functions + StandardInternal.functions
    }

    /// The constant variables the library declares.
    public var variables: [CELVariable] {
        let types: [(String, CELType)] = [
            ("int", .int), ("uint", .uint), ("double", .double), ("bool", .bool), ("string", .string),
            ("bytes", .bytes), ("null_type", .null), ("list", .list(.dyn)), ("map", .map(.dyn, .dyn)),
            ("type", .type(.dyn)),
            ("google.protobuf.Timestamp", .timestamp), ("google.protobuf.Duration", .duration),
        ]
        return types.map { CELVariable($0.0, .type($0.1), value: .type($0.1)) }
            + [CELVariable("google.protobuf.NullValue.NULL_VALUE", .int, value: .int(0))]
    }
}
