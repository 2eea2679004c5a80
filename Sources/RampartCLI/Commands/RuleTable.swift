import Foundation
import RampartCore
import RampartPolicy

/// Plain-text renderings of rules for `rampart rules`.
enum RuleTable {
    static func render(_ rules: [RuleMetadata]) -> String {
        let header = ["ID", "SEVERITY", "PLATFORM", "TITLE", "ALIASES"]
        let rows = rules.map { rule in
            [
                rule.id, rule.severity.rawValue.uppercased(), rule.platform, rule.title,
                rule.aliases.prefix(3).joined(separator: ",") + (rule.aliases.count > 3 ? ",…" : ""),
            ]
        }
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        widths[3] = min(widths[3], 60)
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let clipped = cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
                return index == cells.count - 1
                    ? clipped : clipped.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line) + ["", "\(rules.count) rules"]).joined(separator: "\n")
    }

    static func detail(_ entry: RuleCatalog.Entry) -> String {
        let rule = entry.rule
        let meta = rule.metadata
        var out: [String] = []
        out.append("\(meta.id)  [\(meta.severity.rawValue.uppercased())]  \(meta.title)")
        out.append(
            "platform: \(meta.platform)"
                + (rule.match.kinds.isEmpty ? "" : "  kinds: \(rule.match.kinds.sorted().joined(separator: ", "))"))
        if !meta.aliases.isEmpty { out.append("aliases: \(meta.aliases.joined(separator: ", "))") }
        if !meta.frameworks.isEmpty {
            out.append(
                "frameworks: "
                    + meta.frameworks.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            )
        }
        out.append("")
        if !meta.description.isEmpty { out += [meta.description, ""] }
        if !meta.remediation.isEmpty { out += ["Remediation: \(meta.remediation)", ""] }
        if !meta.references.isEmpty {
            out.append("References:"); out.append(contentsOf: meta.references.map { "  \($0)" }); out.append("")
        }
        if !rule.variables.isEmpty {
            out.append("Variables:")
            out.append(contentsOf: rule.variables.map { "  \($0.name) = \($0.expression.source)" })
        }
        out.append("Validations:")
        for validation in rule.validations {
            out.append("  \(validation.expression.source)")
            if let path = validation.fieldPath { out.append("    fieldPath: \(path)") }
            if let message = validation.messageExpression?.source ?? validation.message {
                out.append("    message: \(message)")
            }
        }
        let fixtures =
            (try? FileManager.default.contentsOfDirectory(atPath: entry.folder.path))?
            .filter { $0.hasPrefix("pass.") || $0.hasPrefix("fail.") }.sorted() ?? []
        if !fixtures.isEmpty {
            out.append("")
            out.append("Fixtures (\(entry.folder.path)):")
            out.append(contentsOf: fixtures.map { "  \($0)" })
        }
        return out.joined(separator: "\n")
    }
}

/// JSON text of an encodable value, sorted keys, pretty-printed.
enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
