/// A bundle of CEL declarations: functions with implementations, constant variables and macros.
///
/// Libraries are versioned: an environment is built from library instances created at explicit
/// versions (default: the latest), and a library must never change what an older version
/// declares, so adding a function in version 3 cannot change how a policy written against
/// version 2 compiles.
///
/// ```swift
/// struct GreetLibrary: CELLibrary {
///     var id: String { "example.greet" }
///     var version: Int = 1
///     var functions: [CELFunction] {
///         [CELFunction("greet", .unary("greet_string", .string, .string) { v in
///             .string("hello " + (v.stringValue ?? ""))
///         })]
///     }
/// }
/// ```
public protocol CELLibrary: Sendable {
    /// A stable identifier, e.g. `cel.lib.std` or `cel.lib.ext.strings`.
    var id: String { get }
    /// The version this instance declares.
    var version: Int { get }
    /// Functions with their overloads.
    var functions: [CELFunction] { get }
    /// Variables, usually constants such as type names (`int`, `optional_type`).
    var variables: [CELVariable] { get }
    /// Names of opt-in parser macros the library needs enabled (those outside
    /// `CELSyntax.Macro.all`, e.g. `optMap` from `Macro.optionals`).
    var macros: [String] { get }
}

extension CELLibrary {
    /// Default: no variables.
    public var variables: [CELVariable] { [] }
    /// Default: no macros.
    public var macros: [String] { [] }
}
