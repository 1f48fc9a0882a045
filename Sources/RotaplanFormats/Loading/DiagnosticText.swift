/// A diagnostic's message: structured messages (``DiagnosticMessage``, which keep the
/// records they name as ``RecordRef``s, so that a reader of diagnostics can name them its
/// own way: the CSV importer says `groups.csv row 2`), and words quoted as they are.
/// `description` is the English text; RotaplanText renders it in either language.
public struct DiagnosticText: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Part: Sendable, Equatable {
        /// Text shown as it is in every language (data, or a sentence not yet made a message).
        case words(String)
        case message(DiagnosticMessage)
    }

    public var parts: [Part]

    public init(_ parts: [Part]) { self.parts = parts }
    public init(_ message: DiagnosticMessage) { parts = [.message(message)] }
    public init(stringLiteral value: String) { parts = [.words(value)] }

    /// Every message with the records it names passed through `f`.
    public func mapRecords(_ f: (RecordRef) -> RecordRef) -> DiagnosticText {
        DiagnosticText(parts.map { part in
            switch part {
            case .words: return part
            case let .message(m): return .message(m.mapRecords(f))
            }
        })
    }

    public var description: String {
        parts.map { part in
            switch part {
            case let .words(w): return w
            case let .message(m): return m.description
            }
        }.joined()
    }
}
