public import CELSyntax

/// An immutable compilation environment: libraries at fixed versions, declared variables and
/// functions, and options. Compile an expression once into a ``CELProgram``; evaluate that many
/// times, from any task.
///
/// ```swift
/// let env = CELEnvironment(variables: [CELVariable("object", .dyn)])
/// let program = try env.compile("object.spec.containers.all(c, has(c.image))")
/// let result = program.evaluate(["object": objectValue])
/// ```
public struct CELEnvironment: Sendable {
    /// The libraries, in the order given.
    public let libraries: [any CELLibrary]
    /// Settings.
    public let options: CELOptions
    private let variablesByName: [String: CELVariable]
    private let functionsByName: [String: CELFunction]

    /// The libraries an environment has by default: the standard library and optional values, at
    /// their latest versions.
    public static var defaultLibraries: [any CELLibrary] { [CELStandardLibrary(), CELOptionalLibrary()] }

    /// Creates an environment.
    /// - Parameters:
    ///   - libraries: libraries to include (default ``defaultLibraries``); later ones may add
    ///     overloads to functions of earlier ones.
    ///   - variables: declared variables (types are used by the checker; `dyn` for schemaless).
    ///   - functions: additional functions.
    ///   - options: container, checking, cost limit …
    public init(
        libraries: [any CELLibrary] = CELEnvironment.defaultLibraries, variables: [CELVariable] = [],
        functions: [CELFunction] = [], options: CELOptions = CELOptions()
    ) {
        self.libraries = libraries
        self.options = options
        var variablesByName: [String: CELVariable] = [:]
        var functionsByName: [String: CELFunction] = [:]
        func add(_ function: CELFunction) {
            if var existing = functionsByName[function.name] {
                let known = Set(existing.overloads.map(\.id))
                existing.overloads += function.overloads.filter { !known.contains($0.id) }
                functionsByName[function.name] = existing
            } else {
                functionsByName[function.name] = function
            }
        }
        for library in libraries {
            for variable in library.variables { variablesByName[variable.name] = variable }
            for function in library.functions { add(function) }
        }
        for variable in variables { variablesByName[variable.name] = variable }
        for function in functions { add(function) }
        self.variablesByName = variablesByName
        self.functionsByName = functionsByName
    }

    /// A copy with more libraries, variables or functions, and possibly other options.
    public func extended(
        libraries: [any CELLibrary] = [], variables: [CELVariable] = [], functions: [CELFunction] = [],
        options: CELOptions? = nil
    ) -> CELEnvironment {
        CELEnvironment(
            libraries: self.libraries + libraries,
            variables: Array(variablesByName.values) + variables,
            functions: functions, options: options ?? self.options)
    }

    /// The declared variable (or constant, such as a type name) with exactly this name.
    public func variable(named name: String) -> CELVariable? { variablesByName[name] }

    /// The function with exactly this name, with the overloads of every library merged.
    public func function(named name: String) -> CELFunction? { functionsByName[name] }

    /// All declared variables.
    public var variables: [CELVariable] { Array(variablesByName.values) }

    /// All functions.
    public var functions: [CELFunction] { Array(functionsByName.values) }

    /// The names `name` may refer to in the container, most specific first: in container `a.b`,
    /// `x` may be `a.b.x`, `a.x` or `x`. A leading dot makes a name absolute.
    public func candidateNames(_ name: String) -> [String] {
        if name.hasPrefix(".") { return [String(name.dropFirst())] }
        let container = options.container
        if container.isEmpty { return [name] }
        var result: [String] = []
        var prefix = Substring(container)
        while !prefix.isEmpty {
            result.append("\(prefix).\(name)")
            if let dot = prefix.lastIndex(of: ".") { prefix = prefix[..<dot] } else { prefix = "" }
        }
        result.append(name)
        return result
    }

    /// Plans a parsed expression without type checking: names are resolved at run time and
    /// overloads are chosen by the run-time types of the arguments.
    public func program(for parsed: ParsedExpr) -> CELProgram {
        var planner = Planner(environment: self)
        let root = planner.plan(parsed.expr)
        return CELProgram(root: root, slotCount: planner.slotCount, resultType: .dyn, options: options, parsed: parsed)
    }
}
