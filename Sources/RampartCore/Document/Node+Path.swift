extension Node {
    /// Follows a dotted path (`spec.containers[1].securityContext.privileged`) as far as it exists.
    ///
    /// Returns the deepest node reached and whether the whole path was found. Findings about
    /// something missing point at that deepest existing ancestor.
    public func deepest(along path: String) -> (node: Node, complete: Bool) {
        var current = self
        for step in Self.steps(of: path) {
            let next: Node?
            switch step {
            case .key(let key): next = current[key]
            case .index(let index): next = current[index]
            }
            guard let next else { return (current, false) }
            current = next
        }
        return (current, true)
    }

    /// Where a mapping key is written, for findings that should point at `key:` rather than the value.
    public func keySpan(of key: String) -> SourceSpan? {
        mapValue?.entry(key)?.keySpan
    }

    package enum PathStep: Equatable {
        case key(String)
        case index(Int)
    }

    /// Splits `a.b[2].c` / `a["b.c"]` into steps.
    package static func steps(of path: String) -> [PathStep] {
        var steps: [PathStep] = []
        var current = ""
        var iterator = Array(path)[...]
        func flush() {
            if !current.isEmpty { steps.append(.key(current)) }
            current = ""
        }
        while let character = iterator.popFirst() {
            switch character {
            case ".":
                flush()
            case "[":
                flush()
                var inside = ""
                while let next = iterator.popFirst(), next != "]" { inside.append(next) }
                let trimmed = inside.trimmingQuotes()
                if let index = Int(trimmed), trimmed == inside {
                    steps.append(.index(index))
                } else {
                    steps.append(.key(trimmed))
                }
            default:
                current.append(character)
            }
        }
        flush()
        return steps
    }
}

extension String {
    fileprivate func trimmingQuotes() -> String {
        guard count >= 2, let first, let last, first == last, first == "\"" || first == "'" else { return self }
        return String(dropFirst().dropLast())
    }
}
