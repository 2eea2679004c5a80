// Measures Rampart's CEL engine on the cases of python/cel_cases.py and prints JSON:
// {"case": {"ns": nanoseconds per evaluation, "allocs": heap allocations per evaluation}, ...}.
// run-cel.sh runs it beside cel-python and the Rust-backed package and prints the ratios.
import CEL
import CELExtensions
import CMallocCounter
import Foundation

func pod(containers: Int) -> CELValue {
    let list: [CELValue] = (0..<containers).map { index in
        .map(CELDictionaryMap([
            "name": .string("c\(index)"),
            "image": .string("registry.example.com/shop/c\(index):1.\(index).0"),
            "securityContext": .map(CELDictionaryMap(["runAsNonRoot": .bool(true), "allowPrivilegeEscalation": .bool(false)])),
            "resources": .map(CELDictionaryMap(["limits": .map(CELDictionaryMap(["cpu": "500m", "memory": "256Mi"]))])),
        ]))
    }
    return .map(CELDictionaryMap([
        "apiVersion": "v1", "kind": "Pod",
        "metadata": .map(CELDictionaryMap(["name": "web-7d9f8c6b5-x2kq9", "namespace": "shop", "labels": .map(CELDictionaryMap(["app": "web"]))])),
        "spec": .map(CELDictionaryMap(["containers": .list(CELArrayList(list))])),
    ]))
}

let cases: [(String, String, [String: CELValue])] = [
    ("all_containers_nonroot", "object.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true)", ["object": pod(containers: 10)]),
    ("name_matches_regex", "object.metadata.name.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$')", ["object": pod(containers: 10)]),
    ("map_filter_1000", "items.map(x, x * 2).filter(x, x % 3 == 0).size() > 100", ["items": .list(CELArrayList((0..<1000).map { .int(Int64($0)) }))]),
]

let compile200 =
    "object.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true "
    + "&& c.image.startsWith('registry.example.com/') && !c.image.endsWith(':latest') "
    + "&& size(c.name) < 64) && object.metadata.namespace != 'default'"

let environment = CELEnvironment(
    libraries: CELEnvironment.defaultLibraries + ExtensionLibraries.all(),
    variables: [CELVariable("object", .dyn), CELVariable("items", .dyn)])

/// CPU time of the calling thread, in nanoseconds: less disturbed than wall time by other work on a
/// shared machine (the Python runners use the same clock, `time.thread_time_ns`).
func threadNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// Best of five runs, in nanoseconds of thread CPU time per call.
func nanosecondsPerCall(iterations: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<5 {
        let start = threadNanoseconds()
        for _ in 0..<iterations { body() }
        let elapsed = Double(threadNanoseconds() - start)
        best = min(best, elapsed / Double(iterations))
    }
    return best
}

func allocationsPerCall(iterations: Int, _ body: () -> Void) -> Double {
    body()
    let before = malloc_counter_allocations()
    for _ in 0..<iterations { body() }
    return Double(malloc_counter_allocations() - before) / Double(iterations)
}

var results: [String: [String: Double]] = [:]
do {
    var sink = 0
    let compileNs = nanosecondsPerCall(iterations: 2000) {
        if (try? environment.compile(compile200)) != nil { sink &+= 1 }
    }
    results["compile_200"] = ["ns": compileNs, "allocs": allocationsPerCall(iterations: 200) { _ = try? environment.compile(compile200) }]
    for (name, expression, bindings) in cases {
        let program = try environment.compile(expression)
        let activation = CELBindings(bindings)
        guard case .bool(true) = program.evaluate(activation) else {
            FileHandle.standardError.write(Data("case \(name) did not evaluate to true: \(program.evaluate(activation))\n".utf8))
            exit(1)
        }
        let iterations = name.hasSuffix("1000") ? 2000 : 200_000
        let ns = nanosecondsPerCall(iterations: iterations) {
            if case .bool(true) = program.evaluate(activation) { sink &+= 1 }
        }
        let allocs = allocationsPerCall(iterations: iterations / 10) { _ = program.evaluate(activation) }
        results[name] = ["ns": ns, "allocs": allocs]
    }
    if sink == 42 { print("") }
} catch {
    FileHandle.standardError.write(Data("compile failed: \(error)\n".utf8))
    exit(1)
}
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: try encoder.encode(results), as: UTF8.self))
