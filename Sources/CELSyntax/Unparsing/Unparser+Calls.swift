extension Unparser.Writer {
    /// Prints a call: an operator in its infix/prefix form, or `f(args)` / `target.f(args)`.
    mutating func writeCall(_ node: Expr, target: Expr?, function: String, args: [Expr]) throws(UnparseError) {
        if let target {
            try writeOperand(target, needsParentheses: precedence(target) < .member)
            output += "." + function
            try writeArguments(args)
            return
        }
        switch (function, args.count) {
        case (Operator.conditional, 3):
            try writeOperand(args[0], needsParentheses: precedence(args[0]) <= .conditional)
            output += " ? "
            try writeOperand(args[1], needsParentheses: precedence(args[1]) <= .conditional)
            output += " : "
            try write(args[2])
        case (Operator.logicalNot, 1), (Operator.negate, 1):
            output += function == Operator.logicalNot ? "!" : "-"
            // `-` directly before a number literal would fold into it (`-(1).f` is not `-1.f`).
            let parenthesize =
                precedence(args[0]) < .member || (function == Operator.negate && startsWithNumber(args[0]))
            try writeOperand(args[0], needsParentheses: parenthesize)
        case (Operator.index, 2), (Operator.optionalIndex, 2):
            try writeOperand(args[0], needsParentheses: precedence(args[0]) < .member)
            output += function == Operator.index ? "[" : "[?"
            try write(args[1])
            output += "]"
        case (Operator.optionalSelect, 2):
            guard case .literal(.string(let field)) = printed(args[1]).kind else {
                throw UnparseError("optional selection needs a string literal field name", exprID: node.id)
            }
            try writeOperand(args[0], needsParentheses: precedence(args[0]) < .member)
            output += ".?"
            try writeField(field, id: args[1].id)
        case (Operator.logicalAnd, 2), (Operator.logicalOr, 2):
            try writeLogical(node, function: function)
        default:
            if args.count == 2, let binary = Unparser.binaryOperators[function] {
                try writeOperand(args[0], needsParentheses: precedence(args[0]) < binary.precedence)
                output += " \(binary.symbol) "
                try writeOperand(args[1], needsParentheses: precedence(args[1]) <= binary.precedence)
                return
            }
            guard Self.isWritableFunctionName(function) else {
                throw UnparseError("'\(function)' with \(args.count) arguments has no CEL syntax", exprID: node.id)
            }
            output += function
            try writeArguments(args)
        }
    }

    /// Whether the printed form of `expr` begins with an int or double literal.
    private func startsWithNumber(_ expr: Expr) -> Bool {
        var node = printed(expr)
        while true {
            switch node.kind {
            case .literal(.int), .literal(.double):
                return true
            case .select(let operand, _, false):
                node = printed(operand)
            case .call(let target?, _, _):
                node = printed(target)
            case .call(nil, let function, let args)
            where args.count == 2
                && (function == Operator.index || function == Operator.optionalIndex
                    || function == Operator.optionalSelect):
                node = printed(args[0])
            default:
                return false
            }
        }
    }

    /// Whether a function name can be written as a call: an identifier, with an optional
    /// leading dot.
    static func isWritableFunctionName(_ name: String) -> Bool {
        var bytes = Substring(name).utf8
        if bytes.first == UInt8(ascii: ".") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, first.isIdentifierStart else { return false }
        return bytes.allSatisfy(\.isIdentifierContinue)
    }

    /// Prints a `&&`/`||` tree. The parser builds chains as balanced trees, so a chain whose shape
    /// is the balanced one prints flat (`a && b && c`); any other shape keeps its parentheses.
    private mutating func writeLogical(_ node: Expr, function: String) throws(UnparseError) {
        let precedence: Unparser.Precedence = function == Operator.logicalAnd ? .and : .or
        let symbol = function == Operator.logicalAnd ? " && " : " || "
        var terms: [Expr] = []
        collectTerms(node, function: function, into: &terms)
        if isBalanced(node, function: function, low: 0, high: terms.count - 2) {
            for (index, term) in terms.enumerated() {
                if index > 0 { output += symbol }
                try writeOperand(term, needsParentheses: self.precedence(term) <= precedence)
            }
            return
        }
        guard case .call(_, _, let args) = node.kind else { return }
        try writeOperand(args[0], needsParentheses: self.precedence(args[0]) <= precedence)
        output += symbol
        try writeOperand(args[1], needsParentheses: self.precedence(args[1]) <= precedence)
    }

    /// Whether `expr` is a two-argument call of `function` (macro expansions excluded).
    private func isChainLink(_ expr: Expr, function: String) -> Bool {
        guard macroCalls[expr.id] == nil, case .call(nil, let name, let args) = expr.kind else { return false }
        return name == function && args.count == 2
    }

    private func collectTerms(_ expr: Expr, function: String, into terms: inout [Expr]) {
        guard isChainLink(expr, function: function), case .call(_, _, let args) = expr.kind else {
            terms.append(expr)
            return
        }
        collectTerms(args[0], function: function, into: &terms)
        collectTerms(args[1], function: function, into: &terms)
    }

    /// Whether the chain rooted at `expr` over operators `low...high` has the parser's balanced
    /// shape.
    private func isBalanced(_ expr: Expr, function: String, low: Int, high: Int) -> Bool {
        guard case .call(_, _, let args) = expr.kind else { return false }
        let middle = (low + high + 1) / 2
        let leftOK =
            middle == low
            ? !isChainLink(args[0], function: function)
            : isChainLink(args[0], function: function)
                && isBalanced(args[0], function: function, low: low, high: middle - 1)
        let rightOK =
            middle == high
            ? !isChainLink(args[1], function: function)
            : isChainLink(args[1], function: function)
                && isBalanced(args[1], function: function, low: middle + 1, high: high)
        return leftOK && rightOK
    }
}
