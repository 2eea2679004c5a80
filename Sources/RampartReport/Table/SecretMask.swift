import RampartCore

/// The parts of a file's lines that hold secrets, so no code frame prints one.
///
/// Every secret finding of a file contributes its span, whatever its status or severity: a
/// frame shown for one finding may include, as context, a line where another secret sits. The
/// first characters of each secret stay visible (at most 4, at most half the secret) so a reader
/// can recognise which credential it is.
struct SecretMask {
    /// Characters of a secret left visible at most.
    static let visiblePrefix = 4

    private let spans: [SourceSpan]

    /// A mask over the given secret spans.
    init(spans: [SourceSpan]) {
        self.spans = spans
    }

    /// The mask of one file, from every secret finding located in it.
    init(file: String, findings: [Finding]) {
        self.init(spans: Self.secretSpansByFile(findings)[file] ?? [])
    }

    /// The spans of every located secret finding, by file; built once per report.
    static func secretSpansByFile(_ findings: [Finding]) -> [String: [SourceSpan]] {
        var spans: [String: [SourceSpan]] = [:]
        for finding in findings where finding.kind == .secret {
            guard let location = finding.location, location.span.start.line >= 1 else { continue }
            spans[location.file, default: []].append(location.span)
        }
        return spans
    }

    /// `true` when nothing in the file needs masking.
    var isEmpty: Bool { spans.isEmpty }

    /// Column ranges (1-based, end-exclusive) of `line` to replace with `*`.
    func maskedColumns(onLine line: Int) -> [Range<Int>] {
        guard !spans.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        for span in spans {
            let start = span.start
            let isOpenEnded = span.end <= span.start
            let endLine = isOpenEnded ? start.line : span.end.line
            guard line >= start.line, line <= endLine else { continue }
            var from = line == start.line ? min(max(1, start.column), Int.max - Self.visiblePrefix) : 1
            let to = (isOpenEnded || line < endLine) ? Int.max : max(span.end.column, from)
            if line == start.line {
                let length = (!isOpenEnded && endLine == start.line) ? to - from : Int.max
                from += min(Self.visiblePrefix, length / 2)
            }
            if from < to { ranges.append(from..<to) }
        }
        return ranges
    }
}
