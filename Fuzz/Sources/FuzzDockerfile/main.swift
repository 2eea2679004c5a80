// Fuzzes the Dockerfile parser: every input is parsed from raw bytes (invalid UTF-8 included) and
// turned into a document; positions must stay inside the file and instructions must come in order.
import CLibFuzzer
import RampartCore
import RampartDockerfile

enum FuzzDockerfile {
    static let parser = DockerfileParser()

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let data else { return 0 }
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        let (dockerfile, diagnostics) = parser.parse(bytes: bytes, file: "Dockerfile")
        let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        func check(_ span: SourceSpan, _ what: String) {
            guard span.start.line >= 1, span.start.column >= 1, span.end.line <= lineCount, span.start <= span.end
            else {
                fatalError("\(what) span \(span) outside a \(lineCount)-line file")
            }
        }
        for diagnostic in diagnostics {
            guard let range = diagnostic.range else { fatalError("diagnostic without position: \(diagnostic)") }
            check(range.span, "diagnostic")
        }
        var previousLine = 0
        for instruction in dockerfile.instructions {
            check(instruction.span, "instruction")
            check(instruction.keywordSpan, "keyword")
            guard instruction.keywordSpan.start.line > previousLine else { fatalError("instructions out of order") }
            previousLine = instruction.span.end.line
            for word in instruction.words { check(word.span, "argument") }
            for command in instruction.commands { for word in command.args { check(word.span, "command word") } }
        }
        guard dockerfile.stages.count == dockerfile.instructions.filter({ $0.keyword == "from" }).count else {
            fatalError("stage count differs from FROM count")
        }
        let document = dockerfile.document()
        guard document.root["instructions"]?.listValue?.count == dockerfile.instructions.count else {
            fatalError("document instructions differ from the model")
        }
        _ = DockerfileDetector.looksLikeDockerfile(String(decoding: bytes, as: UTF8.self))
        return 0
    }
}

/// libFuzzer's own entry point. Linked archives may pull libFuzzer's `main`, which needs this
/// symbol (and then calls it directly); otherwise Swift's entry point below runs the driver.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzDockerfile.run(data, size)
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzDockerfile.run(data, size) }
