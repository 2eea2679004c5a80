extension ParserState {
    /// Precedence of `||`, the loosest binary operator.
    static let orPrecedence = 1
    /// Precedence of `&&`.
    static let andPrecedence = 2

    /// The function and precedence (1 loosest … 5 tightest) of a binary operator token:
    /// `||`; `&&`; relations `< <= >= > == != in`; `+ -`; `* / %`.
    static func binaryOperator(_ kind: TokenKind) -> (function: String, precedence: Int)? {
        switch kind {
        case .pipePipe: (Operator.logicalOr, orPrecedence)
        case .ampersandAmpersand: (Operator.logicalAnd, andPrecedence)
        case .less: (Operator.less, 3)
        case .lessEqual: (Operator.lessEquals, 3)
        case .greater: (Operator.greater, 3)
        case .greaterEqual: (Operator.greaterEquals, 3)
        case .equalEqual: (Operator.equals, 3)
        case .bangEqual: (Operator.notEquals, 3)
        case .inKeyword: (Operator.in, 3)
        case .plus: (Operator.add, 4)
        case .minus: (Operator.subtract, 4)
        case .star: (Operator.multiply, 5)
        case .slash: (Operator.divide, 5)
        case .percent: (Operator.modulo, 5)
        default: nil
        }
    }

    /// The binary-operator levels of the grammar (`ConditionalOr` down to `Multiplication`) by
    /// precedence climbing: operators at or above `minimumPrecedence` associate to the left;
    /// `&&`/`||` chains become balanced trees.
    ///
    /// One function for all levels keeps the stack shallow: an operand without operators costs
    /// one frame, not one per level.
    mutating func parseBinary(minimumPrecedence: Int) throws(Abort) -> Expr {
        var left = try parseUnary()
        while let (function, precedence) = Self.binaryOperator(current.kind), precedence >= minimumPrecedence {
            if precedence <= Self.andPrecedence {
                left = try parseLogicalChain(first: left, function: function, precedence: precedence)
                continue
            }
            let id = makeID(at: advance().start)
            let right = try parseBinary(minimumPrecedence: precedence + 1)
            left = try makeBinaryCall(id, function, left, right)
        }
        return left
    }

    /// The call node of a binary operator (kept out of line so ``parseBinary(minimumPrecedence:)``
    /// keeps a small frame).
    @inline(never)
    mutating func makeBinaryCall(_ id: Int64, _ function: String, _ left: Expr, _ right: Expr) throws(Abort) -> Expr {
        try node(
            id, .call(target: nil, function: function, args: [left, right]), children: max(height(left), height(right)))
    }

    /// `first || t2 || t3 …` (or `&&`), as a balanced tree so long chains stay shallow (as cel-go
    /// builds them).
    @inline(never)
    private mutating func parseLogicalChain(first: Expr, function: String, precedence: Int) throws(Abort) -> Expr {
        let operatorKind = current.kind
        var terms = [first]
        var operatorIDs: [Int64] = []
        while current.kind == operatorKind {
            operatorIDs.append(makeID(at: advance().start))
            terms.append(try parseBinary(minimumPrecedence: precedence + 1))
        }
        return try balancedTree(function, terms: terms, operatorIDs: operatorIDs, low: 0, high: operatorIDs.count - 1)
    }

    /// Joins `terms` with the operators `operatorIDs[low...high]` into a tree of logarithmic depth.
    private mutating func balancedTree(
        _ function: String, terms: [Expr], operatorIDs: [Int64], low: Int, high: Int
    ) throws(Abort) -> Expr {
        let middle = (low + high + 1) / 2
        let left =
            middle == low
            ? terms[middle]
            : try balancedTree(function, terms: terms, operatorIDs: operatorIDs, low: low, high: middle - 1)
        let right =
            middle == high
            ? terms[middle + 1]
            : try balancedTree(function, terms: terms, operatorIDs: operatorIDs, low: middle + 1, high: high)
        return try makeBinaryCall(operatorIDs[middle], function, left, right)
    }

    /// `Unary = Member | "!" {"!"} Member | "-" {"-"} Member`. An even run of the same operator
    /// cancels out (as in cel-go); a single `-` before a number literal is folded into it.
    mutating func parseUnary() throws(Abort) -> Expr {
        let operatorKind = current.kind
        guard operatorKind == .bang || operatorKind == .minus else { return try parseMember() }
        if operatorKind == .minus && kind(ahead: 1).isSignableNumber { return try parseMember() }
        return try parsePrefixed(operatorKind)
    }

    /// A run of `!` or `-` and the member it applies to.
    @inline(never)
    private mutating func parsePrefixed(_ operatorKind: TokenKind) throws(Abort) -> Expr {
        let first = current
        var count = 0
        while current.kind == operatorKind {
            advance()
            count += 1
        }
        guard count % 2 == 1 else { return try parseMember() }
        let id = makeID(at: first.start)
        let operand = try parseMember()
        let function = operatorKind == .bang ? Operator.logicalNot : Operator.negate
        return try node(id, .call(target: nil, function: function, args: [operand]), children: height(operand))
    }
}

extension TokenKind {
    /// Number literals into which a leading minus sign is folded.
    var isSignableNumber: Bool { self == .intLiteral || self == .doubleLiteral }
}
