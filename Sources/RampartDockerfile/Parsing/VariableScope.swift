/// The build variables visible to an instruction (ARG and ENV), for environment replacement.
///
/// A variable is *unset* (never declared), *unknown* (declared without a value the parser can
/// know, like `ARG VERSION` awaiting `--build-arg`) or *known*.
struct VariableScope: Sendable {
    enum Value: Sendable, Equatable {
        case known(String)
        case unknown
    }

    private(set) var values: [String: Value] = [:]
    /// Names set by `ENV`, which a later `ARG` of the same name does not override.
    private(set) var environmentNames: Set<String> = []

    /// The value of a name, `nil` when unset.
    subscript(name: String) -> Value? { values[name] }

    /// Declares an `ARG`; an `ENV` of the same name keeps precedence.
    mutating func declareArgument(_ name: String, _ value: Value) {
        if environmentNames.contains(name) { return }
        values[name] = value
    }

    /// Sets an `ENV` variable.
    mutating func setEnvironment(_ name: String, _ value: Value) {
        values[name] = value
        environmentNames.insert(name)
    }

    /// A scope holding only the `ENV` variables of this one (what a stage built `FROM` this
    /// stage inherits).
    var environmentOnly: VariableScope {
        var scope = VariableScope()
        for name in environmentNames { if let value = values[name] { scope.setEnvironment(name, value) } }
        return scope
    }
}
