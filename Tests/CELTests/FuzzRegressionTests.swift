import CEL
import CELExtensions
import Testing

/// Inputs that once crashed a fuzz target; each must now compile or fail cleanly, and evaluate to a
/// value or an error value.
@Suite struct FuzzRegressionTests {
    static let environment = CELEnvironment(libraries: CELEnvironment.defaultLibraries + ExtensionLibraries.all())

    @Test(arguments: [
        // FuzzCELEval: a 19-digit "year" overflowed Int64 while parsing the timestamp literal.
        "sets.contains([timestamp('2000-01-01T00:00:00.000+01:00')], [timestamp('9223372036854775808.000+01:00')])",
        "timestamp('99999999999999999999-01-01T00:00:00Z')",
        "timestamp('123456789012-01-01T00:00:00Z')",
        "duration('99999999999999999999999999h')",
    ])
    func hostileLiteralsAreErrorsNotCrashes(expression: String) {
        if let program = try? KubernetesEnvironment.compile(expression, in: Self.environment) {
            let value = program.evaluate([:])
            #expect(value.error != nil || value.boolValue != nil)
        }
        var unchecked = CELOptions()
        unchecked.typeCheck = false
        if let program = try? CELEnvironment(
            libraries: CELEnvironment.defaultLibraries + ExtensionLibraries.all(), options: unchecked
        )
        .compile(expression) {
            #expect(program.evaluate([:]).error != nil)
        }
    }
}
