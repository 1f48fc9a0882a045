import RotaplanText

/// The words of the horizon pages (`/w/:ws/years/:year/horizon`): the year planned, rolled
/// over and planned again, several years ahead (MODEL.md §13, docs/years.md).
extension WorkbenchText {
    public static let horizonTitle = Bilingual(en: "Several years ahead", zh: "多学年规划")
    public static let horizonAction = Bilingual(en: "Plan several years ahead", zh: "多学年规划")
    public static let horizonIntro = Bilingual(
        en: "Plans this year, rolls the plan over to the next year (teachers whose exchange term ends return) and plans again, year after year. Each year's plan is optimal for its year; nothing looks ahead.",
        zh: "编制本学年方案，滚动到下一学年（交流期满的教师回原校）后再编制，逐年进行。每年的方案对当年最优，不做跨年预判。")
    public static let horizonYears = Bilingual(en: "Years (2–10)", zh: "学年数（2–10）")
    public static let timeLimitPerYear = Bilingual(en: "Time limit per year (seconds, 1–3600)", zh: "每学年时间上限（秒，1–3600）")
    public static let horizonStart = Bilingual(en: "Plan the years", zh: "开始规划")
    public static let horizonResultTitle = Bilingual(en: "Years side by side", zh: "各学年对比")
    public static let horizonFiles = Bilingual(en: "Each year's roster and plan", zh: "各学年名册与方案")
}
