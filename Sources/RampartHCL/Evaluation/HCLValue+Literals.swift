public import RampartCore

extension HCLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// A string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A number value.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A bool value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A tuple value.
    public init(arrayLiteral elements: HCLValue...) { self = .tuple(elements) }
    /// An object value.
    public init(dictionaryLiteral elements: (String, HCLValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    /// The null value.
    public init(nilLiteral: ()) { self = .null }

    /// The value of a document node (variables from `.tfvars` or JSON files): lists become tuples, mappings objects.
    public init(_ node: Node) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .number(HCLDecimal(Int(number)))
        case .double(let number): self = number.isFinite ? .number(HCLDecimal("\(number)") ?? .zero) : .unknown
        case .string(let text): self = .string(text)
        case .list(let items): self = .tuple(items.map(HCLValue.init))
        case .map(let mapping):
            var fields: [String: HCLValue] = [:]
            for entry in mapping.entries { fields[entry.key] = HCLValue(entry.value) }
            self = .object(fields)
        }
    }
}
