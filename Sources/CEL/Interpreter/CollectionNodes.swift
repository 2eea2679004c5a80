/// List construction `[a, ?b, c]`.
final class ListNode: PlanNode, @unchecked Sendable {
    let elements: [PlanNode]
    let optional: [Bool]
    init(id: Int64, elements: [PlanNode], optionalIndices: [Int]) {
        self.elements = elements
        var flags = [Bool](repeating: false, count: elements.count)
        for index in optionalIndices where index < flags.count { flags[index] = true }
        self.optional = flags
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        var values: [CELValue] = []
        values.reserveCapacity(elements.count)
        var failure: CELValue?
        for (index, element) in elements.enumerated() {
            let value = element.evaluate(context)
            if value.isErrorOrUnknown {
                failure = failure.map { propagated($0, value) ?? $0 } ?? value
                continue
            }
            if optional[index] {
                switch value {
                case .optional(let wrapped?): values.append(wrapped)
                case .optional(nil): continue
                default: return .error(CELError.noSuchOverload("optional list element", [value]))
                }
            } else {
                values.append(value)
            }
        }
        if let failure { return failure }
        return .list(CELArrayList(values))
    }
}

/// Map construction `{k: v, ?k2: v2}`.
final class MapNode: PlanNode, @unchecked Sendable {
    let keys: [PlanNode]
    let values: [PlanNode]
    let optional: [Bool]
    init(id: Int64, keys: [PlanNode], values: [PlanNode], optional: [Bool]) {
        self.keys = keys
        self.values = values
        self.optional = optional
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        var entries: [(key: CELMapKey, value: CELValue)] = []
        entries.reserveCapacity(keys.count)
        var seen = Set<CELMapKey>()
        for index in keys.indices {
            let key = keys[index].evaluate(context)
            if key.isErrorOrUnknown { return key }
            var value = values[index].evaluate(context)
            if value.isErrorOrUnknown { return value }
            if optional[index] {
                switch value {
                case .optional(let wrapped?): value = wrapped
                case .optional(nil): continue
                default: return .error(CELError.noSuchOverload("optional map entry", [value]))
                }
            }
            guard let mapKey = CELMapKey(key) else {
                return .error(.invalidArgument, "unsupported key type: \(key.celType)")
            }
            // Numerically equal int and uint keys collide.
            let canonical: CELMapKey = {
                if case .uint(let u) = mapKey, u <= UInt64(Int64.max) { return .int(Int64(u)) }
                return mapKey
            }()
            guard seen.insert(canonical).inserted else {
                return .error(.invalidArgument, "Failed with repeated key: \(key)")
            }
            entries.append((mapKey, value))
        }
        return .map(CELDictionaryMap(entries))
    }
}

/// A message literal `T{f: v}`: only maps of known object types could be built; without type
/// information it is an error.
final class MessageNode: PlanNode, @unchecked Sendable {
    let typeName: String
    init(id: Int64, typeName: String) {
        self.typeName = typeName
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        .error(.invalidArgument, "unknown type: message construction of '\(typeName)' is not supported")
    }
}

/// `a[i]`.
final class IndexNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    let index: PlanNode
    init(id: Int64, operand: PlanNode, index: PlanNode) {
        self.operand = operand
        self.index = index
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let container = operand.evaluate(context)
        let key = index.evaluate(context)
        if let failure = propagated(container, key) { return failure }
        return stamped(IndexNode.index(container, key))
    }

    static func listPosition(_ key: CELValue, count: Int) -> Result<Int, CELError> {
        let position: Int64
        switch key {
        case .int(let i): position = i
        case .uint(let u): position = u > UInt64(Int64.max) ? Int64.max : Int64(u)
        case .double(let d):
            guard let i = Int64(exactly: d) else {
                return .failure(CELError(.invalidArgument, "unsupported index value \(d) in list"))
            }
            position = i
        default: return .failure(CELError.noSuchOverload("_[_]", [.list(CELArrayList.empty), key]))
        }
        guard position >= 0, position < Int64(count) else {
            return .failure(CELError(.indexOutOfRange, "index out of range: \(position)"))
        }
        return .success(Int(position))
    }

    static func index(_ container: CELValue, _ key: CELValue) -> CELValue {
        switch container {
        case .list(let list):
            switch listPosition(key, count: list.count) {
            case .success(let position): return list.element(at: position)
            case .failure(let error): return .error(error)
            }
        case .map(let map):
            if let value = map.lookup(key) { return value }
            switch key {
            case .string, .int, .uint, .bool, .double: return .error(.noSuchKey, "no such key: \(key)")
            default: return .error(CELError.noSuchOverload("_[_]", [container, key]))
            }
        case .optional(let wrapped):
            guard let wrapped else { return container }
            return optionalIndex(wrapped, key)
        default: return .error(CELError.noSuchOverload("_[_]", [container, key]))
        }
    }

    /// `a[?k]`: an optional, empty when the index or key is absent.
    static func optionalIndex(_ container: CELValue, _ key: CELValue) -> CELValue {
        switch container {
        case .list(let list):
            switch listPosition(key, count: list.count) {
            case .success(let position): return .optional(list.element(at: position))
            case .failure(let error) where error.code == .indexOutOfRange: return .optional(nil)
            case .failure(let error): return .error(error)
            }
        case .map(let map):
            switch key {
            case .string, .int, .uint, .bool, .double: return .optional(map.lookup(key))
            default: return .error(CELError.noSuchOverload("_[?_]", [container, key]))
            }
        case .optional(let wrapped):
            guard let wrapped else { return container }
            return optionalIndex(wrapped, key)
        default: return .error(CELError.noSuchOverload("_[?_]", [container, key]))
        }
    }
}

/// `a[?k]` as a node.
final class OptionalIndexNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    let index: PlanNode
    init(id: Int64, operand: PlanNode, index: PlanNode) {
        self.operand = operand
        self.index = index
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let container = operand.evaluate(context)
        let key = index.evaluate(context)
        if let failure = propagated(container, key) { return failure }
        return IndexNode.optionalIndex(container, key)
    }
}

/// `a.?f` as a node.
final class OptionalSelectNode: PlanNode, @unchecked Sendable {
    let operand: PlanNode
    let field: String
    init(id: Int64, operand: PlanNode, field: String) {
        self.operand = operand
        self.field = field
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        SelectNode.optionalSelect(operand.evaluate(context), field)
    }
}

/// `x in container`.
final class InNode: PlanNode, @unchecked Sendable {
    let element: PlanNode
    let container: PlanNode
    let fallback: Dispatcher?
    init(id: Int64, element: PlanNode, container: PlanNode, fallback: Dispatcher?) {
        self.element = element
        self.container = container
        self.fallback = fallback
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let value = element.evaluate(context)
        let target = container.evaluate(context)
        if let failure = propagated(value, target) { return failure }
        switch target {
        case .list(let list):
            let count = list.count
            if !context.charge(1 + count / 10) { return .error(context.cancellation!) }
            for index in 0..<count where list.element(at: index).isEqual(to: value) { return .bool(true) }
            return .bool(false)
        case .map(let map):
            switch value {
            case .string, .int, .uint, .bool, .double: return .bool(map.lookup(value) != nil)
            default: return .bool(false)
            }
        default:
            if let fallback { return fallback.call([value, target], context) }
            return .error(CELError.noSuchOverload("@in", [value, target]))
        }
    }
}
