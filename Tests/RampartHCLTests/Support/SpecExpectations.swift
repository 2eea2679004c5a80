import RampartHCL

/// What a spec-suite `.t` file expects, read with RampartHCL itself.
struct SpecExpectations {
    struct ExpectedDiagnostic: Hashable, Comparable, CustomStringConvertible {
        var severity: HCLDiagnostic.Severity
        var from: HCLPosition
        var to: HCLPosition

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.from.byte, lhs.to.byte) < (rhs.from.byte, rhs.to.byte) }
        var description: String {
            "\(severity.rawValue) \(from.line):\(from.column)@\(from.byte)-\(to.line):\(to.column)@\(to.byte)"
        }
    }

    struct ExpectedTraversal: Hashable {
        var reference: String
        var from: HCLPosition
        var to: HCLPosition
    }

    var result: HCLValue?
    var resultType: HCLType?
    var diagnostics: [ExpectedDiagnostic]?
    var traversals: [ExpectedTraversal]?

    init(_ file: HCLFile) throws {
        let body = file.body
        if let attribute = body[attribute: "result"] {
            result = HCLEvaluator.evaluate(attribute.expression).0
        }
        if let attribute = body[attribute: "result_type"] {
            guard let type = TypeExpression.type(of: attribute.expression) else {
                throw DecoderSpec.ReadError(description: "unreadable result_type")
            }
            resultType = type
        }
        if let block = body.blocks(ofType: "diagnostics").first {
            diagnostics = block.body.blocks.compactMap { entry in
                guard let severity = HCLDiagnostic.Severity(rawValue: entry.type),
                    let from = Self.position(entry.body, "from"), let to = Self.position(entry.body, "to")
                else { return nil }
                return ExpectedDiagnostic(severity: severity, from: from, to: to)
            }
        }
        if let block = body.blocks(ofType: "traversals").first {
            traversals = block.body.blocks(ofType: "expect").compactMap { entry in
                guard let range = entry.body.blocks(ofType: "range").first,
                    let from = Self.position(range.body, "from"), let to = Self.position(range.body, "to"),
                    let reference = entry.body[attribute: "ref"]?.expression.staticTraversalText
                else { return nil }
                return ExpectedTraversal(reference: reference, from: from, to: to)
            }
        }
    }

    static func position(_ body: HCLBody, _ name: String) -> HCLPosition? {
        guard let block = body.blocks(ofType: name).first else { return nil }
        func number(_ key: String) -> Int? { DecoderSpec.value(block.body, key)?.asNumber?.intValue }
        guard let line = number("line"), let column = number("column"), let byte = number("byte") else { return nil }
        return HCLPosition(line: line, column: column, byte: byte)
    }
}

extension HCLExpression {
    /// `a.b[0]` text of a static traversal expression.
    var staticTraversalText: String? { variables().count == 1 ? variables()[0].description : nil }
}
