/// A parsed CEL expression: the abstract syntax tree shared by the parser, the checker and the
/// interpreter.
///
/// The shape follows the CEL language definition's `Expr` message (google/cel-spec
/// `syntax.proto`), so that an expression can be explained in the same vocabulary as every other
/// CEL implementation: constants, identifiers, field selection, calls (operators are calls such as
/// `_+_`), list and map construction, message construction and comprehensions (the expansion of
/// the `all`, `exists`, `map` … macros).
///
/// Every node carries an ``id`` that is unique within one parse; ``ParsedExpr/offsets`` maps it to
/// its character offset in the source so errors can point at a line and column.
///
/// ```swift
/// let parsed = try Parser().parse("a + 1")
/// // .call(target: nil, function: "_+_", args: [.ident("a"), .literal(.int(1))])
/// ```
public struct Expr: Sendable, Hashable {
    /// Identifier of this node, unique within one ``ParsedExpr``.
    public var id: Int64
    /// What the node is.
    public var kind: Kind

    /// Creates a node.
    public init(id: Int64, _ kind: Kind) {
        self.id = id
        self.kind = kind
    }

    /// The node kinds of the CEL syntax tree.
    public indirect enum Kind: Sendable, Hashable {
        /// A literal value.
        case literal(Constant)
        /// A (possibly qualified, e.g. `.a.b`) identifier. A leading dot is kept in the name.
        case ident(String)
        /// Field selection `operand.field`; `testOnly` is the presence test produced by `has()`.
        case select(operand: Expr, field: String, testOnly: Bool)
        /// A function call, global (`size(x)`) or receiver-style (`x.size()`). Operators are calls
        /// with the names of ``Operator``.
        case call(target: Expr?, function: String, args: [Expr])
        /// List construction; `optionalIndices` lists the positions written `?x`.
        case list(elements: [Expr], optionalIndices: [Int])
        /// Map construction `{k: v, ?k2: v2}`.
        case map(entries: [MapEntry])
        /// Message construction `pkg.Type{field: value}`.
        case message(typeName: String, fields: [FieldInitializer])
        /// A comprehension, the expansion of a macro.
        case comprehension(Comprehension)
    }
}

/// A literal constant in source.
public enum Constant: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
}

/// One `key: value` entry of a map literal.
public struct MapEntry: Sendable, Hashable {
    /// Identifier of the entry (its position is the colon's).
    public var id: Int64
    public var key: Expr
    public var value: Expr
    /// `true` for `?key: value`, which adds the entry only when `value` is an optional with a value.
    public var isOptional: Bool

    public init(id: Int64, key: Expr, value: Expr, isOptional: Bool = false) {
        self.id = id
        self.key = key
        self.value = value
        self.isOptional = isOptional
    }
}

/// One `field: value` initializer of a message literal.
public struct FieldInitializer: Sendable, Hashable {
    public var id: Int64
    public var field: String
    public var value: Expr
    /// `true` for `?field: value`.
    public var isOptional: Bool

    public init(id: Int64, field: String, value: Expr, isOptional: Bool = false) {
        self.id = id
        self.field = field
        self.value = value
        self.isOptional = isOptional
    }
}

/// A fold over a list or map, the target of macro expansion (cel-spec `Expr.Comprehension`).
///
/// Evaluation: `accuVar = accuInit`; for each element of `iterRange` (list element, or map key;
/// with ``iterVar2`` set, index/key in `iterVar` and value/element in `iterVar2`), stop if
/// `loopCondition` is false, else `accuVar = loopStep`; finally return `result`.
public struct Comprehension: Sendable, Hashable {
    public var iterVar: String
    /// Second iteration variable of the two-variable forms (`all(i, v, …)`), or `nil`.
    public var iterVar2: String?
    public var iterRange: Expr
    public var accuVar: String
    public var accuInit: Expr
    public var loopCondition: Expr
    public var loopStep: Expr
    public var result: Expr

    public init(
        iterVar: String, iterVar2: String? = nil, iterRange: Expr, accuVar: String, accuInit: Expr,
        loopCondition: Expr, loopStep: Expr, result: Expr
    ) {
        self.iterVar = iterVar
        self.iterVar2 = iterVar2
        self.iterRange = iterRange
        self.accuVar = accuVar
        self.accuInit = accuInit
        self.loopCondition = loopCondition
        self.loopStep = loopStep
        self.result = result
    }
}

/// Function names the parser gives to operators, as in cel-spec `operators`.
public enum Operator {
    public static let conditional = "_?_:_"
    public static let logicalAnd = "_&&_"
    public static let logicalOr = "_||_"
    public static let logicalNot = "!_"
    public static let equals = "_==_"
    public static let notEquals = "_!=_"
    public static let less = "_<_"
    public static let lessEquals = "_<=_"
    public static let greater = "_>_"
    public static let greaterEquals = "_>=_"
    public static let add = "_+_"
    public static let subtract = "_-_"
    public static let multiply = "_*_"
    public static let divide = "_/_"
    public static let modulo = "_%_"
    public static let negate = "-_"
    public static let index = "_[_]"
    /// `a[?k]`: optional index.
    public static let optionalIndex = "_[?_]"
    /// `a.?f`: optional field selection; the second argument is the field name as a string literal.
    public static let optionalSelect = "_?._"
    public static let `in` = "@in"
    /// Internal helper of macro expansion: "not strictly false" (`@not_strictly_false`).
    public static let notStrictlyFalse = "@not_strictly_false"
    /// Internal helper of `transformMap`/`transformMapEntry`: `cel.@mapInsert(map, key, value)`
    /// returns `map` with the entry added; `cel.@mapInsert(map, entries)` merges a map.
    public static let mapInsert = "cel.@mapInsert"
    /// Internal helper of `cel.block(bindings, body)`: `cel.@block([e0, e1 …], body)` where the
    /// identifiers `@index0`, `@index1` … refer to the bindings.
    public static let block = "cel.@block"
    /// Internal helper of `sortBy`: the receiver call `list.@sortByAssociatedKeys(keys)` sorts
    /// `list` by the parallel list `keys`.
    public static let sortByAssociatedKeys = "@sortByAssociatedKeys"
}

/// The result of parsing: the tree, the source, and where each node came from.
public struct ParsedExpr: Sendable {
    /// The root of the tree.
    public var expr: Expr
    /// The source text and its line table.
    public var source: Source
    /// Character offset (in Unicode scalars from the start of the source) of each node id.
    public var offsets: [Int64: Int]
    /// For nodes produced by macro expansion, the original call as written (for diagnostics and
    /// unparsing).
    public var macroCalls: [Int64: Expr]

    public init(expr: Expr, source: Source, offsets: [Int64: Int], macroCalls: [Int64: Expr] = [:]) {
        self.expr = expr
        self.source = source
        self.offsets = offsets
        self.macroCalls = macroCalls
    }

    /// Line and column (1-based) of a node, if known.
    public func location(of id: Int64) -> Source.Location? {
        offsets[id].map { source.location(ofOffset: $0) }
    }
}
