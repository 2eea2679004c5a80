/// A function declaration: a name and its overloads.
///
/// Several libraries may declare the same name (an extension adding an overload of `size`, say);
/// the environment merges their overloads.
public struct CELFunction: Sendable {
    /// The name as written in expressions (`size`, `_+_`, `math.greatest`).
    public var name: String
    /// The signatures with their implementations.
    public var overloads: [CELOverload]

    /// Creates a function.
    public init(_ name: String, _ overloads: [CELOverload]) {
        self.name = name
        self.overloads = overloads
    }

    /// Creates a function from overloads listed inline.
    public init(_ name: String, _ overloads: CELOverload...) {
        self.init(name, overloads)
    }
}

/// A variable declaration: a name, a type and, for constants such as type names, a value.
public struct CELVariable: Sendable {
    /// The (possibly qualified) name, e.g. `object` or `google.protobuf.Timestamp`.
    public var name: String
    /// The declared type (`dyn` for schemaless data).
    public var type: CELType
    /// A constant value, or `nil` when the value comes from the activation.
    public var value: CELValue?

    /// Creates a variable.
    public init(_ name: String, _ type: CELType, value: CELValue? = nil) {
        self.name = name
        self.type = type
        self.value = value
    }
}
