public import CEL
public import CELSyntax

/// The Kubernetes base CEL environment (`k8s.io/apiserver/pkg/cel/environment`), as used by
/// ValidatingAdmissionPolicy and CRD validation rules: the standard library, optionals, the cel-go
/// strings (v2), sets and lists (v3) extensions, and the Kubernetes URL, regex, lists, quantity,
/// IP, CIDR, format and semver (v1) libraries, plus compile-time validation of constant literals.
///
/// ```swift
/// let env = KubernetesEnvironment.environment(variables: [CELVariable("object", .dyn)])
/// let program = try KubernetesEnvironment.compile("object.spec.replicas <= 5", in: env)
/// ```
public enum KubernetesEnvironment {
    /// The libraries of the base environment, in Kubernetes' order.
    public static func libraries(semverVersion: Int = KubernetesSemverLibrary.latestVersion) -> [any CELLibrary] {
        [
            CELStandardLibrary(), CELOptionalLibrary(), KubernetesURLLibrary(), KubernetesRegexLibrary(),
            KubernetesListsLibrary(), KubernetesQuantityLibrary(), CELStringsExtension(version: 2), CELSetsExtension(),
            KubernetesIPLibrary(), KubernetesCIDRLibrary(), KubernetesFormatLibrary(),
            KubernetesSemverLibrary(version: semverVersion), CELListsExtension(version: 3),
        ]
    }

    /// The ValidatingAdmissionPolicy variables (`object`, `oldObject`, `request`, `params`,
    /// `namespaceObject`, `variables`), all `dyn`. `authorizer` is not declared: the authorizer
    /// library is not implemented.
    public static let admissionVariables: [CELVariable] = [
        "object", "oldObject", "request", "params", "namespaceObject", "variables",
    ].map { CELVariable($0, .dyn) }

    /// An environment with the base libraries and the given declarations.
    public static func environment(
        variables: [CELVariable] = [], functions: [CELFunction] = [], options: CELOptions = CELOptions()
    ) -> CELEnvironment {
        CELEnvironment(libraries: libraries(), variables: variables, functions: functions, options: options)
    }

    /// Parses, validates constant literals (see ``LiteralValidator``), type-checks and plans.
    /// - Throws: ``CELCompileError`` with syntax, literal and type problems, positioned.
    public static func compile(_ text: String, in environment: CELEnvironment, sourceName: String = "<input>")
        throws(CELCompileError) -> CELProgram
    {
        let parsed: ParsedExpr
        do throws(ParseFailure) {
            parsed = try Parser(options: environment.parserOptions).parse(text, sourceName: sourceName)
        } catch {
            throw CELCompileError(issues: error.issues, source: error.source)
        }
        let issues = LiteralValidator.validate(parsed)
        if !issues.isEmpty { throw CELCompileError(issues: issues, source: parsed.source) }
        return try environment.compile(parsed)
    }
}
