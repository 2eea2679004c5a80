import RampartCore
import RampartPolicy
import Testing

@Suite struct PolicyEvaluationTests {
    static let privilegedRule = """
        id: TEST-0001
        title: Container runs privileged
        severity: high
        description: d
        remediation: r
        match:
          platform: kubernetes
          kinds: [Pod, Deployment]
        validations:
          - expression: "variables.containers.filter(c, has(c.securityContext) && has(c.securityContext.privileged) && c.securityContext.privileged)"
            fieldPath: securityContext.privileged
            messageExpression: "'container ' + item.name + ' runs privileged'"
        """

    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              initContainers:
                - name: init
                  image: busybox
                  securityContext:
                    privileged: true
              containers:
                - name: app
                  image: nginx
                  securityContext:
                    privileged: false
                - name: sidecar
                  image: envoy
                  securityContext:
                    privileged: true
        """

    @Test func listResultsLandOnEachOffendingNode() throws {
        let policies = try PolicyFixtures.policies(Self.privilegedRule)
        let resource = try #require(PolicyFixtures.resources(Self.deployment).first)
        let evaluation = policies.evaluate(resource)
        #expect(evaluation.diagnostics.isEmpty)
        let findings = evaluation.findings.sorted { $0.location!.start.line < $1.location!.start.line }
        #expect(findings.map { $0.location!.start.line } == [12, 21])
        #expect(findings.map { $0.location!.start.column } == [25, 25])
        #expect(
            findings.map(\.message)
                == ["container sidecar runs privileged", "container init runs privileged"].reversed())
        #expect(findings.allSatisfy { $0.resource == "Deployment/web" && $0.severity == .high })
    }

    @Test func booleanFalseUsesFieldPathOrNearestAncestor() throws {
        let policies = try PolicyFixtures.policies(
            """
            id: TEST-0002
            title: Host network
            severity: medium
            match: {platform: kubernetes, kinds: [Pod]}
            validations:
              - expression: "!has(object.spec.hostNetwork) || object.spec.hostNetwork == false"
                fieldPath: spec.hostNetwork
              - expression: "has(object.metadata.labels)"
                fieldPath: metadata.labels
            """)
        let resource = try #require(
            PolicyFixtures.resources(
                """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                spec:
                  hostNetwork: true
                  containers: []
                """
            ).first)
        let lines = policies.evaluate(resource).findings.compactMap { $0.location?.start.line }.sorted()
        #expect(lines == [3, 6])
    }

    @Test func evaluationErrorsAreDiagnosticsNotFindings() throws {
        let policies = try PolicyFixtures.policies(
            """
            id: TEST-0003
            title: Unguarded field
            severity: low
            match: {platform: kubernetes}
            validations:
              - expression: "object.spec.missing == 1"
            """)
        let resource = try #require(
            PolicyFixtures.resources("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n").first)
        let evaluation = policies.evaluate(resource)
        #expect(evaluation.findings.isEmpty)
        #expect(evaluation.diagnostics.count == 1)
    }

    @Test func compileErrorsPointIntoTheRuleFile() throws {
        let (_, errors) = PolicySet.compile([
            try PolicyFixtures.rule(
                """
                id: TEST-0004
                title: Broken
                severity: low
                match: {platform: kubernetes}
                validations:
                  - expression: "object.spec.( == 1"
                """)
        ])
        let error = try #require(errors.first)
        #expect(error.range?.file == "rule.yaml")
        #expect(error.range?.start.line == 6)
        #expect((error.range?.start.column ?? 0) > 17)
    }

    @Test func kindsAndPlatformsFilterRules() throws {
        let policies = try PolicyFixtures.policies(Self.privilegedRule)
        let service = try #require(
            PolicyFixtures.resources("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n").first)
        #expect(policies.evaluate(service).findings.isEmpty)
    }

    @Test func variablesEvaluateInOrderAndSeeEarlierOnes() throws {
        let policies = try PolicyFixtures.policies(
            """
            id: TEST-0005
            title: Too many replicas
            severity: low
            match: {platform: kubernetes, kinds: [Deployment]}
            variables:
              - name: replicas
                expression: "has(object.spec.replicas) ? object.spec.replicas : 1"
              - name: tooMany
                expression: "variables.replicas > 5"
            validations:
              - expression: "!variables.tooMany"
                messageExpression: "'replicas: ' + string(variables.replicas)"
            """)
        let resource = try #require(
            PolicyFixtures.resources(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 9\n"
            ).first)
        let findings = policies.evaluate(resource).findings
        #expect(findings.map(\.message) == ["replicas: 9"])
        #expect(findings.first?.location?.start.line == 1)
    }

    @Test func nullFieldsOfKubernetesObjectsAreAbsentAsInTheAPIServer() throws {
        let policies = try PolicyFixtures.policies(
            """
            id: TEST-0006
            title: No privileged
            severity: high
            match: {platform: kubernetes, kinds: [Pod]}
            validations:
              - expression: "variables.containers.filter(c, has(c.securityContext) && c.securityContext.privileged == true)"
            """)
        let resource = try #require(
            PolicyFixtures.resources(
                """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  labels:
                spec:
                  containers:
                    - name: a
                      securityContext:
                    - name: b
                      securityContext:
                        privileged: true
                """
            ).first)
        let evaluation = policies.evaluate(resource)
        #expect(evaluation.diagnostics.isEmpty)
        #expect(evaluation.findings.compactMap { $0.location?.start.line } == [10])
    }
}

@Suite struct ProjectRuleTests {
    static let rule = """
        id: TEST-0100
        title: Namespace without NetworkPolicy
        severity: medium
        match: {platform: kubernetes, scope: project, kinds: [Namespace, NetworkPolicy]}
        validations:
          - expression: >-
              objects.filter(n, n.kind == 'Namespace' && !objects.exists(p, p.kind == 'NetworkPolicy'
              && has(p.metadata.namespace) && p.metadata.namespace == n.metadata.name))
            messageExpression: "'namespace ' + item.metadata.name + ' has no NetworkPolicy'"
        """

    @Test func findingsLandOnTheReturnedResources() throws {
        let policies = try PolicyFixtures.policies(Self.rule)
        let resources = PolicyFixtures.resources(
            """
            apiVersion: v1
            kind: Namespace
            metadata: {name: open}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: closed}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny, namespace: closed}
            spec: {podSelector: {}}
            """)
        #expect(resources.allSatisfy(policies.keepsForProject))
        let evaluation = policies.evaluateProject(resources)
        #expect(evaluation.diagnostics.isEmpty)
        #expect(evaluation.findings.map(\.message) == ["namespace open has no NetworkPolicy"])
        #expect(evaluation.findings.first?.location?.start.line == 1)
        #expect(evaluation.findings.first?.resource == "Namespace/open")
    }

    @Test func falseWithoutAPlaceIsADiagnostic() throws {
        let policies = try PolicyFixtures.policies(
            """
            id: TEST-0101
            title: Needs a policy
            severity: low
            match: {platform: kubernetes, scope: project}
            validations:
              - expression: "objects.exists(o, o.kind == 'NetworkPolicy')"
            """)
        let evaluation = policies.evaluateProject(
            PolicyFixtures.resources("apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n"))
        #expect(evaluation.findings.isEmpty)
        #expect(evaluation.diagnostics.count == 1)
    }
}
