public import RampartCore

extension HCLFile {
    /// Tag of a node holding the source text of an expression that could not be evaluated
    /// (an unknown value, an undefined variable): `"${var.name}"`-style text for policies to inspect.
    public static let expressionTag = "!hcl-expression"

    /// The file as a positioned ``Document`` for the policy engine.
    ///
    /// A body is a mapping: each attribute by name (its evaluated value), and each nested block type by
    /// name holding a list of blocks; a block is a mapping `{type, labels, body}`. Tuple and object
    /// constructors keep their element positions; any expression that does not evaluate to a known
    /// value becomes its source text tagged ``expressionTag``.
    public func document(context: HCLEvaluationContext = HCLEvaluationContext()) -> Document {
        var evaluator = HCLEvaluator(context: context)
        let root = node(of: body, evaluator: &evaluator)
        let kept = comments.map { comment in
            Comment(
                text: Self.commentText(comment.text), position: comment.range.start.sourcePosition,
                isTrailing: comment.isTrailing)
        }
        return Document(file: name, root: root, comments: kept, syntax: "hcl")
    }

    static func commentText(_ text: String) -> String {
        var body = Substring(text)
        if body.hasPrefix("#") {
            body = body.dropFirst()
        } else if body.hasPrefix("//") {
            body = body.dropFirst(2)
        } else if body.hasPrefix("/*") {
            body = body.dropFirst(2)
            if body.hasSuffix("*/") { body = body.dropLast(2) }
        }
        return String(
            body.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    func node(of body: HCLBody, evaluator: inout HCLEvaluator) -> Node {
        var mapping = Mapping()
        for attribute in body.attributes {
            mapping.append(
                Mapping.Entry(
                    key: attribute.name, keySpan: attribute.nameRange.span,
                    value: node(of: attribute.expression, evaluator: &evaluator)))
        }
        var groups: [String: [Node]] = [:]
        var order: [(String, SourceSpan)] = []
        for block in body.blocks {
            if groups[block.type] == nil { order.append((block.type, block.typeRange.span)) }
            groups[block.type, default: []].append(node(of: block, evaluator: &evaluator))
        }
        for (type, span) in order where mapping[type] == nil {
            let items = groups[type] ?? []
            let listSpan = items.dropFirst().reduce(items[0].span) { $0.union($1.span) }
            mapping.append(Mapping.Entry(key: type, keySpan: span, value: Node(.list(items), span: listSpan)))
        }
        return Node(.map(mapping), span: body.range.span)
    }

    func node(of block: HCLBlock, evaluator: inout HCLEvaluator) -> Node {
        var mapping = Mapping()
        mapping.append(
            Mapping.Entry(
                key: "type", keySpan: block.typeRange.span,
                value: Node(.string(block.type), span: block.typeRange.span)))
        let labels = block.labels.map { Node(.string($0.value), span: $0.range.span) }
        let labelSpan =
            block.labels.isEmpty
            ? block.typeRange.span
            : block.labels[0].range.union(block.labels[block.labels.count - 1].range).span
        mapping.append(Mapping.Entry(key: "labels", keySpan: labelSpan, value: Node(.list(labels), span: labelSpan)))
        var bodyNode = node(of: block.body, evaluator: &evaluator)
        bodyNode.span = block.openBraceRange.union(block.closeBraceRange).span
        mapping.append(Mapping.Entry(key: "body", keySpan: block.openBraceRange.span, value: bodyNode))
        return Node(.map(mapping), span: block.range.span)
    }

    func node(of expression: HCLExpression, evaluator: inout HCLEvaluator) -> Node {
        let span = expression.range.span
        switch expression.kind {
        case .tuple(let items):
            return Node(.list(items.map { node(of: $0, evaluator: &evaluator) }), span: span)
        case .object(let items):
            var mapping = Mapping()
            for item in items {
                let key = evaluator.evaluate(item.key).asString ?? text(of: item.key.range)
                mapping.append(
                    Mapping.Entry(
                        key: key, keySpan: item.key.range.span, value: node(of: item.value, evaluator: &evaluator)))
            }
            return Node(.map(mapping), span: span)
        case .parenthesized(let inner):
            var inner = node(of: inner, evaluator: &evaluator)
            inner.span = span
            return inner
        default:
            let before = evaluator.diagnostics.count
            let value = evaluator.evaluate(expression)
            let failed = evaluator.diagnostics.count > before
            evaluator.diagnostics.removeSubrange(before...)
            if failed || value.containsUnknown {
                return Node(.string(text(of: expression.range)), span: span, tag: Self.expressionTag)
            }
            return Self.node(of: value, span: span)
        }
    }

    static func node(of value: HCLValue, span: SourceSpan) -> Node {
        switch value {
        case .null, .unknown: return Node(.null, span: span)
        case .bool(let flag): return Node(.bool(flag), span: span)
        case .number(let number):
            if let integer = number.intValue { return Node(.int(Int64(integer)), span: span) }
            return Node(.double(number.doubleValue), span: span)
        case .string(let text): return Node(.string(text), span: span)
        case .tuple(let items), .list(let items), .set(let items):
            return Node(.list(items.map { node(of: $0, span: span) }), span: span)
        case .object(let fields), .map(let fields):
            var mapping = Mapping()
            for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
                mapping.append(Mapping.Entry(key: key, keySpan: span, value: node(of: field, span: span)))
            }
            return Node(.map(mapping), span: span)
        }
    }
}
