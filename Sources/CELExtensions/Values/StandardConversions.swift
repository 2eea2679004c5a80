import CEL

/// Access to the standard library's conversions (`string(x)`, `duration(s)`, `timestamp(s)`), so
/// extensions format and validate exactly as the core does.
enum StandardConversions {
    private static let functions: [String: CELFunction] = {
        var table: [String: CELFunction] = [:]
        for function in CELStandardLibrary().functions
        where ["string", "duration", "timestamp"].contains(function.name) {
            table[function.name] = function
        }
        return table
    }()

    /// Calls the standard one-argument overload of `name` whose parameter is `parameter`.
    static func call(_ name: String, _ parameter: CELType, _ argument: CELValue) -> CELValue {
        guard let overload = functions[name]?.overloads.first(where: { $0.parameters == [parameter] }),
            case .unary(let body)? = overload.implementation
        else { return .noOverload(name, [argument]) }
        return body(argument)
    }

    /// `string(x)` as the standard library computes it, or `nil` when it fails.
    static func text(of value: CELValue) -> String? {
        if case .string(let text) = call("string", value.celType, value) { return text }
        return nil
    }
}
