/// A sentence for people in the two languages rotaplan speaks: English (stderr, English
/// reports) and Chinese (Chinese reports, the default of `rotaplan plan`). Explanations of
/// infeasible plans and uncovered walking periods are made in both at once, so a Chinese
/// report never shows an English sentence (docs/report.md).
public struct Bilingual: Sendable, Hashable, CustomStringConvertible {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The English sentence (what stderr shows).
    public var description: String { en }

    /// Both sentences after the given prefixes (`"exchange: "`, `"交流轮岗："`).
    public func prefixed(en a: String, zh b: String) -> Bilingual { Bilingual(en: a + en, zh: b + zh) }

    /// The texts joined by a separator in each language (`"; "`, `"；"`).
    public static func joined(_ parts: [Bilingual], en a: String = "; ", zh b: String = "；") -> Bilingual {
        Bilingual(en: parts.map(\.en).joined(separator: a), zh: parts.map(\.zh).joined(separator: b))
    }
}

extension Subject {
    /// The subject as a Chinese sentence names it: its Chinese name (语文, 音乐), else the key.
    public var zh: String { chineseName ?? key }
}
