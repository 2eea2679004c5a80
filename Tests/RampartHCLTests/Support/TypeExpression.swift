import RampartHCL

/// Reads an HCL type expression (`object({a = string})`, `map(number)`, `any`) from its parsed syntax.
enum TypeExpression {
    static func type(of expression: HCLExpression) -> HCLType? {
        switch expression.kind {
        case .variable(let name):
            switch name {
            case "string": return .string
            case "number": return .number
            case "bool": return .bool
            case "any": return .any
            default: return nil
            }
        case .call(let name, let arguments, _):
            guard arguments.count == 1 else { return nil }
            let argument = arguments[0]
            switch name {
            case "list": return type(of: argument).map(HCLType.list)
            case "set": return type(of: argument).map(HCLType.set)
            case "map": return type(of: argument).map(HCLType.map)
            case "tuple":
                guard case .tuple(let items) = argument.kind else { return nil }
                let types = items.compactMap(type(of:))
                return types.count == items.count ? .tuple(types) : nil
            case "object":
                guard case .object(let items) = argument.kind else { return nil }
                var fields: [String: HCLType] = [:]
                for item in items {
                    guard case .literal(.string(let key)) = item.key.kind, let fieldType = type(of: item.value) else {
                        return nil
                    }
                    fields[key] = fieldType
                }
                return .object(fields)
            default: return nil
            }
        default:
            return nil
        }
    }
}
