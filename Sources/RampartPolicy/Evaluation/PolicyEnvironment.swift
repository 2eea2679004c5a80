public import CEL


/// The CEL environment rules compile in: the ValidatingAdmissionPolicy variables (`object`,
/// `oldObject`, `request`, `params`, `namespaceObject`, `variables`), `item` for message
/// expressions, `objects` for project-wide rules, and the Kubernetes CEL libraries.
public enum PolicyEnvironment {
    /// Variable names every rule may read.
    public static let variableNames = ["object", "oldObject", "request", "params", "namespaceObject", "variables", "item", "objects"]

    /// The environment used for built-in and user rules.
    public static let standard: CELEnvironment = CELEnvironment(
        libraries: CELEnvironment.defaultLibraries,
        variables: variableNames.map { CELVariable($0, .dyn) })
}
