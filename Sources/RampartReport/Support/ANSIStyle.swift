import Rainbow
import RampartCore

/// Wraps text in ANSI colour codes when the output is a terminal, and leaves it alone otherwise.
///
/// The codes come from Rainbow's colour and style tables, but the decision to colour is ours
/// (``ReportContext/isTerminal``), not Rainbow's process-wide switch, so rendering stays a pure
/// function of its inputs.
struct ANSIStyle: Sendable {
    /// Whether escape codes are written at all.
    let isEnabled: Bool

    /// `text` in the given colour and styles, or unchanged when disabled.
    func apply(_ text: String, _ color: NamedColor?, _ styles: Style...) -> String {
        guard isEnabled, !text.isEmpty else { return text }
        var codes: [UInt8] = color?.value ?? []
        for style in styles { codes += style.value }
        guard !codes.isEmpty else { return text }
        let parameters = codes.map(String.init).joined(separator: ";")
        return "\u{1B}[\(parameters)m\(text)\u{1B}[0m"
    }

    /// `text` in the colour of a severity: critical bright red bold, high red, medium yellow,
    /// low blue, info grey.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .critical: apply(text, .lightRed, .bold)
        case .high: apply(text, .red)
        case .medium: apply(text, .yellow)
        case .low: apply(text, .blue)
        case .info: apply(text, .lightBlack)
        }
    }

    /// Text in the colour of an error (red).
    func error(_ text: String) -> String { apply(text, .red) }

    /// Text in the colour of a warning (yellow).
    func warning(_ text: String) -> String { apply(text, .yellow) }

    /// Bold text.
    func bold(_ text: String) -> String { apply(text, nil, .bold) }

    /// Dimmed text for gutters and secondary details.
    func dim(_ text: String) -> String { apply(text, nil, .dim) }
}
