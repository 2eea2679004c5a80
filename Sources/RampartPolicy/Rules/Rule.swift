public import RampartCore

/// A policy rule as written: metadata, what it applies to, and its CEL.
///
/// Built-in and user rules share this one format (DESIGN §4); ``RuleLoader`` reads it from YAML,
/// and also accepts Kubernetes `ValidatingAdmissionPolicy` manifests unchanged. ``PolicySet``
/// compiles rules once for evaluation.
public struct Rule: Sendable {
    public var metadata: RuleMetadata
    public var match: Match
    /// Named intermediate values, evaluated in order, visible as `variables.<name>`.
    public var variables: [Variable]
    /// The checks; each produces zero or more findings.
    public var validations: [Validation]
    /// Where the rule was read from (its `id:` line), for errors.
    public var origin: SourceRange?

    /// Creates a rule.
    public init(
        metadata: RuleMetadata, match: Match, variables: [Variable] = [], validations: [Validation],
        origin: SourceRange? = nil
    ) {
        self.metadata = metadata
        self.match = match
        self.variables = variables
        self.validations = validations
        self.origin = origin
    }

    /// What a rule applies to.
    public struct Match: Sendable, Hashable {
        /// Whether the rule judges one resource at a time or the whole scan at once.
        public enum Scope: String, Sendable, Hashable {
            case resource
            /// Evaluated once per scan with `objects` bound to every resource of the platform.
            case project
        }

        public var platform: String
        /// Resource kinds (`Deployment`); empty means every kind of the platform.
        public var kinds: Set<String>
        /// Kubernetes API groups (`apps`, `""` for core); empty means any.
        public var apiGroups: Set<String>
        public var scope: Scope

        /// Creates a match.
        public init(platform: String, kinds: Set<String> = [], apiGroups: Set<String> = [], scope: Scope = .resource) {
            self.platform = platform
            self.kinds = kinds
            self.apiGroups = apiGroups
            self.scope = scope
        }

        /// `true` when the rule applies to the resource.
        public func matches(_ resource: ConfigResource) -> Bool {
            guard resource.platform == platform else { return false }
            if !kinds.isEmpty, !kinds.contains(resource.kind) { return false }
            if !apiGroups.isEmpty {
                let version = resource.apiVersion ?? ""
                let group = version.contains("/") ? String(version.split(separator: "/")[0]) : ""
                if !apiGroups.contains(group) && !apiGroups.contains("*") { return false }
            }
            return true
        }
    }

    /// A named CEL expression.
    public struct Variable: Sendable, Hashable {
        public var name: String
        public var expression: Expression
        public init(name: String, expression: Expression) {
            self.name = name
            self.expression = expression
        }
    }

    /// One check.
    public struct Validation: Sendable, Hashable {
        /// Returns `true` (pass), `false` (one finding) or a list of offending values (one finding each).
        public var expression: Expression
        /// Static message; the rule title when absent.
        public var message: String?
        /// CEL producing the message; `item` is bound to the offending value for list results.
        public var messageExpression: Expression?
        /// Dot path refining where the finding points (relative to `item`, or to `object`).
        public var fieldPath: String?

        public init(
            expression: Expression, message: String? = nil, messageExpression: Expression? = nil,
            fieldPath: String? = nil
        ) {
            self.expression = expression
            self.message = message
            self.messageExpression = messageExpression
            self.fieldPath = fieldPath
        }
    }

    /// CEL source text and where it is written, so compile errors point into the rule file.
    public struct Expression: Sendable, Hashable {
        public var source: String
        /// Where the expression's text starts in the rule file.
        public var range: SourceRange?
        public init(_ source: String, range: SourceRange? = nil) {
            self.source = source
            self.range = range
        }
    }
}
