import RampartCore

extension Finding {
    /// `file:line:col` when the finding has a position, else its file or target alone.
    var displayPlace: String {
        guard let location else { return target }
        return location.span.start.line >= 1 ? location.description : location.file
    }
}

extension Suppression {
    /// `suppressed by inline rampart:ignore:ID at file:3:1: reason`, safe for a terminal.
    var displaySummary: String {
        var text = "suppressed by \(source.rawValue)"
        if !marker.isEmpty { text += " \(marker)" }
        if let location { text += " at \(location)" }
        if !reason.isEmpty { text += ": \(reason)" }
        return TerminalText.sanitized(text)
    }
}
