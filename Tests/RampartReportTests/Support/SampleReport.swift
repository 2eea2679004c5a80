import RampartCore
import RampartReport

/// A realistic scan of a small repository: several files, every severity, a suppressed finding,
/// two secrets on neighbouring lines, an image finding without location, a finding whose span is
/// unknown, diagnostics, and non-ASCII text in paths and messages.
enum SampleReport {
    static let webYAML = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
        spec:
          template:
            spec:
              hostNetwork: true  # rampart:ignore:RMP-K8S-0005 load balancer health checks need it
              containers:
                - name: app
                  image: nginx:1.25
                  securityContext:
                    privileged: true
                    runAsUser: 0

        """

    static let appEnv = """
        # service settings
        LOG_LEVEL=debug
        AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
        AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
        REGION=eu-west-1

        """

    static let dockerfile = """
        FROM node:latest
        RUN apt-get update && apt-get install -y curl
        USER root
        CMD ["node", "server.js"]

        """

    /// The raw secrets the report must never print.
    static let rawSecrets = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]

    /// The scanned files, for code frames.
    static let sources = SourceLineReader.inMemory([
        "deploy/web.yaml": webYAML, "config/app.env": appEnv, "Dockerfile": dockerfile,
    ])

    static func range(_ file: String, _ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(file: file, span: SourceSpan(line: line, column: column, endLine: endLine, endColumn: endColumn))
    }

    static let rules: [String: RuleMetadata] = {
        let list = [
            RuleMetadata(
                id: "RMP-K8S-0001", title: "Container runs privileged", severity: .high,
                description: "A privileged container has every capability of the host.",
                remediation: "Set securityContext.privileged to false.",
                references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
                aliases: ["CKV_K8S_16", "AVD-KSV-0017"], frameworks: ["pss": "baseline", "cis-kubernetes": "5.2.1"],
                platform: "kubernetes", tags: ["pod-security"]
            ),
            RuleMetadata(
                id: "RMP-K8S-0002", title: "Container runs as root", severity: .medium,
                description: "Root in a container is root on the host when it escapes.",
                remediation: "Set runAsNonRoot: true and a non-zero runAsUser.",
                references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
                aliases: ["CKV_K8S_23"], frameworks: ["pss": "restricted"], platform: "kubernetes"
            ),
            RuleMetadata(
                id: "RMP-K8S-0003", title: "Container has no resource limits", severity: .low,
                description: "Without limits one container can starve its neighbours.",
                remediation: "Set resources.limits.cpu and resources.limits.memory.", platform: "kubernetes"
            ),
            RuleMetadata(
                id: "RMP-K8S-0005", title: "Pod uses the host network", severity: .critical,
                description: "hostNetwork exposes the node's interfaces to the pod.",
                remediation: "Remove hostNetwork: true.", aliases: ["CKV_K8S_19"], frameworks: ["pss": "baseline"],
                platform: "kubernetes"
            ),
            RuleMetadata(
                id: "RMP-K8S-0010", title: "Chart values allow privilege escalation", severity: .medium,
                description: "allowPrivilegeEscalation lets a process gain more privileges than its parent.",
                remediation: "Set allowPrivilegeEscalation to false.", platform: "helm"
            ),
            RuleMetadata(
                id: "RMP-SEC-0001", title: "AWS access key ID", severity: .critical,
                description: "An AWS access key ID is committed in plain text.",
                remediation: "Revoke the key and load it from a secret store.", platform: "secret"
            ),
            RuleMetadata(
                id: "RMP-SEC-0002", title: "AWS secret access key", severity: .critical,
                description: "An AWS secret access key is committed in plain text.",
                remediation: "Revoke the key and load it from a secret store.", platform: "secret"
            ),
            RuleMetadata(
                id: "RMP-DF-0001", title: "Base image uses the latest tag", severity: .low,
                description: "A moving tag makes builds unreproducible.",
                remediation: "Pin the image by version and digest.",
                references: ["https://docs.docker.com/build/building/best-practices/"], platform: "dockerfile"
            ),
            RuleMetadata(
                id: "RMP-DF-0002", title: "Last USER is root", severity: .medium,
                description: "The container's main process runs as root.",
                remediation: "Add USER with a non-root user.",
                platform: "dockerfile"
            ),
            RuleMetadata(
                id: "CVE-2026-12345", title: "nginx: heap overflow in the HTTP/3 module", severity: .high,
                description: "A crafted QUIC packet overflows a heap buffer.", remediation: "Upgrade nginx to 1.25.5.",
                references: ["https://nvd.nist.gov/vuln/detail/CVE-2026-12345"], platform: "debian"
            ),
            // RMP-DF-0003 is left out on purpose: formats must describe it from its finding.
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
    }()

    static let findings: [Finding] = [
        Finding(
            kind: .misconfiguration, ruleID: "RMP-K8S-0001", severity: .high, title: "Container runs privileged",
            target: "deploy/web.yaml", resource: "Deployment/default/web",
            location: range("deploy/web.yaml", 14, 13, 14, 29),
            message: "container \"app\" runs privileged", evidence: "privileged: true"
        ),
        Finding(
            kind: .misconfiguration, ruleID: "RMP-K8S-0002", severity: .medium, title: "Container runs as root",
            target: "deploy/web.yaml", resource: "Deployment/default/web",
            location: range("deploy/web.yaml", 15, 24, 15, 25),
            message: "container \"app\" runs as UID 0"
        ),
        Finding(
            kind: .misconfiguration, ruleID: "RMP-K8S-0003", severity: .low, title: "Container has no resource limits",
            target: "deploy/web.yaml", resource: "Deployment/default/web",
            location: range("deploy/web.yaml", 11, 11, 16, 1),
            message: "container \"app\" sets no CPU or memory limit"
        ),
        Finding(
            kind: .misconfiguration, ruleID: "RMP-K8S-0005", severity: .critical, title: "Pod uses the host network",
            target: "deploy/web.yaml", resource: "Deployment/default/web",
            location: range("deploy/web.yaml", 9, 7, 9, 24),
            message: "hostNetwork is true",
            status: .suppressed(
                Suppression(
                    source: .inline, reason: "load balancer health checks need it",
                    location: range("deploy/web.yaml", 9, 26, 9, 90), marker: "rampart:ignore:RMP-K8S-0005"
                ))
        ),
        Finding(
            kind: .misconfiguration, ruleID: "RMP-K8S-0010", severity: .medium,
            title: "Chart values allow privilege escalation",
            target: "charts/café app/values.yaml",
            location: SourceRange(file: "charts/café app/values.yaml", span: .unknown),
            message: "Wert «allowPrivilegeEscalation» ist wahr — 容器可提权 ✗"
        ),
        Finding(
            kind: .secret, ruleID: "RMP-SEC-0001", severity: .critical, title: "AWS access key ID",
            target: "config/app.env", location: range("config/app.env", 3, 19, 3, 39),
            message: "AWS access key ID in AWS_ACCESS_KEY_ID", evidence: "AKIA****************",
            fingerprintContent: "AKIAIOSFODNN7EXAMPLE"
        ),
        Finding(
            kind: .secret, ruleID: "RMP-SEC-0002", severity: .critical, title: "AWS secret access key",
            target: "config/app.env", location: range("config/app.env", 4, 23, 4, 63),
            message: "AWS secret access key in AWS_SECRET_ACCESS_KEY",
            evidence: "wJal************************************",
            fingerprintContent: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        ),
        Finding(
            kind: .misconfiguration, ruleID: "RMP-DF-0001", severity: .low, title: "Base image uses the latest tag",
            target: "Dockerfile", resource: "stage 0", location: range("Dockerfile", 1, 6, 1, 17),
            message: "FROM node:latest is not pinned"
        ),
        Finding(
            kind: .misconfiguration, ruleID: "RMP-DF-0002", severity: .medium, title: "Last USER is root",
            target: "Dockerfile", resource: "stage 0", location: range("Dockerfile", 3, 1, 3, 10),
            message: "the final stage runs as root"
        ),
        Finding(
            kind: .misconfiguration, ruleID: "RMP-DF-0003", severity: .info, title: "No HEALTHCHECK instruction",
            target: "Dockerfile", resource: "stage 0", location: range("Dockerfile", 1, 1, 1, 1),
            message: "the image declares no HEALTHCHECK"
        ),
        Finding(
            kind: .vulnerability, ruleID: "CVE-2026-12345", severity: .high,
            title: "nginx: heap overflow in the HTTP/3 module",
            target: "nginx:1.25", resource: "pkg:deb/debian/nginx@1.25.3",
            message: "nginx 1.25.3 is affected; fixed in 1.25.5"
        ),
    ]

    static let diagnostics: [Diagnostic] = [
        Diagnostic(
            .syntaxError, "mapping values are not allowed here; fix the indentation",
            at: range("deploy/broken.yaml", 3, 5, 3, 6)),
        Diagnostic(.binaryFile, "binary file skipped", level: .note, file: "assets/logo.png"),
        Diagnostic(
            .duplicateKey, "key \"image\" appears twice; the last one wins", level: .warning,
            at: range("deploy/web.yaml", 12, 11, 12, 16)),
    ]

    static let report = ScanReport(
        tool: .init(version: "0.3.0"), target: "deploy-repo", scanners: ["config", "secret", "vuln"],
        createdAt: "2026-11-29T09:00:00Z", findings: findings, rules: rules, diagnostics: diagnostics,
        scannedFiles: 40, scannedResources: 95
    )

    /// The context the snapshots use: no terminal, 100 columns, in-memory sources.
    static let context = ReportContext(
        isTerminal: false, terminalWidth: 100, sourceLines: sources, sourceRoot: "/src/deploy-repo"
    )
}
