public import CEL

/// Kubernetes' CEL `quantity` library: `quantity(s)`, `isQuantity(s)`, `sign`, `isInteger`,
/// `asInteger`, `asApproximateFloat`, `add`, `sub`, `compareTo`, `isLessThan`, `isGreaterThan`,
/// with exact arithmetic on ``Quantity``.
///
/// ```cel
/// quantity("200M") == quantity("0.2G") && quantity("50k").add(20).asInteger() == 50020
/// ```
public struct KubernetesQuantityLibrary: CELLibrary {
    /// `k8s.quantity`.
    public var id: String { "k8s.quantity" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = KubernetesQuantityLibrary.latestVersion) { self.version = version }

    /// Type-name constants, so `type(x) == <name>` works.
    public var variables: [CELVariable] { [.typeConstant(CELQuantity.celType)] }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let q = CELQuantity.celType
        return [
            CELFunction("quantity", .constantFolding("string_to_quantity", .string, q) { Self.parse($0) }),
            CELFunction(
                "isQuantity",
                .unary("is_quantity_string", .string, .bool) { value in
                    guard case .string(let text) = value else { return .noOverload("isQuantity", [value]) }
                    return .bool(Quantity.isValid(text))
                }),
            CELFunction(
                "sign",
                .unary("quantity_sign", q, .int, member: true) { value in
                    Self.with(value, "sign") { .int(Int64($0.sign)) }
                }),
            CELFunction(
                "isInteger",
                .unary("quantity_is_integer", q, .bool, member: true) { value in
                    Self.with(value, "isInteger") { .bool($0.isInteger) }
                }),
            CELFunction(
                "asInteger",
                .unary("quantity_get_int", q, .int, member: true) { value in
                    Self.with(value, "asInteger") { quantity in
                        guard let integer = quantity.int64Value else {
                            return .invalid("cannot convert value to integer")
                        }
                        return .int(integer)
                    }
                }),
            CELFunction(
                "asApproximateFloat",
                .unary("quantity_get_float", q, .double, member: true) { value in
                    Self.with(value, "asApproximateFloat") { .double($0.approximateDouble) }
                }),
            CELFunction(
                "add",
                .binary("quantity_add", q, q, q, member: true) { Self.combine($0, $1, "add", +) },
                .binary("quantity_add_int", q, .int, q, member: true) { Self.combine($0, $1, "add", +) }),
            CELFunction(
                "sub",
                .binary("quantity_sub", q, q, q, member: true) { Self.combine($0, $1, "sub", -) },
                .binary("quantity_sub_int", q, .int, q, member: true) { Self.combine($0, $1, "sub", -) }),
            CELFunction(
                "compareTo",
                .binary("quantity_compare_to", q, q, .int, member: true) { lhs, rhs in
                    Self.compare(lhs, rhs, "compareTo") { .int(Int64($0)) }
                }),
            CELFunction(
                "isLessThan",
                .binary("quantity_less", q, q, .bool, member: true) { lhs, rhs in
                    Self.compare(lhs, rhs, "isLessThan") { .bool($0 < 0) }
                }),
            CELFunction(
                "isGreaterThan",
                .binary("quantity_greater", q, q, .bool, member: true) { lhs, rhs in
                    Self.compare(lhs, rhs, "isGreaterThan") { .bool($0 > 0) }
                }),
        ]
    }

    static func parse(_ value: CELValue) -> CELValue {
        guard case .string(let text) = value else { return .noOverload("quantity", [value]) }
        do {
            return .opaque(CELQuantity(try Quantity(parsing: text)))
        } catch {
            return .invalid(error.message)
        }
    }

    static func quantity(_ value: CELValue) -> Quantity? {
        switch value {
        case .opaque(let opaque): (opaque as? CELQuantity)?.quantity
        case .int(let integer): Quantity(integer)
        default: nil
        }
    }

    private static func with(_ value: CELValue, _ name: String, _ body: (Quantity) -> CELValue) -> CELValue {
        guard case .opaque(let opaque) = value, let quantity = (opaque as? CELQuantity)?.quantity else {
            return .noOverload(name, [value])
        }
        return body(quantity)
    }

    private static func combine(
        _ lhs: CELValue, _ rhs: CELValue, _ name: String, _ operation: (Quantity, Quantity) -> Quantity
    ) -> CELValue {
        guard case .opaque = lhs, let left = quantity(lhs), let right = quantity(rhs) else {
            return .noOverload(name, [lhs, rhs])
        }
        return .opaque(CELQuantity(operation(left, right)))
    }

    private static func compare(_ lhs: CELValue, _ rhs: CELValue, _ name: String, _ body: (Int) -> CELValue) -> CELValue
    {
        guard case .opaque = lhs, case .opaque = rhs, let left = quantity(lhs), let right = quantity(rhs) else {
            return .noOverload(name, [lhs, rhs])
        }
        return body(left.compare(to: right))
    }
}
