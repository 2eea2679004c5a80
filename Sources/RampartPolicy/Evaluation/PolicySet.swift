public import CEL
import CELSyntax
public import RampartCore

/// A set of rules compiled once, evaluated against many resources from many tasks.
///
/// ```swift
/// let (policies, errors) = PolicySet.compile(rules)
/// let evaluation = policies.evaluate(resource)   // findings + diagnostics
/// ```
public struct PolicySet: Sendable {
    /// A rule with its compiled CEL.
    public struct CompiledRule: Sendable {
        public var rule: Rule
        var variables: [(name: String, program: CELProgram)]
        var validations: [CompiledValidation]
        /// The id and aliases, lowercased, for matching suppression markers.
        public var keys: Set<String>
    }

    struct CompiledValidation: Sendable {
        var validation: Rule.Validation
        var program: CELProgram
        var message: CELProgram?
    }

    /// The compiled rules, sorted by id.
    public let rules: [CompiledRule]
    let byID: [String: Int]
    let resourceRules: [String: [Int]]
    let projectRules: [Int]

    init(rules: [CompiledRule]) {
        self.rules = rules
        var byID: [String: Int] = [:]
        var resourceRules: [String: [Int]] = [:]
        var projectRules: [Int] = []
        for (index, compiled) in rules.enumerated() {
            byID[compiled.rule.metadata.id] = index
            if compiled.rule.match.scope == .project {
                projectRules.append(index)
            } else {
                resourceRules[compiled.rule.match.platform, default: []].append(index)
            }
        }
        self.byID = byID
        self.resourceRules = resourceRules
        self.projectRules = projectRules
    }

    /// An empty set.
    public init() { self.init(rules: []) }

    /// Compiles rules; each rule that fails yields an error naming its file, line and column and is
    /// left out.
    public static func compile(_ rules: [Rule], environment: CELEnvironment = PolicyEnvironment.standard) -> (
        PolicySet, [RuleError]
    ) {
        var compiled: [CompiledRule] = []
        var errors: [RuleError] = []
        for rule in rules.sorted(by: { $0.metadata.id < $1.metadata.id }) {
            do {
                compiled.append(try compileRule(rule, environment: environment))
            } catch {
                errors.append(error)
            }
        }
        return (PolicySet(rules: compiled), errors)
    }

    static func compileRule(_ rule: Rule, environment: CELEnvironment) throws(RuleError) -> CompiledRule {
        let variables = try rule.variables.map { variable throws(RuleError) in
            (variable.name, try program(variable.expression, rule: rule, environment: environment))
        }
        let validations = try rule.validations.map { validation throws(RuleError) in
            CompiledValidation(
                validation: validation,
                program: try program(validation.expression, rule: rule, environment: environment),
                message: try validation.messageExpression.map { expression throws(RuleError) in
                    try program(expression, rule: rule, environment: environment)
                })
        }
        let keys = Set(([rule.metadata.id] + rule.metadata.aliases).map { $0.lowercased() })
        return CompiledRule(rule: rule, variables: variables, validations: validations, keys: keys)
    }

    static func program(_ expression: Rule.Expression, rule: Rule, environment: CELEnvironment) throws(RuleError)
        -> CELProgram
    {
        do {
            return try PolicyEnvironment.compile(
                expression.source, in: environment, sourceName: expression.range?.file ?? rule.metadata.id)
        } catch {
            let issue = error.issues.first
            let range = expression.range.map {
                ExpressionPosition.map(issue?.location, in: $0, source: expression.source)
            }
            let message = error.issues.map { "\($0.message) (expression \($0.location))" }.joined(separator: "; ")
            throw RuleError(
                ruleID: rule.metadata.id, "CEL does not compile: \(message)\n\(error.description)", at: range)
        }
    }

    /// `true` when some rule judges the whole scan at once.
    public var hasProjectRules: Bool { !projectRules.isEmpty }

    /// Whether a resource must be kept for the project-wide rules.
    public func keepsForProject(_ resource: ConfigResource) -> Bool {
        projectRules.contains { rules[$0].rule.match.matches(resource) }
    }

    /// The metadata of a rule.
    public func metadata(_ id: String) -> RuleMetadata? { byID[id].map { rules[$0].rule.metadata } }

    /// The id and aliases of a rule, lowercased.
    public func ruleKeys(_ id: String) -> Set<String> { byID[id].map { rules[$0].keys } ?? [id.lowercased()] }

    /// Number of rules.
    public var count: Int { rules.count }
}

/// Maps a CEL issue's line:column inside an expression to the rule file.
enum ExpressionPosition {
    static func map(_ location: Source.Location?, in range: SourceRange, source: String) -> SourceRange {
        guard let location else { return range }
        let start = range.span.start
        let isBlock = range.span.end.line > start.line && source.contains("\n")
        let position: SourcePosition
        if isBlock {
            position = SourcePosition(line: start.line + location.line, column: location.column)
        } else if location.line == 1 {
            position = SourcePosition(line: start.line, column: start.column + location.column - 1)
        } else {
            position = SourcePosition(line: start.line + location.line - 1, column: location.column)
        }
        return SourceRange(file: range.file, span: SourceSpan(at: position))
    }
}
