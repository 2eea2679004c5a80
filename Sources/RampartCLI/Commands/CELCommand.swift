import ArgumentParser
import CEL
import Foundation
import RampartCore
import RampartJSON
import RampartPolicy

/// `rampart cel eval`: compile and evaluate one CEL expression.
struct CELCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cel",
        abstract: "Evaluate CEL expressions with Rampart's CEL engine.",
        discussion: """
            Examples:
              rampart cel eval "1 + 2"
              rampart cel eval 'object.spec.replicas > 2' --bindings object.json
              rampart cel eval "quantity('1Gi').isGreaterThan(quantity('512Mi'))"
            """,
        subcommands: [Eval.self]
    )

    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile and evaluate one expression; print its value as JSON.",
            discussion: """
                Variables come from --bindings, a JSON object whose keys are variable names. Every variable is
                declared as dyn. The environment is Rampart's rule environment: the standard library, optionals,
                the cel-go extensions Kubernetes enables, and the Kubernetes libraries.

                Output: booleans, strings, null, lists and maps are plain JSON; other CEL types are tagged
                ({"int": "1"}, {"double": 1.5}, {"timestamp": "…"}, …; see README). A compile or evaluation
                error prints with its position and exits 1.

                Examples:
                  rampart cel eval "[1, 2, 3].map(x, x * 2)"
                  rampart cel eval "url('https://example.com:8443/a').getPort()"
                  rampart cel eval 'self.items.all(i, i.size() < 10)' --bindings vars.json --format json
                """)

        @Argument(help: "The CEL expression.")
        var expression: String

        @Option(help: "A JSON file of variables: {\"name\": value, …}.")
        var bindings: String?

        @Option(help: "Output: json (pretty) or compact.")
        var format: String = "json"

        func run() async throws {
            var variables: [String: CELValue] = [:]
            if let bindings {
                guard let data = FileManager.default.contents(atPath: bindings) else {
                    throw RampartFailure("cannot read bindings file \(bindings)")
                }
                let result = JSONReader().read([UInt8](data), file: bindings)
                if let error = result.diagnostics.first(where: { $0.level == .error }) {
                    throw RampartFailure("\(error)")
                }
                guard let mapping = result.document?.root.mapValue else {
                    throw RampartFailure("\(bindings): the bindings file must hold a JSON object of variables")
                }
                for entry in mapping.entries { variables[entry.key] = NodeValues.value(entry.value) }
            }
            let environment = PolicyEnvironment.standard.extended(
                variables: variables.keys.filter { PolicyEnvironment.standard.variable(named: $0) == nil }.map {
                    CELVariable($0, .dyn)
                })
            let program: CELProgram
            do {
                program = try PolicyEnvironment.compile(expression, in: environment)
            } catch {
                FileHandle.standardError.write(Data("\(error.description)\n".utf8))
                throw ExitCode(1)
            }
            let value = program.evaluate(CELBindings(variables))
            if case .error(let error) = value {
                FileHandle.standardError.write(Data("ERROR: evaluation failed: \(error.message)\n".utf8))
                throw ExitCode(1)
            }
            print(CELJSON.render(value, pretty: format != "compact"))
        }
    }
}
