/// Helper functions that macro expansions call (not meant to be written by hand):
/// `cel.@mapInsert(map, key, value)` and `cel.@mapInsert(map, entries)` of `transformMap` and
/// `transformMapEntry`.
enum StandardInternal {
    static func insert(_ map: CELValue, _ entries: [(CELValue, CELValue)]) -> CELValue {
        guard case .map(let existing) = map else { return .error(CELError.noSuchOverload("cel.@mapInsert", [map])) }
        var all: [(key: CELMapKey, value: CELValue)] = []
        all.reserveCapacity(existing.count + entries.count)
        for index in 0..<existing.count {
            guard let key = CELMapKey(existing.key(at: index)) else { continue }
            all.append((key, existing.value(at: index)))
        }
        for (key, value) in entries {
            guard let mapKey = CELMapKey(key) else {
                return .error(.invalidArgument, "unsupported key type: \(key.celType)")
            }
            if existing.lookup(key) != nil {
                return .error(.invalidArgument, "insert failed: key \(key) already exists")
            }
            all.append((mapKey, value))
        }
        return .map(CELDictionaryMap(all))
    }

    static var functions: [CELFunction] {
        let k = CELType.typeParameter("K")
        let v = CELType.typeParameter("V")
        return [
            CELFunction(
                "cel.@mapInsert",
                // Each insert copies the map, so the cost grows with its size (a quadratic
                // transformMap over a huge map runs into the budget instead of the CPU).
                .ternary(
                    "cel_@mapInsert_map_key_value", .map(k, v), k, v, .map(k, v), cost: .linear(base: 1, perUnit: 0.1)
                ) { map, key, value in
                    insert(map, [(key, value)])
                },
                .binary(
                    "cel_@mapInsert_map_map", .map(k, v), .map(k, v), .map(k, v), cost: .linear(base: 1, perUnit: 0.1)
                ) { map, other in
                    guard case .map(let entries) = other else {
                        return .error(CELError.noSuchOverload("cel.@mapInsert", [map, other]))
                    }
                    return insert(map, (0..<entries.count).map { (entries.key(at: $0), entries.value(at: $0)) })
                })
        ]
    }
}
