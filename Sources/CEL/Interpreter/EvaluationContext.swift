/// The mutable state of one evaluation, kept in the header of the context's buffer.
struct EvaluationState {
    let activation: any CELActivation
    let slotCount: Int
    var cost: Int = 0
    let costLimit: Int
    let maxCollectionSize: Int
    var cancellation: CELError?
    var slots: UnsafeMutablePointer<CELValue>?
}

/// The mutable state of one evaluation: variable source, comprehension slots and spent cost.
///
/// One is created per ``CELProgram/evaluate(_:)`` call (a single allocation holding the state and
/// the slots), so a program can be evaluated from many tasks at once.
final class EvaluationContext: ManagedBuffer<EvaluationState, CELValue> {
    /// Creates a context with `slotCount` comprehension slots set to `null`.
    static func make(activation: any CELActivation, slotCount: Int, costLimit: Int, maxCollectionSize: Int)
        -> EvaluationContext
    {
        let buffer = EvaluationContext.create(minimumCapacity: slotCount) { _ in
            EvaluationState(
                activation: activation, slotCount: slotCount, costLimit: costLimit, maxCollectionSize: maxCollectionSize
            )
        }
        let context = unsafeDowncast(buffer, to: EvaluationContext.self)
        context.withUnsafeMutablePointers { header, elements in
            elements.initialize(repeating: .null, count: slotCount)
            header.pointee.slots = elements
        }
        return context
    }

    deinit {
        withUnsafeMutablePointers { header, elements in
            _ = elements.deinitialize(count: header.pointee.slotCount)
        }
    }

    var activation: any CELActivation { header.activation }

    /// Looks a variable up without copying the activation out of the header.
    @inline(__always)
    func lookup(_ name: String) -> CELValue? {
        withUnsafeMutablePointerToHeader { $0.pointee.activation.value(for: name) }
    }
    /// Comprehension variables and accumulators, indexed by slot numbers assigned at plan time.
    var slots: UnsafeMutablePointer<CELValue> { header.slots.unsafelyUnwrapped }
    /// Cost spent so far.
    var cost: Int { header.cost }
    /// Largest list or map the evaluation may create.
    var maxCollectionSize: Int { header.maxCollectionSize }
    /// Set once the budget is exceeded; the evaluation then unwinds and reports it.
    var cancellation: CELError? {
        get { header.cancellation }
        set { header.cancellation = newValue }
    }

    /// Adds `units` to the cost; returns `false` (and records the cancellation) past the budget.
    @inline(__always)
    func charge(_ units: Int) -> Bool {
        let exceeded = withUnsafeMutablePointerToHeader { header -> Bool in
            header.pointee.cost &+= units
            return header.pointee.cost > header.pointee.costLimit
        }
        if exceeded, cancellation == nil {
            cancellation = CELError(.costLimitExceeded, "operation cancelled: actual cost limit exceeded")
        }
        return !exceeded
    }

    /// The error for a created collection that is too large.
    func collectionTooLarge(_ size: Int) -> CELValue {
        let error = CELError(
            .costLimitExceeded,
            "operation cancelled: collection of \(size) elements exceeds the limit of \(maxCollectionSize)")
        if cancellation == nil { cancellation = error }
        return .error(error)
    }
}

/// A node of a planned program: an immutable tree evaluated by virtual dispatch.
class PlanNode: @unchecked Sendable {
    /// The id of the source expression.
    let id: Int64

    init(id: Int64) { self.id = id }

    /// Evaluates the node.
    func evaluate(_ context: EvaluationContext) -> CELValue {
        .error(.other, "internal: unplanned node \(id)")
    }

    /// Attributes an error created by this node to it (errors passed up from below keep theirs).
    @inline(__always)
    final func stamped(_ value: CELValue) -> CELValue {
        guard case .error(var error) = value, error.exprID == nil else { return value }
        error.exprID = id
        return .error(error)
    }

    /// The constant this node always yields, when known at plan time.
    var constantValue: CELValue? { nil }
}
