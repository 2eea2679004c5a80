public import Foundation

/// Locates the built-in rule data shipped as resources of this module.
public enum RuleResources {
    /// The folder holding the built-in rule files (`rules/<platform>/<id>/rule.yaml`).
    public static var rulesDirectory: URL? {
        Bundle.module.url(forResource: "Resources/rules", withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/rules")
    }
}
