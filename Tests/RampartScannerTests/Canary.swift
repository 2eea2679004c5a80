/// Two well-formed files with known findings, placed beside bad inputs to prove the rest of the
/// tree is still scanned.
enum Canary {
    /// A Pod whose container runs privileged: RMP-K8S-0005 at line 10.
    static let podPath = "good/pod.yaml"
    static let pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: canary
        spec:
          containers:
            - name: app
              image: nginx:1.25
              securityContext:
                privileged: true

        """
    static let podRule = "RMP-K8S-0005"
    static let podLine = 10

    /// A Dockerfile built on `python:latest`: RMP-DF-0003 at line 1.
    static let dockerfilePath = "good/Dockerfile"
    static let dockerfile = """
        FROM python:latest
        USER 1000
        CMD ["python"]

        """
    static let dockerfileRule = "RMP-DF-0003"
    static let dockerfileLine = 1

    /// Writes both canaries into `tree`.
    static func plant(in tree: TemporaryTree) throws {
        try tree.write(podPath, pod)
        try tree.write(dockerfilePath, dockerfile)
    }
}
