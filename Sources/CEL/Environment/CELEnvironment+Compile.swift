public import CELSyntax

/// Compilation failed: syntax errors, undeclared names, wrong arguments … with positions.
public struct CELCompileError: Error, Sendable, CustomStringConvertible {
    /// The problems, in source order; never empty.
    public var issues: [CELIssue]
    /// The expression's source.
    public var source: Source

    /// Creates a failure.
    public init(issues: [CELIssue], source: Source) {
        self.issues = issues
        self.source = source
    }

    /// All issues rendered cel-go style (`ERROR: <input>:1:5: message`, the line, a caret).
    public var description: String { issues.map { $0.render(in: source) }.joined(separator: "\n") }
}

extension CELIssue.Code {
    /// A name that is neither declared nor bound in scope.
    public static let undeclaredReference = CELIssue.Code(rawValue: "undeclared-reference")
    /// No overload of a function accepts the argument types.
    public static let noMatchingOverload = CELIssue.Code(rawValue: "no-matching-overload")
    /// A value of the wrong type (a non-bool condition, a mixed-type aggregate …).
    public static let typeMismatch = CELIssue.Code(rawValue: "type-mismatch")
    /// A limit of the environment was exceeded at compile time (comprehension nesting …).
    public static let limitExceeded = CELIssue.Code(rawValue: "limit-exceeded")
}

extension CELEnvironment {
    /// The parser options implied by this environment: macros on or off, and besides the default
    /// macros (``CELSyntax/Macro/all``) the opt-in ones that a library names in
    /// ``CELLibrary/macros``.
    public var parserOptions: ParserOptions {
        var parserOptions = ParserOptions()
        parserOptions.enableMacros = options.enableMacros
        let requested = Set(libraries.flatMap(\.macros))
        let known = Set(parserOptions.macros.map(\.name))
        parserOptions.macros += Macro.optionals.filter { requested.contains($0.name) && !known.contains($0.name) }
        return parserOptions
    }

    /// Parses, checks (when ``CELOptions/typeCheck`` is on) and plans an expression.
    /// - Throws: ``CELCompileError`` with every syntax or type problem found.
    public func compile(_ text: String, sourceName: String = "<input>") throws(CELCompileError) -> CELProgram {
        let parsed: ParsedExpr
        do throws(ParseFailure) {
            parsed = try Parser(options: parserOptions).parse(text, sourceName: sourceName)
        } catch {
            throw CELCompileError(issues: error.issues, source: error.source)
        }
        return try compile(parsed)
    }

    /// Checks (when ``CELOptions/typeCheck`` is on) and plans a parsed expression.
    /// - Throws: ``CELCompileError`` with every type problem found.
    public func compile(_ parsed: ParsedExpr) throws(CELCompileError) -> CELProgram {
        var references: [Int64: CheckedReference] = [:]
        var resultType = CELType.dyn
        if options.typeCheck {
            let result = check(parsed)
            if !result.issues.isEmpty { throw CELCompileError(issues: result.issues, source: parsed.source) }
            references = result.references
            resultType = result.type
        }
        var planner = Planner(environment: self, references: references)
        let root = planner.plan(parsed.expr)
        if !planner.problems.isEmpty {
            let issues = planner.problems.map { problem in
                CELIssue(
                    code: .limitExceeded, message: problem.message, offset: parsed.offsets[problem.id],
                    in: parsed.source)
            }
            throw CELCompileError(issues: issues, source: parsed.source)
        }
        return CELProgram(
            root: root, slotCount: planner.slotCount, resultType: resultType, options: options, parsed: parsed)
    }
}
