/// Supplies the values of an expression's variables during one evaluation.
///
/// Lookups happen lazily, only for variables the evaluation reaches. Return `nil` for an unbound
/// name (evaluation then yields an "undeclared reference" error), or `.unknown` for an input that
/// is not known yet.
public protocol CELActivation {
    /// The value of the variable `name` (a possibly qualified name such as `request.auth`).
    func value(for name: String) -> CELValue?
}

/// An activation backed by a dictionary.
///
/// ```swift
/// program.evaluate(CELBindings(["x": 1, "name": "web"]))
/// ```
public struct CELBindings: CELActivation, Sendable {
    /// The variables.
    public var values: [String: CELValue]

    /// Creates bindings from a dictionary.
    public init(_ values: [String: CELValue] = [:]) { self.values = values }

    /// The value bound to `name`, or `nil`.
    public func value(for name: String) -> CELValue? { values[name] }
}

/// An activation whose variables are computed on first use by closures (e.g. expensive views of a
/// document that most expressions never touch). Each closure runs at most once per lookup; wrap
/// the result in your own cache when it is costly and looked up repeatedly.
public struct CELLazyBindings: CELActivation {
    /// Producers by variable name.
    public var producers: [String: () -> CELValue]

    /// Creates lazy bindings.
    public init(_ producers: [String: () -> CELValue]) { self.producers = producers }

    /// The value bound to `name`, or `nil`.
    public func value(for name: String) -> CELValue? { producers[name]?() }
}

/// Two activations layered: names found in `primary` win over `fallback`.
public struct CELLayeredActivation<Primary: CELActivation, Fallback: CELActivation>: CELActivation {
    /// The activation consulted first.
    public var primary: Primary
    /// The activation consulted when `primary` has no value.
    public var fallback: Fallback

    /// Creates a layered activation.
    public init(_ primary: Primary, over fallback: Fallback) {
        self.primary = primary
        self.fallback = fallback
    }

    /// The value bound to `name`, or `nil`.
    public func value(for name: String) -> CELValue? { primary.value(for: name) ?? fallback.value(for: name) }
}
