import CELSyntax

/// The accumulator of `transformMap` / `transformMapEntry`: inserted into in place instead of
/// copying the map on every iteration. Never escapes its comprehension (converted to
/// ``CELDictionaryMap`` at the end).
final class AccumulatingMap: CELMap, @unchecked Sendable {
    var keys: [CELMapKey] = []
    var values: [CELValue] = []
    var index: [CELMapKey: Int] = [:]

    var count: Int { keys.count }
    func key(at index: Int) -> CELValue { keys[index].value }
    func value(at index: Int) -> CELValue { values[index] }
    func value(forKey key: CELValue) -> CELValue? {
        guard let mapKey = CELMapKey(key), let position = index[mapKey] else { return nil }
        return values[position]
    }

    /// Inserts a new entry; an error when the key (or a numerically equal one) exists.
    func insert(_ key: CELValue, _ value: CELValue) -> CELValue? {
        guard let mapKey = CELMapKey(key) else {
            return .error(.invalidArgument, "unsupported key type: \(key.celType)")
        }
        if lookup(key) != nil { return .error(.invalidArgument, "insert failed: key \(key) already exists") }
        index[mapKey] = keys.count
        keys.append(mapKey)
        values.append(value)
        return nil
    }

    var finished: CELDictionaryMap { CELDictionaryMap(Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }) }
}

/// `{}` as the initial accumulator of a map-building comprehension: a fresh builder.
final class NewMapAccumulatorNode: PlanNode, @unchecked Sendable {
    override func evaluate(_ context: EvaluationContext) -> CELValue { .map(AccumulatingMap()) }
}

/// `cel.@mapInsert(@result, k, v)` or `cel.@mapInsert(@result, entries)` inserting in place.
final class MapInsertNode: PlanNode, @unchecked Sendable {
    let accuSlot: Int
    let arguments: [PlanNode]
    let general: PlanNode
    init(id: Int64, accuSlot: Int, arguments: [PlanNode], general: PlanNode) {
        self.accuSlot = accuSlot
        self.arguments = arguments
        self.general = general
        super.init(id: id)
    }
    override func evaluate(_ context: EvaluationContext) -> CELValue {
        let accumulator = context.slots[accuSlot]
        guard case .map(let map) = accumulator, let builder = map as? AccumulatingMap else {
            return general.evaluate(context)
        }
        let values = arguments.map { $0.evaluate(context) }
        if let failure = propagated(values) { return failure }
        if builder.count >= context.maxCollectionSize { return context.collectionTooLarge(builder.count + 1) }
        if values.count == 2 {
            if let failure = builder.insert(values[0], values[1]) { return failure }
        } else {
            guard case .map(let entries) = values[0] else {
                return .error(CELError.noSuchOverload("cel.@mapInsert", [accumulator, values[0]]))
            }
            for position in 0..<entries.count {
                if let failure = builder.insert(entries.key(at: position), entries.value(at: position)) {
                    return failure
                }
            }
        }
        return accumulator
    }
}

extension Planner {
    /// `true` for the `transformMap` shape: an internal accumulator starting as `{}` and returned
    /// as the result.
    static func isMapBuildingShape(_ c: Comprehension) -> Bool {
        guard c.accuVar.hasPrefix("@") || c.accuVar.hasPrefix("__"),
            case .map(let entries) = c.accuInit.kind, entries.isEmpty,
            case .ident(let name) = c.result.kind, name == c.accuVar
        else { return false }
        return true
    }

    /// A `cel.@mapInsert(@result, …)` step of a map-building comprehension, inserting in place.
    mutating func mapInsertNode(_ expr: Expr, _ args: [Expr], slot: Int?) -> PlanNode? {
        guard let slot, args.count == 2 || args.count == 3, case .ident(let name) = args[0].kind,
            scopesContain(name) == slot
        else { return nil }
        let arguments = args.dropFirst().map { plan($0) }
        var generalPlanner = self
        generalPlanner.disableInPlaceAccumulation()
        let general = generalPlanner.plan(expr)
        adoptSlots(from: generalPlanner)
        return MapInsertNode(id: expr.id, accuSlot: slot, arguments: arguments, general: general)
    }
}
