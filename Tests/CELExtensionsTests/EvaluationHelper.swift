import CEL
import CELExtensions

/// Compiles and evaluates expressions against every extension library.
enum Evaluate {
    static let environment = CELEnvironment(
        libraries: CELEnvironment.defaultLibraries + ExtensionLibraries.all(), variables: [CELVariable("x", .dyn)])

    /// The result of `expression`, or the compile error text as a string error value.
    static func value(_ expression: String, _ bindings: [String: CELValue] = [:]) -> CELValue {
        do throws(CELCompileError) {
            return try environment.compile(expression).evaluate(bindings)
        } catch {
            return .error(.other, "compile: \(error.description)")
        }
    }

    /// `true` when `expression` evaluates to `true`.
    static func isTrue(_ expression: String) -> Bool {
        if case .bool(true) = value(expression) { return true }
        return false
    }

    /// The error message, or `nil` when evaluation succeeded.
    static func errorMessage(_ expression: String) -> String? {
        if case .error(let error) = value(expression) { return error.message }
        return nil
    }
}
