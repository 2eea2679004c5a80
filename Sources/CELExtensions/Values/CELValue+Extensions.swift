public import CEL

extension CELValue {
    /// An error value from an extension function's ``ExtensionError``.
    static func failure(_ error: ExtensionError) -> CELValue {
        .error(CELError(CELError.Code(rawValue: error.code), error.message))
    }

    /// An error value for arguments no overload accepts.
    static func noOverload(_ function: String, _ arguments: [CELValue]) -> CELValue {
        .error(CELError.noSuchOverload(function, arguments))
    }

    /// An `invalid_argument` error value.
    static func invalid(_ message: String) -> CELValue {
        .error(.invalidArgument, message)
    }

    /// The elements of a list value, or `nil`.
    var listElements: [CELValue]? {
        if case .list(let list) = self { return list.elementArray }
        return nil
    }

    /// A list of strings.
    static func strings(_ values: [String]) -> CELValue {
        .array(values.map { .string($0) })
    }
}

extension CELVariable {
    /// A type-name constant such as `net.IP`, so that `type(x) == net.IP` checks and evaluates.
    static func typeConstant(_ type: CELType) -> CELVariable {
        CELVariable(type.runtimeName, .type(type), value: .type(type))
    }
}
