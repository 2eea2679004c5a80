/// The mutable state of one evaluation: variable source, comprehension slots and spent cost.
///
/// One is created per ``CELProgram/evaluate(_:)`` call, so a program can be evaluated from many
/// tasks at once.
final class EvaluationContext {
    let activation: any CELActivation
    /// Comprehension variables and accumulators, indexed by slot numbers assigned at plan time.
    let slots: UnsafeMutablePointer<CELValue>
    let slotCount: Int
    /// Cost spent so far.
    var cost: Int = 0
    /// The budget, `Int.max` when unlimited.
    let costLimit: Int
    /// Largest list or map the evaluation may create.
    let maxCollectionSize: Int
    /// Set once the budget is exceeded; the evaluation then unwinds and reports it.
    var cancellation: CELError?

    init(activation: any CELActivation, slotCount: Int, costLimit: Int, maxCollectionSize: Int) {
        self.activation = activation
        self.slotCount = slotCount
        self.slots = UnsafeMutablePointer<CELValue>.allocate(capacity: max(slotCount, 1))
        self.slots.initialize(repeating: .null, count: max(slotCount, 1))
        self.costLimit = costLimit
        self.maxCollectionSize = maxCollectionSize
    }

    deinit {
        slots.deinitialize(count: max(slotCount, 1))
        slots.deallocate()
    }

    /// Adds `units` to the cost; returns `false` (and records the cancellation) past the budget.
    @inline(__always)
    func charge(_ units: Int) -> Bool {
        cost &+= units
        if cost > costLimit {
            if cancellation == nil {
                cancellation = CELError(.costLimitExceeded, "operation cancelled: actual cost limit exceeded")
            }
            return false
        }
        return true
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

    /// The constant this node always yields, when known at plan time.
    var constantValue: CELValue? { nil }
}
