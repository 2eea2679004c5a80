public import CEL
import CELExtensions

/// The CEL environment rules compile in: the Kubernetes base environment (standard library,
/// optionals, strings v2, sets, lists v3 and the Kubernetes URL, regex, lists, quantity, IP, CIDR,
/// format and semver libraries) plus the math and encoders extensions, with the
/// ValidatingAdmissionPolicy variables (`object`, `oldObject`, `request`, `params`,
/// `namespaceObject`, `variables`), `item` for message expressions and `objects` for project-wide
/// rules.
public enum PolicyEnvironment {
    /// Variable names every rule may read.
    public static let variableNames = [
        "object", "oldObject", "request", "params", "namespaceObject", "variables", "item", "objects",
    ]

    /// The environment used for built-in and user rules.
    public static let standard: CELEnvironment = CELEnvironment(
        libraries: KubernetesEnvironment.libraries() + [CELMathExtension(), CELEncodersExtension()],
        variables: variableNames.map { CELVariable($0, .dyn) })

    /// Parses, validates constant literals as Kubernetes does, checks and plans an expression.
    public static func compile(
        _ text: String, in environment: CELEnvironment = standard, sourceName: String = "<input>"
    )
        throws(CELCompileError) -> CELProgram
    {
        try KubernetesEnvironment.compile(text, in: environment, sourceName: sourceName)
    }
}
