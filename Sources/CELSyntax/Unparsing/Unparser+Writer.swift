extension Unparser {
    /// Operator precedence levels, loosest first.
    enum Precedence: Int, Comparable {
        case conditional = 1, or, and, relation, addition, multiplication, unary, member

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static let binaryOperators: [String: (symbol: String, precedence: Precedence)] = [
        Operator.logicalOr: ("||", .or), Operator.logicalAnd: ("&&", .and),
        Operator.less: ("<", .relation), Operator.lessEquals: ("<=", .relation),
        Operator.greater: (">", .relation), Operator.greaterEquals: (">=", .relation),
        Operator.equals: ("==", .relation), Operator.notEquals: ("!=", .relation), Operator.in: ("in", .relation),
        Operator.add: ("+", .addition), Operator.subtract: ("-", .addition),
        Operator.multiply: ("*", .multiplication), Operator.divide: ("/", .multiplication),
        Operator.modulo: ("%", .multiplication),
    ]

    /// Accumulates the output text.
    struct Writer {
        let macroCalls: [Int64: Expr]
        var output = ""

        init(macroCalls: [Int64: Expr]) {
            self.macroCalls = macroCalls
        }

        /// The node to print for `expr`: its macro call when it is an expansion.
        func printed(_ expr: Expr) -> Expr { macroCalls[expr.id] ?? expr }

        func precedence(_ expr: Expr) -> Precedence {
            guard case .call(nil, let function, let args) = printed(expr).kind else { return .member }
            if function == Operator.conditional, args.count == 3 { return .conditional }
            if (function == Operator.logicalNot || function == Operator.negate), args.count == 1 { return .unary }
            if args.count == 2, let binary = Unparser.binaryOperators[function] { return binary.precedence }
            return .member
        }

        mutating func write(_ expr: Expr) throws(UnparseError) {
            let node = printed(expr)
            switch node.kind {
            case .literal(let constant):
                try writeLiteral(constant, id: node.id)
            case .ident(let name):
                output += name
            case .select(let operand, let field, let testOnly):
                if testOnly { output += "has(" }
                try writeOperand(operand, needsParentheses: precedence(operand) < .member)
                output += "."
                try writeField(field, id: node.id)
                if testOnly { output += ")" }
            case .call(let target, let function, let args):
                try writeCall(node, target: target, function: function, args: args)
            case .list(let elements, let optionalIndices):
                output += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { output += ", " }
                    if optionalIndices.contains(index) { output += "?" }
                    try write(element)
                }
                output += "]"
            case .map(let entries):
                output += "{"
                for (index, entry) in entries.enumerated() {
                    if index > 0 { output += ", " }
                    if entry.isOptional { output += "?" }
                    try write(entry.key)
                    output += ": "
                    try write(entry.value)
                }
                output += "}"
            case .message(let typeName, let fields):
                output += typeName + "{"
                for (index, field) in fields.enumerated() {
                    if index > 0 { output += ", " }
                    if field.isOptional { output += "?" }
                    try writeField(field.field, id: field.id)
                    output += ": "
                    try write(field.value)
                }
                output += "}"
            case .comprehension:
                throw UnparseError("a comprehension without its macro call has no CEL syntax", exprID: node.id)
            }
        }

        mutating func writeOperand(_ expr: Expr, needsParentheses: Bool) throws(UnparseError) {
            if needsParentheses { output += "(" }
            try write(expr)
            if needsParentheses { output += ")" }
        }

        mutating func writeArguments(_ args: [Expr]) throws(UnparseError) {
            output += "("
            for (index, argument) in args.enumerated() {
                if index > 0 { output += ", " }
                try write(argument)
            }
            output += ")"
        }

        /// A field name, backquoted when it is not a plain identifier.
        mutating func writeField(_ field: String, id: Int64) throws(UnparseError) {
            let bytes = Array(field.utf8)
            let plain =
                !bytes.isEmpty && bytes[0].isIdentifierStart && bytes.allSatisfy(\.isIdentifierContinue)
                && !["true", "false", "null", "in"].contains(field)
            if plain {
                output += field
            } else if !bytes.isEmpty && bytes.allSatisfy(\.isEscapedIdentifierCharacter) {
                output += "`" + field + "`"
            } else {
                throw UnparseError("field name '\(field)' cannot be written in CEL", exprID: id)
            }
        }
    }
}
