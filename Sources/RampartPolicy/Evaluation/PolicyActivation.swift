import CEL

/// The variables of one rule evaluation without copying the resource's bindings for each rule:
/// `variables` and `item` change per rule and per message, everything else is shared.
struct PolicyActivation: CELActivation {
    let base: [String: CELValue]
    let variables: CELValue
    let item: CELValue?

    init(base: [String: CELValue], variables: CELValue, item: CELValue? = nil) {
        self.base = base
        self.variables = variables
        self.item = item
    }

    func value(for name: String) -> CELValue? {
        switch name {
        case "variables": return variables
        case "item": return item
        default: return base[name]
        }
    }
}
