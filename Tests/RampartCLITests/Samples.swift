/// Inputs shared by the CLI tests.
enum Samples {
    /// A pod with a privileged container (RMP-K8S-0005, high) at line 10.
    static let privilegedPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: nginx:1.25
              securityContext:
                privileged: true

        """

    /// A Dockerfile built on `python:latest` (RMP-DF-0003 at line 1).
    static let dockerfile = """
        FROM python:latest
        USER 1000
        CMD ["python"]

        """

    /// A custom rule requiring an owner label, with fixtures.
    static let ownerRule = """
        id: ACME-0001
        title: Deployments must set an owner label
        severity: medium
        description: Every workload needs an owner for incident routing.
        remediation: Add metadata.labels.owner.
        match:
          platform: kubernetes
          kinds: [Deployment]
        validations:
          - expression: "has(object.metadata.labels) && 'owner' in object.metadata.labels"
            fieldPath: metadata.labels
            message: workload has no owner label

        """

    static func deployment(labels: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          labels:
            \(labels)
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: acme/api:1.0

        """
    }
}
