// Fuzzes the YAML reader: any bytes must give documents and diagnostics without crashing, with
// valid positions everywhere and a tree no larger than the alias budget allows.
import CLibFuzzer
import RampartCore
import RampartYAML

enum FuzzYAML {
    static let readers = [YAMLReader(), YAMLReader(schema: .core)]

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let data else { return 0 }
        let bytes = UnsafeBufferPointer(start: data, count: size)
        for reader in readers {
            let result = reader.read(buffer: bytes, file: "fuzz.yaml")
            for diagnostic in result.diagnostics {
                guard diagnostic.range?.file == "fuzz.yaml" else { fatalError("diagnostic without range: \(diagnostic)") }
            }
            var previousIndex = -1
            for document in result.documents {
                guard document.index > previousIndex else { fatalError("document indices not increasing") }
                previousIndex = document.index
                let limit = reader.limits.maxAliasExpansion + 12 * (2 * size + 10)
                guard document.root.nodeCount <= limit else { fatalError("tree larger than the alias budget") }
                checkSpans(document.root)
                for comment in document.comments where comment.position.line < 1 || comment.position.column < 1 {
                    fatalError("comment position \(comment.position)")
                }
            }
        }
        return 0
    }

    /// Every node and key has a real span whose start is not after its end.
    static func checkSpans(_ root: Node) {
        var pending = [root]
        var visited = 0
        while let node = pending.popLast(), visited < 200_000 {
            visited += 1
            check(node.span)
            switch node.value {
            case .list(let items): pending.append(contentsOf: items)
            case .map(let mapping):
                for entry in mapping.entries {
                    check(entry.keySpan)
                    pending.append(entry.value)
                }
            default: break
            }
        }
    }

    static func check(_ span: SourceSpan) {
        guard span.start.line >= 1, span.start.column >= 1, span.start <= span.end else {
            fatalError("bad span \(span)")
        }
    }
}

/// libFuzzer's own entry point, for when its `main` is linked instead of Swift's.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzYAML.run(data, size)
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzYAML.run(data, size) }
