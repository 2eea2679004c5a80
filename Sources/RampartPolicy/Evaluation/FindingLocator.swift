import RampartCore

/// Turns a `fieldPath` into the span a finding points at: the deepest node that exists along the
/// path, where a value reached through a mapping key that is itself a mapping or list points at
/// its key (`securityContext:`), and a scalar at its value.
enum FindingLocator {
    static func span(along path: String, from start: Node) -> SourceSpan {
        var current = start
        var span = start.span
        for step in Node.steps(of: path) {
            switch step {
            case .key(let key):
                guard let entry = current.mapValue?.entry(key) else { return span }
                current = entry.value
                switch entry.value.value {
                case .map, .list: span = entry.keySpan
                default: span = entry.value.span.start.line == 0 ? entry.keySpan : entry.value.span
                }
            case .index(let index):
                guard let item = current[index] else { return span }
                current = item
                span = item.span
            }
        }
        return span
    }
}
