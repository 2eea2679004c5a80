/// An expression of the HCL native syntax, with the exact range it was written at.
public struct HCLExpression: Sendable {
    /// The expression forms of the native syntax.
    public indirect enum Kind: Sendable {
        /// A literal value (`1`, `true`, `null`).
        case literal(HCLValue)
        /// A string template (quoted or heredoc) made of parts.
        case template([HCLTemplatePart])
        /// A variable reference (`var`, `each`).
        case variable(String)
        /// Attribute access `collection.name`.
        case getAttribute(HCLExpression, name: String)
        /// Index `collection[key]` or legacy `collection.0`.
        case index(HCLExpression, key: HCLExpression)
        /// A splat: the source, and the steps applied to each element (`[*]` keeps indexes, `.*` does not).
        case splat(HCLExpression, each: [HCLTraverser], full: Bool)
        /// Function call `name(args)`; `expandFinal` for `name(args...)`.
        case call(name: String, arguments: [HCLExpression], expandFinal: Bool)
        /// Tuple constructor `[a, b]`.
        case tuple([HCLExpression])
        /// Object constructor `{k = v}`.
        case object([HCLObjectItem])
        /// Unary operator.
        case unary(HCLUnaryOperator, HCLExpression)
        /// Binary operator.
        case binary(HCLBinaryOperator, HCLExpression, HCLExpression)
        /// Conditional `c ? a : b`.
        case conditional(HCLExpression, HCLExpression, HCLExpression)
        /// A `for` expression.
        case forExpression(HCLForExpression)
        /// `( expression )`.
        case parenthesized(HCLExpression)
    }

    /// The form and its operands.
    public var kind: Kind
    /// Where the expression is written.
    public var range: HCLRange

    /// Creates an expression.
    public init(_ kind: Kind, range: HCLRange) {
        self.kind = kind
        self.range = range
    }
}

/// One step of a splat's per-element traversal.
public enum HCLTraverser: Sendable {
    /// `.name`
    case attribute(String, HCLRange)
    /// `[key]` or `.0`
    case index(HCLExpression, HCLRange)
}

/// One `key = value` item of an object constructor.
public struct HCLObjectItem: Sendable {
    /// The key; a bare identifier key is a string literal.
    public var key: HCLExpression
    /// The value.
    public var value: HCLExpression

    /// Creates an item.
    public init(key: HCLExpression, value: HCLExpression) {
        self.key = key
        self.value = value
    }
}

/// A `[for …]` or `{for …}` expression.
public struct HCLForExpression: Sendable {
    /// The key (or index) variable name, when two names are given.
    public var keyVariable: String?
    /// The value variable name.
    public var valueVariable: String
    /// The collection iterated.
    public var collection: HCLExpression
    /// The key expression of an object `for` (`k => v`); `nil` for a tuple `for`.
    public var keyExpression: HCLExpression?
    /// The element (or value) expression.
    public var valueExpression: HCLExpression
    /// The `if` filter.
    public var condition: HCLExpression?
    /// `true` for the grouping form `k => v...`.
    public var grouping: Bool

    /// Creates a `for` expression.
    public init(
        keyVariable: String?, valueVariable: String, collection: HCLExpression, keyExpression: HCLExpression?,
        valueExpression: HCLExpression, condition: HCLExpression?, grouping: Bool
    ) {
        self.keyVariable = keyVariable
        self.valueVariable = valueVariable
        self.collection = collection
        self.keyExpression = keyExpression
        self.valueExpression = valueExpression
        self.condition = condition
        self.grouping = grouping
    }
}

/// Part of a string template.
public indirect enum HCLTemplatePart: Sendable {
    /// Literal text (escapes already decoded, strip markers and heredoc indentation applied).
    case literal(String, HCLRange)
    /// `${ expression }`.
    case interpolation(HCLExpression)
    /// `%{if c}…%{else}…%{endif}`.
    case conditional(HCLExpression, then: [HCLTemplatePart], otherwise: [HCLTemplatePart], HCLRange)
    /// `%{for k, v in coll}…%{endfor}`.
    case loop(keyVariable: String?, valueVariable: String, collection: HCLExpression, body: [HCLTemplatePart], HCLRange)
}

/// Unary operators.
public enum HCLUnaryOperator: String, Sendable {
    /// `!`
    case not = "!"
    /// `-`
    case negate = "-"
}

/// Binary operators, from lowest to highest precedence group.
public enum HCLBinaryOperator: String, Sendable {
    /// `||`
    case or = "||"
    /// `&&`
    case and = "&&"
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `/`
    case divide = "/"
    /// `%`
    case modulo = "%"

    /// Binding strength: 1 (`||`) to 6 (`* / %`).
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .greater, .greaterOrEqual, .less, .lessOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .modulo: 6
        }
    }
}
