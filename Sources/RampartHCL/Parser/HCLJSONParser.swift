/// Parses HCL's JSON syntax (json-spec.md) into the same body model as the native syntax.
///
/// JSON alone cannot tell an attribute from a block: pass `blockTypes` (the schema's block type names)
/// to read those properties as blocks, with as many labels as the object nests (`labelCounts`).
/// Every other property is an attribute; JSON strings are read as templates, as the spec says.
public struct HCLJSONParser {
    var scanner: HCLParser
    let blockTypes: [String: Int]

    /// Terraform's top-level block types and label counts, for `.tf.json` files. Nested blocks inside them
    /// depend on provider schemas, so they stay object-valued attributes.
    public static let terraformBlockTypes: [String: Int] = [
        "resource": 2, "data": 2, "module": 1, "variable": 1, "output": 1, "provider": 1, "locals": 0,
        "terraform": 0, "moved": 0, "import": 0, "check": 1, "removed": 0,
    ]

    /// Parses a JSON document; `blockTypes` maps block type names to their label counts.
    public static func parse(_ text: String, file: String = "", blockTypes: [String: Int] = [:]) -> HCLFile {
        var parser = HCLJSONParser(scanner: HCLParser(text), blockTypes: blockTypes)
        parser.scanner.nesting = 1
        let start = parser.scanner.position
        var body = HCLBody(range: HCLRange(start: start, end: start))
        do {
            parser.scanner.skipTrivia(newlines: true)
            if parser.scanner.peek() != UInt8(ascii: "{") {
                parser.scanner.error(
                    "Root value must be object", detail: "An HCL JSON file must hold one JSON object.",
                    at: parser.scanner.characterRange())
            } else {
                body = try parser.parseBody()
                parser.scanner.skipTrivia(newlines: true)
                if !parser.scanner.atEnd {
                    parser.scanner.error(
                        "Extraneous data after value", detail: "Remove the text after the root object.",
                        at: parser.scanner.characterRange())
                }
            }
        } catch {}
        return HCLFile(name: file, body: body, comments: [], diagnostics: parser.scanner.diagnostics, source: text)
    }

    /// A JSON value with its range; objects keep property order and key ranges.
    indirect enum JSONValue {
        case object([(key: String, keyRange: HCLRange, value: JSONValue)], HCLRange)
        case array([JSONValue], HCLRange)
        case string(String, HCLRange)
        case number(HCLDecimal, HCLRange)
        case bool(Bool, HCLRange)
        case null(HCLRange)

        var range: HCLRange {
            switch self {
            case .object(_, let range), .array(_, let range), .string(_, let range), .number(_, let range),
                .bool(_, let range), .null(let range):
                range
            }
        }
    }

    mutating func parseBody() throws(HCLParseAbort) -> HCLBody {
        guard case .object(let properties, let range) = try parseValue() else { throw HCLParseAbort() }
        return body(properties, range: range)
    }

    func body(_ properties: [(key: String, keyRange: HCLRange, value: JSONValue)], range: HCLRange) -> HCLBody {
        var body = HCLBody(range: range)
        for property in properties where property.key != "//" {
            if let labelCount = blockTypes[property.key] {
                appendBlocks(
                    property.value, type: property.key, typeRange: property.keyRange, labels: [],
                    remaining: labelCount, into: &body)
            } else {
                body.attributes.append(
                    HCLAttribute(
                        name: property.key, nameRange: property.keyRange,
                        expression: expression(property.value),
                        range: property.keyRange.union(property.value.range)))
            }
        }
        return body
    }

    func appendBlocks(
        _ value: JSONValue, type: String, typeRange: HCLRange, labels: [HCLBlockLabel], remaining: Int,
        into body: inout HCLBody
    ) {
        switch value {
        case .object(let properties, _) where remaining > 0:
            for property in properties {
                let label = HCLBlockLabel(value: property.key, range: property.keyRange, quoted: true)
                appendBlocks(
                    property.value, type: type, typeRange: typeRange, labels: labels + [label],
                    remaining: remaining - 1, into: &body)
            }
        case .object(let properties, let range):
            let open = HCLRange(start: range.start, end: range.start)
            body.blocks.append(
                HCLBlock(
                    type: type, typeRange: typeRange, labels: labels,
                    body: self.body(properties, range: range), openBraceRange: open,
                    closeBraceRange: HCLRange(start: range.end, end: range.end),
                    range: typeRange.union(range)))
        case .array(let items, _):
            for item in items {
                appendBlocks(item, type: type, typeRange: typeRange, labels: labels, remaining: remaining, into: &body)
            }
        default:
            break
        }
    }

    /// The expression a JSON value stands for: strings are templates, objects are object constructors.
    func expression(_ value: JSONValue) -> HCLExpression {
        switch value {
        case .object(let properties, let range):
            return HCLExpression(
                .object(
                    properties.map {
                        HCLObjectItem(
                            key: HCLExpression(.literal(.string($0.key)), range: $0.keyRange),
                            value: expression($0.value))
                    }), range: range)
        case .array(let items, let range):
            return HCLExpression(.tuple(items.map(expression)), range: range)
        case .string(let text, let range):
            if text.utf8.contains(UInt8(ascii: "$")) || text.utf8.contains(UInt8(ascii: "%")) {
                let (template, _) = HCLParser.parseTemplate(text)
                if let template { return HCLExpression(template.kind, range: range) }
            }
            return HCLExpression(.template([.literal(text, range)]), range: range)
        case .number(let number, let range): return HCLExpression(.literal(.number(number)), range: range)
        case .bool(let flag, let range): return HCLExpression(.literal(.bool(flag)), range: range)
        case .null(let range): return HCLExpression(.literal(.null), range: range)
        }
    }
}
