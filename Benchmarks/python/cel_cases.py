"""The benchmark cases shared by the Swift and Python runners (same expressions, same data)."""

def pod(containers=10):
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "web-7d9f8c6b5-x2kq9", "namespace": "shop", "labels": {"app": "web"}},
        "spec": {
            "containers": [
                {
                    "name": f"c{i}",
                    "image": f"registry.example.com/shop/c{i}:1.{i}.0",
                    "securityContext": {"runAsNonRoot": True, "allowPrivilegeEscalation": False},
                    "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}},
                }
                for i in range(containers)
            ]
        },
    }

CASES = [
    ("all_containers_nonroot", "object.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true)", {"object": pod()}),
    ("name_matches_regex", "object.metadata.name.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$')", {"object": pod()}),
    ("map_filter_1000", "items.map(x, x * 2).filter(x, x % 3 == 0).size() > 100", {"items": list(range(1000))}),
]

COMPILE_200 = (
    "object.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true "
    "&& c.image.startsWith('registry.example.com/') && !c.image.endsWith(':latest') "
    "&& size(c.name) < 64) && object.metadata.namespace != 'default'"
)
