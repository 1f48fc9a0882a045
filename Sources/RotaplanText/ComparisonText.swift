import RotaplanDomain

/// The words of `rotaplan compare` (docs/plan.md, "Compare (what-if)"): how the side-by-side
/// table and the shared explanation lines name the plans, in English or Chinese.
public enum ComparisonText {
    /// The first column's heading.
    public static let figure = Bilingual(en: "figure", zh: "指标")
    /// The plan the others are compared with.
    public static let baseline = Bilingual(en: "baseline", zh: "基准")
    /// The marks after a figure that differs from the baseline's.
    public static let legend = Bilingual(en: "+ better than the baseline, − worse, * different", zh: "+ 优于基准，− 劣于基准，* 与基准不同")

    /// Plan k's name in a column or before a line: the baseline's is `baseline`.
    public static func plan(_ k: Int, named name: String, _ lang: Language) -> String {
        k == 0 ? baseline.text(lang) : name
    }

    /// An explanation line after the plans that have it: `every plan: …` when all of
    /// several plans do, else their names (`baseline, B: …` / `基准、B：…`).
    public static func shared(_ line: String, by plans: [String], every: Bool, _ lang: Language) -> String {
        let names = every ? Bilingual(en: "every plan", zh: "所有方案").text(lang)
            : plans.joined(separator: Bilingual(en: ", ", zh: "、").text(lang))
        return names + Bilingual(en: ": ", zh: "：").text(lang) + line
    }
}
