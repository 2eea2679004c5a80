// Fuzzes CEL evaluation: every input that compiles (unchecked, every extension library) is
// evaluated against a small document with a cost limit. Evaluation must return a value or an error
// value — never crash, hang, or exceed the budget without saying so.
import CEL
import CELExtensions
import CLibFuzzer

enum FuzzCELEval {
    static let environment: CELEnvironment = {
        var options = CELOptions()
        options.typeCheck = false
        options.costLimit = 100_000
        return CELEnvironment(
            libraries: CELEnvironment.defaultLibraries + ExtensionLibraries.all(),
            variables: ["object", "x", "s", "l", "m"].map { CELVariable($0, .dyn) }, options: options)
    }()

    static let bindings = CELBindings([
        "object": .map(CELDictionaryMap([
            "kind": "Pod",
            "spec": .map(CELDictionaryMap([
                "containers": [.map(CELDictionaryMap(["name": "a", "image": "nginx:1.25", "ports": [80, 443]]))],
                "replicas": 3,
            ])),
        ])),
        "x": .int(-7), "s": "héllo wörld", "l": [1, 2.5, "three", .bytes([0, 255]), .null, true],
        "m": .map(CELDictionaryMap([(.int(1), "one"), (.string("k"), .uint(2)), (.bool(true), .double(.nan))])),
    ])

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let data, size <= 2_048 else { return 0 }
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        guard let program = try? environment.compile(text) else { return 0 }
        let evaluation = program.evaluateWithCost(bindings)
        if evaluation.cost > 100_000 * 4, evaluation.value.error == nil {
            fatalError("cost \(evaluation.cost) far above the limit without an error for \(text.debugDescription)")
        }
        _ = String(describing: evaluation.value)
        return 0
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzCELEval.run(data, size)
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzCELEval.run(data, size) }
