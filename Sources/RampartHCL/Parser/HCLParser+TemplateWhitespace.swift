extension HCLParser {
    /// Removes the common leading whitespace of a `<<-` heredoc's lines (blank lines do not count).
    static func stripIndentation(_ items: inout [HCLTemplateItem]) {
        var minimum = Int.max
        for (offset, item) in items.enumerated() {
            guard case .literal(let bytes, _, true) = item else { continue }
            let (count, restStart) = leadingWhitespace(bytes)
            let rest = bytes[restStart...]
            let blank =
                rest.isEmpty
                ? !(offset + 1 < items.count && !isLiteral(items[offset + 1]))
                : rest.allSatisfy { $0 == 10 || $0 == 13 }
            if !blank { minimum = min(minimum, count) }
        }
        guard minimum != Int.max, minimum > 0 else { return }
        for offset in items.indices {
            guard case .literal(let bytes, let range, true) = items[offset] else { continue }
            items[offset] = .literal(dropLeadingWhitespace(bytes, scalars: minimum), range, lineStart: true)
        }
    }

    static func isLiteral(_ item: HCLTemplateItem) -> Bool {
        if case .literal = item { return true }
        return false
    }

    /// The number of leading whitespace scalars (not newlines) and the byte offset after them.
    static func leadingWhitespace(_ bytes: [UInt8]) -> (Int, Int) {
        var count = 0
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 32 || byte == 9 {
                count += 1
                offset += 1
                continue
            }
            guard byte >= 0x80, let (scalar, length) = decodeScalar(bytes, at: offset),
                scalar.properties.isWhitespace, scalar.value != 0x85, scalar.value != 0x2028, scalar.value != 0x2029
            else { break }
            count += 1
            offset += length
        }
        return (count, offset)
    }

    static func decodeScalar(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard offset + length <= bytes.count else { return nil }
        var iterator = bytes[offset..<(offset + length)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return nil
    }

    static func dropLeadingWhitespace(_ bytes: [UInt8], scalars: Int) -> [UInt8] {
        var remaining = scalars
        var offset = 0
        while remaining > 0, offset < bytes.count {
            let byte = bytes[offset]
            if byte == 32 || byte == 9 {
                offset += 1
            } else if byte >= 0x80, let (scalar, length) = decodeScalar(bytes, at: offset),
                scalar.properties.isWhitespace
            {
                offset += length
            } else {
                break
            }
            remaining -= 1
        }
        return Array(bytes[offset...])
    }

    /// Applies `~` strip markers: trims whitespace (newlines included) beside the marked sequences.
    static func applyStripMarkers(_ items: inout [HCLTemplateItem]) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
        for offset in items.indices {
            let stripLeft: Bool
            let stripRight: Bool
            switch items[offset] {
            case .literal: continue
            case .interpolation(_, let left, let right): (stripLeft, stripRight) = (left, right)
            case .directive(_, let left, let right, _): (stripLeft, stripRight) = (left, right)
            }
            if stripLeft, offset > 0, case .literal(var bytes, let range, let lineStart) = items[offset - 1] {
                while let last = bytes.last, isSpace(last) { bytes.removeLast() }
                items[offset - 1] = .literal(bytes, range, lineStart: lineStart)
            }
            if stripRight, offset + 1 < items.count,
                case .literal(let bytes, let range, let lineStart) = items[offset + 1]
            {
                let start = bytes.firstIndex { !isSpace($0) } ?? bytes.count
                items[offset + 1] = .literal(Array(bytes[start...]), range, lineStart: lineStart)
            }
        }
    }
}
