import RampartHCL

extension DecoderSpec {
    /// Attribute names and block types this spec reads from a body.
    func schema(attributes: inout Set<String>, blocks: inout Set<String>) {
        switch self {
        case .object(let children):
            for (_, child) in children { child.schema(attributes: &attributes, blocks: &blocks) }
        case .attribute(let name, _, _): attributes.insert(name)
        case .block(let type, _, _), .blockList(let type, _), .blockSet(let type, _), .blockMap(let type, _, _):
            blocks.insert(type)
        case .literal: break
        case .fallback(let primary, let fallback):
            primary.schema(attributes: &attributes, blocks: &blocks)
            fallback.schema(attributes: &attributes, blocks: &blocks)
        case .transform(let nested, _): nested.schema(attributes: &attributes, blocks: &blocks)
        }
    }

    /// Decodes a body: checks its content against the schema, then builds the value.
    func decode(
        _ body: HCLBody, context: HCLEvaluationContext, diagnostics: inout [HCLDiagnostic],
        references: inout [HCLTraversal]
    ) -> HCLValue {
        var attributes = Set<String>()
        var blocks = Set<String>()
        schema(attributes: &attributes, blocks: &blocks)
        for attribute in body.attributes where !attributes.contains(attribute.name) {
            diagnostics.append(
                HCLDiagnostic(
                    .error, "Unsupported argument",
                    detail: "An argument named \"\(attribute.name)\" is not expected here.",
                    at: attribute.nameRange))
        }
        for block in body.blocks where !blocks.contains(block.type) {
            diagnostics.append(
                HCLDiagnostic(
                    .error, "Unsupported block type",
                    detail: "Blocks of type \"\(block.type)\" are not expected here.",
                    at: block.typeRange))
        }
        return value(body, context: context, diagnostics: &diagnostics, references: &references)
    }

    func value(
        _ body: HCLBody, context: HCLEvaluationContext, diagnostics: inout [HCLDiagnostic],
        references: inout [HCLTraversal]
    ) -> HCLValue {
        switch self {
        case .object(let children):
            var fields: [String: HCLValue] = [:]
            for (name, child) in children {
                fields[name] = child.value(body, context: context, diagnostics: &diagnostics, references: &references)
            }
            return .object(fields)
        case .attribute(let name, let type, let required):
            guard let attribute = body[attribute: name] else {
                if required {
                    diagnostics.append(
                        HCLDiagnostic(
                            .error, "Missing required argument",
                            detail: "The argument \"\(name)\" is required.", at: body.range))
                }
                return .null
            }
            references.append(contentsOf: attribute.expression.variables())
            let (value, problems) = HCLEvaluator.evaluate(attribute.expression, in: context)
            diagnostics.append(contentsOf: problems)
            guard let converted = value.converted(to: type) else {
                diagnostics.append(
                    HCLDiagnostic(
                        .error, "Incorrect attribute value type",
                        detail: "\(name) must be \(type).", at: attribute.expression.range))
                return .unknown
            }
            return converted
        case .block(let type, let nested, let required):
            let matching = body.blocks(ofType: type)
            if matching.count > 1 {
                diagnostics.append(
                    HCLDiagnostic(
                        .error, "Duplicate \(type) block",
                        detail: "Only one \(type) block is allowed.", at: matching[1].typeRange))
            }
            guard let block = matching.first else {
                if required {
                    diagnostics.append(
                        HCLDiagnostic(
                            .error, "Missing \(type) block", detail: "A \(type) block is required.",
                            at: body.range))
                }
                return .null
            }
            return nested.decode(block.body, context: context, diagnostics: &diagnostics, references: &references)
        case .blockList(let type, let nested), .blockSet(let type, let nested):
            let values = body.blocks(ofType: type).map {
                nested.decode($0.body, context: context, diagnostics: &diagnostics, references: &references)
            }
            if case .blockSet = self { return .set(values) }
            return .list(values)
        case .blockMap(let type, let labels, let nested):
            var result: HCLValue = .map([:])
            for block in body.blocks(ofType: type) {
                guard block.labels.count == labels.count else {
                    diagnostics.append(
                        HCLDiagnostic(
                            .error, "Wrong number of labels",
                            detail: "A \(type) block needs \(labels.count) labels.", at: block.typeRange))
                    continue
                }
                let element = nested.decode(
                    block.body, context: context, diagnostics: &diagnostics, references: &references)
                result = Self.insert(element, into: result, path: block.labels.map(\.value)[...])
            }
            return result
        case .literal(let value):
            return value
        case .fallback(let primary, let fallback):
            let first = primary.value(body, context: context, diagnostics: &diagnostics, references: &references)
            if !first.isNull { return first }
            return fallback.value(body, context: context, diagnostics: &diagnostics, references: &references)
        case .transform(let nested, let result):
            let inner = nested.value(body, context: context, diagnostics: &diagnostics, references: &references)
            var scope = context
            scope.variables["nested"] = inner
            let (value, problems) = HCLEvaluator.evaluate(result, in: scope)
            diagnostics.append(contentsOf: problems)
            return value
        }
    }

    static func insert(_ element: HCLValue, into map: HCLValue, path: ArraySlice<String>) -> HCLValue {
        guard let key = path.first, case .map(var fields) = map else { return element }
        if path.count == 1 {
            fields[key] = element
        } else {
            fields[key] = insert(element, into: fields[key] ?? .map([:]), path: path.dropFirst())
        }
        return .map(fields)
    }
}
