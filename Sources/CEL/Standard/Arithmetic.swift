/// The arithmetic operators on built-in types, shared by the planned operator nodes and the
/// standard library's overload implementations.
enum Arithmetic {
    static func overflow(_ op: String) -> CELValue { .error(.overflow, "integer overflow in \(op)") }

    static func add(_ lhs: CELValue, _ rhs: CELValue) -> CELValue? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (r, o) = a.addingReportingOverflow(b)
            return o ? overflow("+") : .int(r)
        case (.uint(let a), .uint(let b)):
            let (r, o) = a.addingReportingOverflow(b)
            return o ? overflow("+") : .uint(r)
        case (.double(let a), .double(let b)): return .double(a + b)
        case (.string(let a), .string(let b)): return .string(a + b)
        case (.bytes(let a), .bytes(let b)): return .bytes(a + b)
        case (.list(let a), .list(let b)):
            if a.count == 0 { return rhs }
            if b.count == 0 { return lhs }
            return .list(CELArrayList(a.elementArray + b.elementArray))
        case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
            return TimeMath.add(t, d)
        case (.duration(let a), .duration(let b)):
            guard
                let sum = CELDuration(
                    seconds: a.flooredSeconds + b.flooredSeconds, nanos: Int64(a.flooredNanos) + Int64(b.flooredNanos))
            else {
                return .error(.overflow, "duration out of range")
            }
            return .duration(sum)
        default: return nil
        }
    }

    static func subtract(_ lhs: CELValue, _ rhs: CELValue) -> CELValue? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? overflow("-") : .int(r)
        case (.uint(let a), .uint(let b)):
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? overflow("-") : .uint(r)
        case (.double(let a), .double(let b)): return .double(a - b)
        case (.timestamp(let a), .timestamp(let b)): return TimeMath.difference(a, b)
        case (.timestamp(let t), .duration(let d)):
            guard let negated = d.negated else { return .error(.overflow, "timestamp out of range") }
            return TimeMath.add(t, negated)
        case (.duration(let a), .duration(let b)):
            guard
                let difference = CELDuration(
                    seconds: a.flooredSeconds - b.flooredSeconds, nanos: Int64(a.flooredNanos) - Int64(b.flooredNanos))
            else {
                return .error(.overflow, "duration out of range")
            }
            return .duration(difference)
        default: return nil
        }
    }

    static func multiply(_ lhs: CELValue, _ rhs: CELValue) -> CELValue? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? overflow("*") : .int(r)
        case (.uint(let a), .uint(let b)):
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? overflow("*") : .uint(r)
        case (.double(let a), .double(let b)): return .double(a * b)
        default: return nil
        }
    }

    static func divide(_ lhs: CELValue, _ rhs: CELValue) -> CELValue? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { return .error(.divisionByZero, "division by zero") }
            let (r, o) = a.dividedReportingOverflow(by: b)
            return o ? overflow("/") : .int(r)
        case (.uint(let a), .uint(let b)):
            if b == 0 { return .error(.divisionByZero, "division by zero") }
            return .uint(a / b)
        case (.double(let a), .double(let b)): return .double(a / b)
        default: return nil
        }
    }

    static func modulo(_ lhs: CELValue, _ rhs: CELValue) -> CELValue? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { return .error(.divisionByZero, "modulus by zero") }
            let (r, o) = a.remainderReportingOverflow(dividingBy: b)
            return o ? overflow("%") : .int(r)
        case (.uint(let a), .uint(let b)):
            if b == 0 { return .error(.divisionByZero, "modulus by zero") }
            return .uint(a % b)
        default: return nil
        }
    }

    static func negate(_ operand: CELValue) -> CELValue? {
        switch operand {
        case .int(let a):
            return a == .min ? overflow("-") : .int(-a)
        case .double(let a): return .double(-a)
        case .duration(let d): return d.negated.map { .duration($0) } ?? .error(.overflow, "duration out of range")
        default: return nil
        }
    }
}
