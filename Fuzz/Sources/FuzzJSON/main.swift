// Fuzzes the JSON reader, strict and lenient: any bytes must give a document or a diagnostic
// without crashing, and every child's span must lie inside its parent's, after its key, in order.
import CLibFuzzer
import RampartCore
import RampartJSON

enum FuzzJSON {
    static let readers = [JSONReader(), JSONReader(options: .jsonc)]

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let data else { return 0 }
        let bytes = UnsafeBufferPointer(start: data, count: size)
        for reader in readers {
            let result = reader.read(buffer: bytes, file: "fuzz.json")
            guard result.document != nil || result.diagnostics.contains(where: { $0.level == .error }) else {
                fatalError("no document and no error")
            }
            for diagnostic in result.diagnostics where diagnostic.range?.file != "fuzz.json" {
                fatalError("diagnostic without range: \(diagnostic)")
            }
            if let document = result.document { checkNesting(document.root) }
        }
        return 0
    }

    /// Children lie inside their parent, in source order, each value after its key.
    static func checkNesting(_ root: Node) {
        var pending = [root]
        while let node = pending.popLast() {
            guard node.span.start.line >= 1, node.span.start < node.span.end else { fatalError("bad span \(node.span)") }
            var previousEnd = node.span.start
            func child(_ span: SourceSpan) {
                guard previousEnd <= span.start, span.start < span.end, span.end <= node.span.end else {
                    fatalError("span \(span) out of order inside \(node.span)")
                }
                previousEnd = span.end
            }
            switch node.value {
            case .list(let items):
                for item in items {
                    child(item.span)
                    pending.append(item)
                }
            case .map(let mapping):
                for entry in mapping.entries {
                    child(entry.keySpan)
                    child(entry.value.span)
                    pending.append(entry.value)
                }
            default: break
            }
        }
    }
}

/// libFuzzer's own entry point, for when its `main` is linked instead of Swift's.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzJSON.run(data, size)
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzJSON.run(data, size) }
