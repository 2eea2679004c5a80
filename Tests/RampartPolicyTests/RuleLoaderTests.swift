import RampartCore
import RampartPolicy
import Testing

@Suite struct RuleLoaderTests {
    @Test func unknownKeysAndMissingFieldsAreErrorsWithPositions() throws {
        let error = try #require(throws: RuleError.self) {
            try PolicyFixtures.rule(
                "id: X-1\ntitle: t\nseverity: high\nmatch: {platform: kubernetes}\nvalidation: []\n")
        }
        #expect(error.range?.start.line == 5)
        #expect(error.message.contains("unknown key 'validation'"))
        let severity = try #require(throws: RuleError.self) {
            try PolicyFixtures.rule(
                "id: X-1\ntitle: t\nseverity: urgent\nmatch: {platform: kubernetes}\nvalidations: [{expression: 'true'}]\n"
            )
        }
        #expect(severity.range?.start.line == 3)
    }

    @Test func validatingAdmissionPolicyLoadsAsARule() throws {
        let rule = try PolicyFixtures.rule(
            """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata:
              name: demo-replica-limit
              annotations:
                rampart.dev/severity: high
            spec:
              matchConstraints:
                resourceRules:
                  - apiGroups: ["apps"]
                    apiVersions: ["v1"]
                    operations: ["CREATE", "UPDATE"]
                    resources: ["deployments"]
              validations:
                - expression: "object.spec.replicas <= 5"
                  message: too many replicas
            """)
        #expect(rule.metadata.id == "demo-replica-limit")
        #expect(rule.metadata.severity == .high)
        #expect(rule.match.kinds == ["Deployment"])
        #expect(rule.match.apiGroups == ["apps"])
        let policies = try #require(PolicySet.compile([rule]).0 as PolicySet?)
        let resource = try #require(
            PolicyFixtures.resources(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 8}\n"
            ).first)
        #expect(policies.evaluate(resource).findings.map(\.message) == ["too many replicas"])
    }
}
