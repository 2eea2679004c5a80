import Foundation
import RampartCore
import RampartHCL
import Testing

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
            let files = HCLSharedData.files(
                under: shared.appendingPathComponent(folder),
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

extension CorpusTests {
    @Test func terraformExamplesBecomeDocuments() throws {
        guard let shared = HCLSharedData.require() else { return }
        let files = HCLSharedData.files(under: shared.appendingPathComponent("terraform-examples"), extensions: ["tf"])
        var resources = 0
        for url in files {
            let file = HCLParser.parse(try #require(HCLSharedData.read(url)), file: url.lastPathComponent)
            let document = file.document()
            for block in document.root["resource"]?.listValue ?? [] {
                resources += 1
                #expect(block["labels"]?.listValue?.count == 2, "\(url.lastPathComponent)")
                #expect(block["body"]?.mapValue != nil)
            }
        }
        #expect(resources > 10)
    }
}
