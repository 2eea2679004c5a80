#!/usr/bin/env python3
"""Generate a deterministic tree of Kubernetes manifests and Dockerfiles for the scan benchmark.

Usage: generate_tree.py OUT_DIR [--manifests 10000] [--dockerfiles 2000] [--seed 42]

Every file is derived from a seeded random.Random, so the same arguments always give the same
bytes. The tree mixes compliant and non-compliant settings, workload kinds, multi-document YAML,
`List` kinds, JSON manifests, and single- and multi-stage Dockerfiles under several file names in
nested directories. Standard library only.
"""

import argparse
import json
import os
import random
import shutil

TEAMS = ["payments", "search", "identity", "billing", "platform", "data", "edge", "ml", "mobile", "web"]
ENVS = ["dev", "staging", "prod"]
IMAGES = [
    "nginx", "redis", "postgres", "registry.example.com/team/api", "ghcr.io/acme/worker",
    "busybox", "python", "node", "golang", "quay.io/prometheus/node-exporter",
]
TAGS = ["latest", "1.25.3", "7.2-alpine", "16.1", "v2.4.0", "3.12-slim", "20-bookworm", None]


def quote(text):
    return json.dumps(text)


class Manifests:
    """Builds one Kubernetes object at a time as YAML text (hand-written emitter, block style)."""

    def __init__(self, rng):
        self.rng = rng

    def name(self, prefix):
        return "%s-%s-%04d" % (prefix, self.rng.choice(TEAMS), self.rng.randrange(10000))

    def image(self):
        image = self.rng.choice(IMAGES)
        tag = self.rng.choice(TAGS)
        if self.rng.random() < 0.15:
            return image + "@sha256:" + "%064x" % self.rng.getrandbits(256)
        return image if tag is None else image + ":" + tag

    def container(self, indent, name, compliant):
        r = self.rng
        pad = " " * indent
        lines = [pad + "- name: " + name, pad + "  image: " + self.image()]
        if r.random() < 0.5:
            lines.append(pad + "  imagePullPolicy: " + r.choice(["Always", "IfNotPresent"]))
        if r.random() < 0.6:
            lines.append(pad + "  ports:")
            for port in range(r.randint(1, 3)):
                lines.append(pad + "    - containerPort: %d" % r.choice([80, 443, 8080, 9090, 5432, 6379]))
                if r.random() < 0.3:
                    lines.append(pad + "      hostPort: %d" % r.choice([80, 8080]))
        if r.random() < 0.5:
            lines.append(pad + "  env:")
            for index in range(r.randint(1, 4)):
                lines.append(pad + "    - name: VAR_%d" % index)
                if r.random() < 0.2:
                    lines.append(pad + "      valueFrom:")
                    lines.append(pad + "        secretKeyRef: {name: db-secret, key: password}")
                else:
                    lines.append(pad + "      value: " + quote("value-%d" % r.randrange(1000)))
        if compliant or r.random() < 0.4:
            lines.append(pad + "  resources:")
            lines.append(pad + "    requests: {cpu: %dm, memory: %dMi}" % (r.choice([50, 100, 250]), r.choice([64, 128, 256])))
            if compliant or r.random() < 0.5:
                lines.append(pad + "    limits:")
                lines.append(pad + "      cpu: \"%d\"" % r.choice([1, 2]))
                lines.append(pad + "      memory: %dMi" % r.choice([256, 512, 1024]))
        if compliant or r.random() < 0.3:
            lines.append(pad + "  livenessProbe:")
            lines.append(pad + "    httpGet: {path: /healthz, port: 8080}")
            lines.append(pad + "  readinessProbe:")
            lines.append(pad + "    tcpSocket:")
            lines.append(pad + "      port: 8080")
        if compliant:
            lines += [
                pad + "  securityContext:",
                pad + "    allowPrivilegeEscalation: false",
                pad + "    readOnlyRootFilesystem: true",
                pad + "    runAsNonRoot: true",
                pad + "    runAsUser: 10001",
                pad + "    capabilities:",
                pad + "      drop: [ALL]",
                pad + "    seccompProfile:",
                pad + "      type: RuntimeDefault",
            ]
        elif r.random() < 0.6:
            lines.append(pad + "  securityContext:")
            choice = r.random()
            if choice < 0.3:
                lines.append(pad + "    privileged: true")
            if r.random() < 0.5:
                lines.append(pad + "    allowPrivilegeEscalation: true")
            if r.random() < 0.4:
                lines.append(pad + "    runAsUser: 0")
            lines.append(pad + "    capabilities:")
            lines.append(pad + "      add: [%s]" % r.choice(["NET_ADMIN", "SYS_ADMIN", "NET_RAW", "CHOWN"]))
        if r.random() < 0.3:
            lines.append(pad + "  volumeMounts:")
            lines.append(pad + "    - name: data")
            lines.append(pad + "      mountPath: /data")
        if r.random() < 0.15:
            lines.append(pad + "  command: [\"/bin/sh\", \"-c\"]")
            lines.append(pad + "  args:")
            lines.append(pad + "    - |")
            lines.append(pad + "      echo starting")
            lines.append(pad + "      exec /app/server --port=8080")
        return lines

    def pod_spec(self, indent, compliant):
        r = self.rng
        pad = " " * indent
        lines = []
        if not compliant:
            for field in ("hostNetwork", "hostPID", "hostIPC"):
                if r.random() < 0.12:
                    lines.append(pad + field + ": true")
        if compliant or r.random() < 0.3:
            lines.append(pad + "automountServiceAccountToken: false")
        if r.random() < 0.5:
            lines.append(pad + "serviceAccountName: " + r.choice(["default", "app", "builder"]))
        if compliant:
            lines += [pad + "securityContext:", pad + "  runAsNonRoot: true", pad + "  fsGroup: 2000",
                      pad + "  seccompProfile:", pad + "    type: RuntimeDefault"]
        if r.random() < 0.2:
            lines.append(pad + "initContainers:")
            lines += self.container(indent + 2, "init", compliant)
        lines.append(pad + "containers:")
        for index in range(r.choice([1, 1, 1, 2, 3])):
            lines += self.container(indent + 2, ["app", "sidecar", "proxy"][index], compliant)
        if r.random() < 0.35:
            lines.append(pad + "volumes:")
            lines.append(pad + "  - name: data")
            if not compliant and r.random() < 0.4:
                lines.append(pad + "    hostPath:")
                lines.append(pad + "      path: " + r.choice(["/var/run/docker.sock", "/etc", "/var/log"]))
            else:
                lines.append(pad + "    emptyDir: {}")
        if r.random() < 0.2:
            lines.append(pad + "nodeSelector:")
            lines.append(pad + "  kubernetes.io/os: linux")
        return lines

    def metadata(self, name, namespace=True, labels=True):
        r = self.rng
        lines = ["metadata:", "  name: " + name]
        if namespace and r.random() < 0.8:
            lines.append("  namespace: " + r.choice(TEAMS + ["default"]))
        if labels:
            lines += ["  labels:", "    app: " + name, "    team: " + r.choice(TEAMS)]
        if r.random() < 0.05:
            lines += ["  annotations:", "    checkov.io/skip1: CKV_K8S_20=reviewed by security"]
        return lines

    def workload(self, kind):
        r = self.rng
        compliant = r.random() < 0.35
        name = self.name(kind.lower())
        api = {"Deployment": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1", "ReplicaSet": "apps/v1",
               "Job": "batch/v1", "CronJob": "batch/v1", "Pod": "v1"}[kind]
        lines = ["apiVersion: " + api, "kind: " + kind] + self.metadata(name)
        if kind == "Pod":
            lines.append("spec:")
            lines += self.pod_spec(2, compliant)
            return lines
        lines.append("spec:")
        indent = 2
        if kind == "CronJob":
            lines += ["  schedule: \"%d * * * *\"" % r.randrange(60), "  jobTemplate:", "    spec:"]
            indent = 6
        pad = " " * indent
        if kind in ("Deployment", "StatefulSet", "ReplicaSet"):
            lines.append(pad + "replicas: %d" % r.choice([1, 2, 3, 5]))
        if kind == "StatefulSet":
            lines.append(pad + "serviceName: " + name)
        if kind != "CronJob" and kind != "Job":
            lines += [pad + "selector:", pad + "  matchLabels:", pad + "    app: " + name]
        lines += [pad + "template:", pad + "  metadata:", pad + "    labels:", pad + "      app: " + name]
        if r.random() < 0.1:
            lines += [pad + "    annotations:", pad + "      container.apparmor.security.beta.kubernetes.io/app: runtime/default"]
        lines.append(pad + "  spec:")
        if kind in ("Job", "CronJob"):
            lines.append(pad + "    restartPolicy: OnFailure")
        lines += self.pod_spec(indent + 4, compliant)
        return lines

    def service(self):
        r = self.rng
        name = self.name("svc")
        lines = ["apiVersion: v1", "kind: Service"] + self.metadata(name) + ["spec:"]
        lines.append("  type: " + r.choice(["ClusterIP", "ClusterIP", "NodePort", "LoadBalancer"]))
        lines += ["  selector:", "    app: " + name, "  ports:", "    - port: 80", "      targetPort: 8080"]
        if r.random() < 0.1:
            lines += ["  externalIPs:", "    - 203.0.113.%d" % r.randrange(255)]
        return lines

    def ingress(self):
        name = self.name("ing")
        lines = ["apiVersion: networking.k8s.io/v1", "kind: Ingress"] + self.metadata(name) + ["spec:", "  ingressClassName: nginx"]
        if self.rng.random() < 0.5:
            lines += ["  tls:", "    - hosts: [%s.example.com]" % name, "      secretName: %s-tls" % name]
        return lines + [
            "  rules:", "    - host: %s.example.com" % name, "      http:", "        paths:", "          - path: /",
            "            pathType: Prefix", "            backend:", "              service:", "                name: " + name,
            "                port: {number: 80}"]

    def config_map(self):
        r = self.rng
        lines = ["apiVersion: v1", "kind: ConfigMap"] + self.metadata(self.name("cm")) + ["data:"]
        for index in range(r.randint(1, 6)):
            lines.append("  key%d: %s" % (index, quote("value %d" % r.randrange(100000))))
        lines += ["  app.properties: |", "    server.port=8080", "    feature.flag=%s" % r.choice(["true", "false"])]
        return lines

    def secret(self):
        return ["apiVersion: v1", "kind: Secret"] + self.metadata(self.name("secret")) + [
            "type: Opaque", "stringData:", "  username: admin", "  password: " + quote("p%06d" % self.rng.randrange(10 ** 6))]

    def rbac(self):
        r = self.rng
        kind = r.choice(["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"])
        cluster = kind.startswith("Cluster")
        lines = ["apiVersion: rbac.authorization.k8s.io/v1", "kind: " + kind] + self.metadata(self.name("rbac"), namespace=not cluster)
        if kind.endswith("Role"):
            lines.append("rules:")
            for _ in range(r.randint(1, 3)):
                wide = r.random() < 0.2
                lines.append("  - apiGroups: [\"%s\"]" % ("*" if wide else r.choice(["", "apps", "batch"])))
                lines.append("    resources: [%s]" % ("\"*\"" if wide else r.choice(["pods", "secrets", "deployments, pods", "configmaps"])))
                lines.append("    verbs: [%s]" % ("\"*\"" if wide else r.choice(["get, list", "get, list, watch", "create, delete", "escalate"])))
        else:
            lines += ["roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: " + ("ClusterRole" if cluster else "Role"),
                      "  name: " + r.choice(["cluster-admin", "view", "edit", "app-reader"]),
                      "subjects:", "  - kind: " + r.choice(["ServiceAccount", "Group", "User"]),
                      "    name: " + r.choice(["default", "system:anonymous", "app", "dev-team"])]
            if not cluster:
                lines.append("    namespace: default")
        return lines

    def network_policy(self):
        lines = ["apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy"] + self.metadata(self.name("np")) + [
            "spec:", "  podSelector: {}", "  policyTypes: [Ingress, Egress]"]
        if self.rng.random() < 0.5:
            lines += ["  ingress:", "    - from:", "        - namespaceSelector:", "            matchLabels:",
                      "              team: " + self.rng.choice(TEAMS)]
        return lines

    def service_account(self):
        lines = ["apiVersion: v1", "kind: ServiceAccount"] + self.metadata(self.name("sa"))
        if self.rng.random() < 0.5:
            lines.append("automountServiceAccountToken: false")
        return lines

    def namespace(self):
        return ["apiVersion: v1", "kind: Namespace"] + self.metadata(self.name("ns"), namespace=False)

    def any_object(self):
        r = self.rng.random()
        if r < 0.22:
            return self.workload("Deployment")
        if r < 0.30:
            return self.workload("StatefulSet")
        if r < 0.36:
            return self.workload("DaemonSet")
        if r < 0.42:
            return self.workload("CronJob")
        if r < 0.47:
            return self.workload("Job")
        if r < 0.54:
            return self.workload("Pod")
        if r < 0.56:
            return self.workload("ReplicaSet")
        if r < 0.66:
            return self.service()
        if r < 0.71:
            return self.ingress()
        if r < 0.78:
            return self.config_map()
        if r < 0.81:
            return self.secret()
        if r < 0.89:
            return self.rbac()
        if r < 0.94:
            return self.network_policy()
        if r < 0.97:
            return self.service_account()
        return self.namespace()


def manifest_file(gen, rng):
    """One manifest file: (extension, text)."""
    shape = rng.random()
    if shape < 0.62:
        lines = gen.any_object()
        if rng.random() < 0.3:
            lines = ["# Managed by platform team; do not edit by hand.", "---"] + lines
        return "yaml" if rng.random() < 0.8 else "yml", "\n".join(lines) + "\n"
    if shape < 0.88:
        documents = ["\n".join(gen.any_object()) for _ in range(rng.randint(2, 6))]
        text = "\n---\n".join(documents) + "\n"
        if rng.random() < 0.2:
            text = "---\n" + text
        return "yaml", text
    if shape < 0.94:
        items = [gen.any_object() for _ in range(rng.randint(2, 4))]
        lines = ["apiVersion: v1", "kind: List", "items:"]
        for item in items:
            lines.append("  - " + item[0])
            lines += ["    " + line for line in item[1:]]
        return "yaml", "\n".join(lines) + "\n"
    return "json", json_manifest(rng)


def json_manifest(rng):
    name = "json-%s-%04d" % (rng.choice(TEAMS), rng.randrange(10000))
    privileged = rng.random() < 0.4
    container = {"name": "app", "image": rng.choice(IMAGES) + ":" + (rng.choice(TAGS) or "latest"),
                 "ports": [{"containerPort": 8080}]}
    if privileged:
        container["securityContext"] = {"privileged": True, "runAsUser": 0}
    else:
        container["securityContext"] = {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                        "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}
        container["resources"] = {"limits": {"cpu": "1", "memory": "512Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}}
    obj = {"apiVersion": "apps/v1", "kind": "Deployment",
           "metadata": {"name": name, "namespace": rng.choice(TEAMS), "labels": {"app": name}},
           "spec": {"replicas": rng.choice([1, 2, 3]), "selector": {"matchLabels": {"app": name}},
                    "template": {"metadata": {"labels": {"app": name}},
                                 "spec": {"hostNetwork": rng.random() < 0.2, "containers": [container]}}}}
    if rng.random() < 0.3:
        obj = {"apiVersion": "v1", "kind": "List", "items": [obj, {"apiVersion": "v1", "kind": "Service",
               "metadata": {"name": name}, "spec": {"selector": {"app": name}, "ports": [{"port": 80}]}}]}
    return json.dumps(obj, indent=2) + "\n"


BASES = ["debian:bookworm", "ubuntu:22.04", "ubuntu", "alpine:3.19", "python:3.12-slim", "node:20", "golang:1.22",
         "nginx:latest", "gcr.io/distroless/static:nonroot", "registry.example.com/base/runtime:2.1"]


def dockerfile(rng):
    lines = []
    if rng.random() < 0.2:
        lines.append("# syntax=docker/dockerfile:1.6")
    if rng.random() < 0.4:
        lines.append("ARG BASE_VERSION=%s" % rng.choice(["3.19", "22.04", "bookworm"]))
    multi = rng.random() < 0.45
    if multi:
        lines += ["FROM %s AS builder" % rng.choice(["golang:1.22", "node:20", "python:3.12", "rust:1.77"]),
                  "WORKDIR /src", "COPY . ."]
        lines += build_runs(rng)
        lines += ["RUN make build", ""]
    base = rng.choice(BASES)
    lines.append("FROM %s%s" % ("--platform=linux/amd64 " if rng.random() < 0.1 else "", base))
    if rng.random() < 0.3:
        lines.append("MAINTAINER ops@example.com")
    if rng.random() < 0.5:
        lines.append("LABEL org.opencontainers.image.source=\"https://example.com/repo\" team=%s" % rng.choice(TEAMS))
    if rng.random() < 0.6:
        lines.append("ENV APP_HOME=/app PORT=8080")
    if rng.random() < 0.2:
        lines.append("ENV AWS_SECRET_ACCESS_KEY=notreallyasecret")
    lines += build_runs(rng)
    if rng.random() < 0.25:
        lines += ["RUN <<EOF", "set -e", "apt-get update", "apt-get install -y --no-install-recommends ca-certificates",
                  "rm -rf /var/lib/apt/lists/*", "EOF"]
    if multi:
        lines.append("COPY --from=builder /src/bin/app /usr/local/bin/app")
    if rng.random() < 0.3:
        lines.append("ADD %s /opt/" % rng.choice(["https://example.com/tool.tar.gz", "vendor.tar.gz", "config/"]))
    else:
        lines.append("COPY --chown=1000:1000 . /app")
    if rng.random() < 0.2:
        lines.append("WORKDIR app")
    if rng.random() < 0.5:
        lines.append("EXPOSE %s" % rng.choice(["8080", "22", "80 443"]))
    if rng.random() < 0.55:
        lines.append("USER %s" % rng.choice(["10001", "app", "nobody", "root"]))
    if rng.random() < 0.5:
        lines.append("HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/healthz || exit 1")
    if rng.random() < 0.5:
        lines.append('ENTRYPOINT ["/usr/local/bin/app"]')
    lines.append(rng.choice(['CMD ["--port", "8080"]', "CMD /usr/local/bin/app --serve", 'CMD ["app"]']))
    return "\n".join(lines) + "\n"


def build_runs(rng):
    runs = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.3:
            recommends = " --no-install-recommends" if rng.random() < 0.5 else ""
            pin = "=7.88.1-10" if rng.random() < 0.3 else ""
            runs.append("RUN apt-get update && \\\n    apt-get install -y%s curl%s git \\\n    && rm -rf /var/lib/apt/lists/*"
                        % (recommends, pin) if rng.random() < 0.5 else "RUN apt-get update && apt-get install -y%s curl%s" % (recommends, pin))
        elif kind < 0.45:
            runs.append("RUN apk add %s curl%s" % ("--no-cache" if rng.random() < 0.5 else "", "=8.5.0-r0" if rng.random() < 0.3 else ""))
        elif kind < 0.6:
            runs.append("RUN pip install %s requests%s flask" % ("--no-cache-dir" if rng.random() < 0.5 else "", "==2.31.0" if rng.random() < 0.4 else ""))
        elif kind < 0.7:
            runs.append("RUN npm install %s express" % ("--production" if rng.random() < 0.5 else ""))
        elif kind < 0.8:
            runs.append("RUN curl -fsSL https://example.com/install.sh | %s" % rng.choice(["sh", "bash", "sudo bash"]))
        elif kind < 0.88:
            runs.append("RUN wget -q https://example.com/a.tgz && curl -O https://example.com/b.tgz")
        elif kind < 0.94:
            runs.append("RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt")
        else:
            runs.append("RUN cd /tmp && yum install -y httpd && chmod 777 /tmp/app")
    return runs


DOCKERFILE_NAMES = ["Dockerfile", "Dockerfile", "Dockerfile", "Containerfile", "Dockerfile.prod", "Dockerfile.dev",
                    "app.dockerfile", "build.Dockerfile"]


def directory(rng, index):
    team = TEAMS[index % len(TEAMS)]
    env = ENVS[(index // len(TEAMS)) % len(ENVS)]
    depth = rng.randint(0, 3)
    parts = [team, env] + ["svc%02d" % rng.randrange(40), "overlays", "base", "k8s"][: depth]
    return os.path.join(*parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--manifests", type=int, default=10000)
    parser.add_argument("--dockerfiles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    rng = random.Random(args.seed)
    gen = Manifests(rng)
    counts = {"yaml": 0, "yml": 0, "json": 0}
    total_bytes = 0
    for index in range(args.manifests):
        extension, text = manifest_file(gen, rng)
        counts[extension] += 1
        folder = os.path.join(args.out, "manifests", directory(rng, index))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "m%05d.%s" % (index, extension)), "w") as handle:
            handle.write(text)
        total_bytes += len(text)
    names = {}
    for index in range(args.dockerfiles):
        name = rng.choice(DOCKERFILE_NAMES)
        folder = os.path.join(args.out, "images", directory(rng, index), "img%04d" % index)
        os.makedirs(folder, exist_ok=True)
        text = dockerfile(rng)
        with open(os.path.join(folder, name), "w") as handle:
            handle.write(text)
        names[name] = names.get(name, 0) + 1
        total_bytes += len(text)
    print("generated %d manifests (%s) and %d Dockerfiles (%s), %.1f MB, seed %d" % (
        args.manifests, ", ".join("%d .%s" % (v, k) for k, v in sorted(counts.items())), args.dockerfiles,
        ", ".join("%d %s" % (v, k) for k, v in sorted(names.items())), total_bytes / 1e6, args.seed))


if __name__ == "__main__":
    main()
