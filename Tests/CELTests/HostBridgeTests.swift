import CEL
import Testing

@Suite struct HostBridgeTests {
    static func pod() -> (CELValue, [HostMap]) {
        let containers = (0..<3).map { index in
            HostMap(
                "container\(index)",
                [
                    ("name", .string("c\(index)")),
                    ("image", .string(index == 1 ? "nginx:latest" : "nginx:1.2")),
                    ("securityContext", .map(HostMap("sc", index == 2 ? [] : [("privileged", .bool(index == 1))]))),
                ])
        }
        let spec = HostMap("spec", [("containers", .list(HostList(containers.map { .map($0) })))])
        let object = HostMap("object", [("kind", .string("Pod")), ("spec", .map(spec))])
        return (.map(object), containers)
    }

    @Test(arguments: [
        ("object.kind == 'Pod'", true),
        ("size(object.spec.containers) == 3", true),
        ("object.spec.containers.size() == 3", true),
        ("has(object.spec.containers) && !has(object.spec.volumes)", true),
        ("object.spec.containers.all(c, has(c.securityContext))", true),
        ("object.spec.containers.exists(c, c.image.endsWith(':latest'))", true),
        (
            "object.spec.containers.exists_one(c, has(c.securityContext.privileged) && c.securityContext.privileged)",
            true
        ),
        ("'kind' in object && !('status' in object)", true),
        ("object.spec.containers[1].name == 'c1'", true),
        ("object['kind'] == 'Pod'", true),
        ("object.?status.?phase.orValue('none') == 'none'", true),
        ("object.spec.containers[2].securityContext.?privileged.hasValue() == false", true),
        ("object.spec[?'containers'].hasValue()", true),
        ("object.spec.containers.map(c, c.name) == ['c0', 'c1', 'c2']", true),
        ("object.spec.containers[0] == object.spec.containers[0]", true),
        ("object.spec.containers[0] == object.spec.containers[1]", false),
        ("object.spec.containers.map(c, c.name).filter(n, n != 'c1').size() == 2", true),
        ("object.spec.containers.all(k, v, k >= 0 && has(v.name))", true),
        ("object.exists(key, key == 'spec')", true),
    ])
    func expressions(_ text: String, _ expected: Bool) throws {
        let value = try evaluate(text, ["object": Self.pod().0])
        #expect(value.boolValue == expected, "\(text) gave \(value)")
    }

    @Test func missingFieldIsAnError() throws {
        let value = try evaluate("object.status.phase", ["object": Self.pod().0])
        #expect(value.isError(containing: "no such key"))
    }

    @Test func hostObjectsSurviveFilterAndConcatenation() throws {
        let (object, containers) = Self.pod()
        let value = try evaluate(
            "object.spec.containers.filter(c, c.?securityContext.?privileged.orValue(false) == false) + [object.spec.containers[1]]",
            ["object": object])
        guard case .list(let list) = value else {
            Issue.record("expected a list, got \(value)")
            return
        }
        let hosts = (0..<list.count).map { list.element(at: $0).hostObject }
        #expect(hosts.count == 3)
        #expect(hosts[0] === containers[0])
        #expect(hosts[1] === containers[2])
        #expect(hosts[2] === containers[1])
    }

    @Test func hostMapEqualsEquivalentCELMap() throws {
        let host = CELValue.map(HostMap("x", [("a", .int(1)), ("b", .string("x"))]))
        let value = try evaluate("h == {'a': 1, 'b': 'x'} && h != {'a': 1}", ["h": host])
        #expect(value.boolValue == true)
    }

    @Test func lookupsAreLazy() throws {
        let (object, containers) = Self.pod()
        _ = try evaluate("object.spec.containers[0].name == 'c0'", ["object": object])
        #expect(containers[1].lookups == 0 && containers[2].lookups == 0)
    }

    @Test func typedObjectNames() throws {
        let typed = TypedHostMap()
        #expect(try evaluate("type(o) == type(o) && o.x == 1", ["o": .map(typed)]).boolValue == true)
        #expect(CELValue.map(typed).celType == .object("k8s.io.api.core.v1.Pod"))
    }
}

final class TypedHostMap: CELMap {
    var count: Int { 1 }
    func key(at index: Int) -> CELValue { "x" }
    func value(at index: Int) -> CELValue { 1 }
    func value(forKey key: CELValue) -> CELValue? { key.stringValue == "x" ? .int(1) : nil }
    var typeName: String { "k8s.io.api.core.v1.Pod" }
}
