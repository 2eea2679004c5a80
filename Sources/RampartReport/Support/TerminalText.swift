/// Making untrusted text safe and measurable on a terminal.
///
/// File content, messages and resource names come from scanned input; a control character or a
/// bidirectional override in them must not move the cursor, change colours, or reorder what the
/// reader sees, so each such scalar is shown as U+FFFD.
enum TerminalText {
    /// The replacement shown for an unsafe scalar.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Columns a tab advances to (tab stops every 4 cells).
    static let tabWidth = 4

    /// `true` for scalars that must never reach a terminal as they are.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
    }

    /// One line of text with unsafe scalars replaced and line breaks turned into spaces.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                out.append(" ")
            } else {
                out.append(isUnsafe(scalar) ? replacement : scalar)
            }
        }
        return String(out)
    }

    /// Cells a scalar occupies: 0 for combining marks and zero-width scalars, 2 for East Asian
    /// wide characters and emoji, 1 otherwise. (Tabs are handled by the caller.)
    static func cellWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Cells a whole string occupies when printed (after ``sanitized(_:)``).
    static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cellWidth($1) }
    }
}
