import RotaplanDomain

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

extension Instance {
    /// How messages name school s: `S03 (龙翔小学)` / `S03（龙翔小学）`.
    public func label(school s: Int) -> Bilingual {
        Bilingual(en: "\(schools[s].id) (\(schools[s].name))", zh: "\(schools[s].id)（\(schools[s].name)）")
    }

    /// How messages name teacher t: `T0103 (王芳)` / `T0103（王芳）`.
    public func label(teacher t: Int) -> Bilingual {
        Bilingual(en: "\(teachers[t].id) (\(teachers[t].name))", zh: "\(teachers[t].id)（\(teachers[t].name)）")
    }

    /// How messages name new hire n: `N01 (李明)` / `N01（李明）`.
    public func label(newHire n: Int) -> Bilingual {
        Bilingual(en: "\(newHires[n].id) (\(newHires[n].name))", zh: "\(newHires[n].id)（\(newHires[n].name)）")
    }
}
