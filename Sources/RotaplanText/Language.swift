/// The two languages rotaplan speaks to people: English (stderr, `--lang en`) and Chinese
/// (`--lang zh`, the default of the Chinese reports). Every sentence a user reads is chosen
/// by a `Language` in this module and nowhere else.
public enum Language: String, CaseIterable, Sendable { case en, zh }

extension Bilingual {
    /// The sentence in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return en
        case .zh: return zh
        }
    }
}
