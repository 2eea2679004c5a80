import CELSyntax

/// A tree's structure without node ids, for comparing two parses.
struct Shape: Equatable {
    private let text: String

    init(_ expr: Expr) {
        var text = ""
        Self.describe(expr, into: &text)
        self.text = text
    }

    private static func describe(_ expr: Expr, into text: inout String) {
        switch expr.kind {
        case .literal(let constant): text += "lit(\(constant))"
        case .ident(let name): text += "id(\(name))"
        case .select(let operand, let field, let testOnly):
            text += "sel(\(field),\(testOnly),"
            describe(operand, into: &text)
            text += ")"
        case .call(let target, let function, let args):
            text += "call(\(function),"
            if let target { describe(target, into: &text) }
            for arg in args {
                text += ","
                describe(arg, into: &text)
            }
            text += ")"
        case .list(let elements, let optionalIndices):
            text += "list(\(optionalIndices)"
            for element in elements {
                text += ","
                describe(element, into: &text)
            }
            text += ")"
        case .map(let entries):
            text += "map("
            for entry in entries {
                text += "\(entry.isOptional),"
                describe(entry.key, into: &text)
                text += ":"
                describe(entry.value, into: &text)
                text += ";"
            }
            text += ")"
        case .message(let typeName, let fields):
            text += "msg(\(typeName)"
            for field in fields {
                text += ",\(field.isOptional),\(field.field):"
                describe(field.value, into: &text)
            }
            text += ")"
        case .comprehension(let c):
            text += "comp(\(c.iterVar),\(c.iterVar2 ?? "-"),\(c.accuVar)"
            for part in [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result] {
                text += ","
                describe(part, into: &text)
            }
            text += ")"
        }
    }
}
