// Fuzzes the CEL parser: every input is parsed as an expression; when it parses, it is unparsed
// and the output must parse back to the same tree (ids aside) and unparse to the same text.
import CELSyntax
import CLibFuzzer

enum FuzzCELParser {
    static let parser = Parser(
        options: ParserOptions(
            maxRecursionDepth: 100, expressionSizeCodePointLimit: 4_096, macros: Macro.all + Macro.optionals))
    static let unparser = Unparser()

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let data else { return 0 }
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        let parsed: ParsedExpr
        do {
            parsed = try parser.parse(text)
        } catch {
            for issue in error.issues where issue.offset.map({ $0 < 0 || $0 > text.unicodeScalars.count }) ?? false {
                fatalError("issue offset out of range: \(issue) for \(text.debugDescription)")
            }
            _ = error.description
            return 0
        }
        let printed: String
        do {
            printed = try unparser.unparse(parsed)
        } catch {
            fatalError("parsed but cannot unparse: \(error) for \(text.debugDescription)")
        }
        let reparsed: ParsedExpr
        do {
            reparsed = try parser.parse(printed)
        } catch {
            // Unparsing adds parentheses and spaces, so the output may nest deeper or be longer
            // than the input; only limit errors are acceptable here.
            if error.issues.allSatisfy({ $0.code == .recursionLimit || $0.code == .sizeLimit }) { return 0 }
            fatalError(
                "unparsed text does not parse: \(printed.debugDescription) from \(text.debugDescription): \(error)")
        }
        guard Shape(reparsed.expr) == Shape(parsed.expr) else {
            fatalError("round trip changed the tree: \(text.debugDescription) -> \(printed.debugDescription)")
        }
        guard let again = try? unparser.unparse(reparsed), again == printed else {
            fatalError("unparse is not stable: \(printed.debugDescription)")
        }
        return 0
    }
}

/// libFuzzer's own entry point. Linked archives may pull libFuzzer's `main`, which needs this
/// symbol (and then calls it directly); otherwise Swift's entry point below runs the driver.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzCELParser.run(data, size)
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzCELParser.run(data, size) }
