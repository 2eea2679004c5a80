import Foundation
import Testing
import RampartHCL

/// Every shared input (Terraform examples, hcldec examples, fuzz seeds) parses without error diagnostics.
@Suite struct CorpusTests {
    static func parse(_ url: URL) -> [HCLDiagnostic] {
        guard let text = HCLSharedData.read(url) else { return [HCLDiagnostic(.error, "unreadable", at: .none)] }
        switch url.pathExtension {
        case "hcle", "hclt": return HCLParser.parseExpression(text).1
        case "tmpl": return HCLParser.parseTemplate(text).1
        case "json": return HCLJSONParser.parse(text, file: url.lastPathComponent).diagnostics
        default: return HCLParser.parse(text, file: url.lastPathComponent).diagnostics
        }
    }

    @Test func everySharedInputParses() {
        guard let shared = HCLSharedData.require() else { return }
        var count = 0
        for folder in ["terraform-examples", "extra-inputs"] {
            let files = HCLSharedData.files(under: shared.appendingPathComponent(folder),
                                            extensions: ["tf", "hcl", "hcle", "hclt", "tmpl", "json", "hcldec", "conf", "npmhcl"])
            for url in files {
                // A fuzz seed of hclwrite (which only checks for crashes): its quoted string never closes.
                if url.lastPathComponent == "function-call-tmpl.hcl" {
                    #expect(Self.parse(url).contains { $0.summary == "Unterminated template string" })
                    continue
                }
                count += 1
                let errors = Self.parse(url).filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(url.path): \(errors)")
            }
        }
        #expect(count >= 80)
    }
}
