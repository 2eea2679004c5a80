import Foundation
import RampartCore
import RampartScanner
import Testing

/// Findings land at the exact `file:line` of the offending node, across multi-document streams,
/// `List` kinds, JSON manifests and multi-stage Dockerfiles.
@Suite struct FindingPositionTests {
    static let multiDocument = """
        # first document: a Deployment
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              hostNetwork: true
              containers:
                - name: app
                  image: nginx:1.25
                  securityContext:
                    privileged: true
                - name: sidecar
                  image: envoyproxy/envoy:v1.30.1
                  ports:
                    - containerPort: 80
                      hostPort: 80
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: second
        spec:
          hostPID: true
          containers:
            - name: app
              image: busybox:1.36
              securityContext:
                privileged: true

        """

    @Test func multiDocumentPositions() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("k8s/web.yaml", Self.multiDocument)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.lines(of: "RMP-K8S-0002", in: "k8s/web.yaml") == [13])
        #expect(report.lines(of: "RMP-K8S-0005", in: "k8s/web.yaml") == [18, 35])
        #expect(report.lines(of: "RMP-K8S-0008", in: "k8s/web.yaml") == [21])
        #expect(report.lines(of: "RMP-K8S-0003", in: "k8s/web.yaml") == [30])
        let privileged = report.findings.filter { $0.ruleID == "RMP-K8S-0005" }
        #expect(privileged.map(\.location?.file) == ["k8s/web.yaml", "k8s/web.yaml"])
        #expect(privileged.allSatisfy { ($0.location?.start.column ?? 0) >= 13 }, "\(privileged.map(\.location))")
        #expect(Set(privileged.compactMap(\.resource)).count == 2, "each finding names its own resource")
    }

    @Test func listKindItemsAreResources() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "list.yaml",
            """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Pod
                metadata:
                  name: one
                spec:
                  containers:
                    - name: app
                      image: nginx:1.25
                      securityContext:
                        privileged: true
              - apiVersion: v1
                kind: Pod
                metadata:
                  name: two
                spec:
                  hostPID: true
                  containers:
                    - name: app
                      image: nginx:1.25

            """)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.lines(of: "RMP-K8S-0005", in: "list.yaml") == [13])
        #expect(report.lines(of: "RMP-K8S-0003", in: "list.yaml") == [19])
        #expect(report.scannedResources >= 2)
    }

    @Test func jsonManifestAndJsonList() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "pod.json",
            """
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {"name": "json-pod"},
              "spec": {
                "hostIPC": true,
                "containers": [
                  {
                    "name": "app",
                    "image": "nginx:1.25",
                    "securityContext": {
                      "privileged": true
                    }
                  }
                ]
              }
            }

            """)
        try tree.write(
            "list.json",
            """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"},
               "spec": {"containers": [{"name": "app", "image": "nginx:1.25",
                 "securityContext": {"privileged": true}}]}}
            ]}

            """)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.lines(of: "RMP-K8S-0005", in: "pod.json") == [12])
        #expect(report.lines(of: "RMP-K8S-0004", in: "pod.json") == [6])
        #expect(report.lines(of: "RMP-K8S-0005", in: "list.json") == [4])
    }

    @Test func multiStageDockerfilePositions() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "svc/Dockerfile",
            """
            FROM golang:1.22 AS build
            RUN go build -o /out/app .

            FROM debian:latest
            RUN apt-get update && \\
                apt-get install -y curl
            COPY --from=build /out/app /app
            USER root
            CMD ["/app"]

            """)
        let report = await ScanHarness.scan(tree.root)
        #expect(report.lines(of: "RMP-DF-0003", in: "svc/Dockerfile") == [4])
        #expect(report.lines(of: "RMP-DF-0009", in: "svc/Dockerfile") == [5])
        #expect(report.lines(of: "RMP-DF-0001", in: "svc/Dockerfile") == [8])
        #expect(report.lines(of: "RMP-DF-0002", in: "svc/Dockerfile").isEmpty, "the final stage does set USER")
    }

    @Test func compliantManifestHasNoHighFindings() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "ok.yaml",
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: ok
            spec:
              containers:
                - name: app
                  image: nginx:1.25
                  securityContext:
                    privileged: false

            """)
        let report = await ScanHarness.scan(tree.root)
        for rule in ["RMP-K8S-0002", "RMP-K8S-0003", "RMP-K8S-0004", "RMP-K8S-0005", "RMP-K8S-0008"] {
            #expect(report.lines(of: rule, in: "ok.yaml").isEmpty, "\(rule)")
        }
    }
}
