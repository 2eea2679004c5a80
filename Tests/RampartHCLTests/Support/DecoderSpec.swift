import RampartHCL

/// A minimal hcldec specification (`object`, `attr`, `block`, `block_list`, `block_set`, `block_map`,
/// `literal`, `default`, `transform`), read from a `.hcldec` file with RampartHCL itself.
indirect enum DecoderSpec {
    case object([(String, DecoderSpec)])
    case attribute(name: String, type: HCLType, required: Bool)
    case block(type: String, nested: DecoderSpec, required: Bool)
    case blockList(type: String, nested: DecoderSpec)
    case blockSet(type: String, nested: DecoderSpec)
    case blockMap(type: String, labels: [String], nested: DecoderSpec)
    case literal(HCLValue)
    case fallback(primary: DecoderSpec, fallback: DecoderSpec)
    case transform(nested: DecoderSpec, result: HCLExpression)

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static let specBlockTypes: Set<String> = [
        "object", "attr", "block", "block_list", "block_set", "block_map", "literal", "default", "transform",
    ]

    /// Reads a whole `.hcldec` file: its `variables` and its single root spec.
    static func read(_ file: HCLFile) throws -> (DecoderSpec, [String: HCLValue]) {
        var variables: [String: HCLValue] = [:]
        for block in file.body.blocks(ofType: "variables") {
            for attribute in block.body.attributes {
                variables[attribute.name] = HCLEvaluator.evaluate(attribute.expression).0
            }
        }
        let roots = file.body.blocks.filter { specBlockTypes.contains($0.type) }
        guard roots.count == 1 else { throw ReadError(description: "expected one root spec, found \(roots.count)") }
        return (try spec(roots[0]), variables)
    }

    static func nestedSpecs(_ body: HCLBody) throws -> [DecoderSpec] {
        try body.blocks.filter { specBlockTypes.contains($0.type) }.map(spec)
    }

    static func value(_ body: HCLBody, _ name: String) -> HCLValue? {
        body[attribute: name].map { HCLEvaluator.evaluate($0.expression).0 }
    }

    static func spec(_ block: HCLBlock) throws -> DecoderSpec {
        let label = block.labels.first?.value
        let body = block.body
        func nested() throws -> DecoderSpec {
            guard let first = try nestedSpecs(body).first else {
                throw ReadError(description: "\(block.type) needs a nested spec")
            }
            return first
        }
        let required = value(body, "required") == .bool(true)
        switch block.type {
        case "object":
            return .object(
                try body.blocks.filter { specBlockTypes.contains($0.type) }.map { child in
                    (child.labels.first?.value ?? child.type, try spec(child))
                })
        case "attr":
            let name = value(body, "name")?.asString ?? label ?? ""
            let type = body[attribute: "type"].flatMap { TypeExpression.type(of: $0.expression) } ?? .any
            return .attribute(name: name, type: type, required: required)
        case "block", "block_list", "block_set", "block_map":
            let type = value(body, "block_type")?.asString ?? label ?? ""
            let inner = try nested()
            switch block.type {
            case "block": return .block(type: type, nested: inner, required: required)
            case "block_list": return .blockList(type: type, nested: inner)
            case "block_set": return .blockSet(type: type, nested: inner)
            default:
                let labels = value(body, "labels")?.elements?.compactMap(\.asString) ?? []
                return .blockMap(type: type, labels: labels, nested: inner)
            }
        case "literal":
            return .literal(value(body, "value") ?? .null)
        case "default":
            let specs = try nestedSpecs(body)
            guard specs.count == 2 else { throw ReadError(description: "default needs two nested specs") }
            return .fallback(primary: specs[0], fallback: specs[1])
        case "transform":
            guard let result = body[attribute: "result"] else { throw ReadError(description: "transform needs result") }
            return .transform(nested: try nested(), result: result.expression)
        default:
            throw ReadError(description: "unsupported spec \(block.type)")
        }
    }
}
