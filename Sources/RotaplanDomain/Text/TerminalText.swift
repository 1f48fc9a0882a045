/// Text from input files made safe to print on a terminal (docs/reliability.md, "Text
/// from input files"): every character a terminal would obey instead of show is written
/// visibly, so an id carrying `ESC[2J` or a carriage return cannot clear the screen or
/// rewrite a message.
///
/// Escaped: the C0 controls (U+0000–U+001F) but the newline when `keepingNewlines`,
/// DEL (U+007F), the C1 controls (U+0080–U+009F) and the bidirectional overrides and
/// isolates U+202A–U+202E and U+2066–U+2069 (which reorder what follows them). A tab
/// becomes `\t`, a carriage return `\r`, a newline `\n`, anything else `\u{XX}` in
/// upper-case hex, as Swift writes it. Everything else — CJK, Arabic, Hebrew, emoji,
/// backslashes — is kept as it is. O(n) in the text's length.
public enum TerminalText {
    public static func escaped(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isObeyed($0, keepingNewlines) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            guard isObeyed(s, keepingNewlines) else { out.append(s); continue }
            let shown: String
            switch s {
            case "\t": shown = "\\t"
            case "\r": shown = "\\r"
            case "\n": shown = "\\n"
            default:
                let hex = String(s.value, radix: 16, uppercase: true)
                shown = "\\u{" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex + "}"
            }
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }

    /// Whether a terminal acts on `s` rather than showing it.
    static func isObeyed(_ s: Unicode.Scalar, _ keepingNewlines: Bool) -> Bool {
        switch s.value {
        case 0x0A: return !keepingNewlines
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
