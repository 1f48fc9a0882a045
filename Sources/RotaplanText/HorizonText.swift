import Foundation
import RotaplanDomain

/// The words of the horizon report (`rotaplan horizon`, MODEL.md §13; docs/years.md):
/// headings, the table's columns and the chart's legend, in both languages. The switch
/// has no `default`, so a new label cannot be added without both its texts.
public enum HorizonText: Sendable, CaseIterable {
    case title, intro, tableHeading, chartHeading, chartShare, chartSpread, yearsHeading
    case stoppedHeading, filesHeading, checkHint, noEligible

    public func text(_ lang: Language) -> String {
        let (en, zh) = words
        return lang == .zh ? zh : en
    }

    var words: (String, String) {
        switch self {
        case .title: ("Several years ahead", "多年轮岗推演")
        case .intro: ("Each year is planned with `plan` (exchange, training, walking), checked, and rolled over to the next (MODEL.md §11). Each year's plan is optimal for its year; nothing looks ahead.",
                      "每一学年先用 `plan` 排出方案（交流轮岗、首站式培育、走教），经独立核验后结转到下一学年（MODEL.md §11）。每年的方案只对当年最优，不做跨年预判。")
        case .tableHeading: ("The years side by side", "逐年对照")
        case .chartHeading: ("Rotated so far and quality spread", "累计交流比例与师资质量差距")
        case .chartShare: ("share of eligible teachers rotated so far", "累计已交流教师占曾符合条件教师的比例")
        case .chartSpread: ("quality spread after the plan (right axis)", "方案实施后的质量差距（右轴）")
        case .yearsHeading: ("Each year", "各学年")
        case .stoppedHeading: ("The horizon stopped early", "推演提前结束")
        case .filesHeading: ("Files", "文件")
        case .checkHint: ("Every year can be checked again: `rotaplan check year-YYYY.instance.json year-YYYY.plan.json`.",
                          "每一年都可以重新核验：`rotaplan check year-YYYY.instance.json year-YYYY.plan.json`。")
        case .noEligible: ("no teacher was eligible in any year", "任何一年都没有符合交流条件的教师")
        }
    }

    /// The table's columns: `horizon.csv`'s header and the page's.
    public static func columns(_ lang: Language) -> [String] {
        lang == .zh
            ? ["学年", "交流人数", "其中骨干", "骨干占比", "累计交流人数", "累计符合条件人数", "累计交流比例",
               "质量差距（前）", "质量差距（后）", "费用（元/年）", "新教师", "已安置新教师", "走教未覆盖节次", "在交流中教师", "在培新教师", "未能排出方案的环节"]
            : ["year", "movers", "backbone movers", "backbone share", "rotated so far", "eligible so far", "share rotated",
               "quality spread before", "quality spread after", "cost (yuan/year)", "new hires", "hires placed",
               "uncovered walking periods", "teachers on exchange", "trainees", "stages without a plan"]
    }

    /// `compare --years`: the title, the first column's header and the figures of the
    /// whole horizon, in the order of `HorizonComparison.values`.
    public static func comparisonTitle(_ lang: Language) -> String { lang == .zh ? "多年推演下的政策对比" : "Policies over several years" }
    public static func comparisonFigure(_ lang: Language) -> String { lang == .zh ? "指标（整个推演期）" : "figure (whole horizon)" }
    public static func comparisonRows(_ lang: Language) -> [String] {
        lang == .zh
            ? ["推演学年数", "累计交流人数", "累计交流比例（占曾符合条件教师）", "交流总人次", "无交流方案的学年数",
               "平均质量差距（方案后）", "最后一年质量差距（方案后）", "费用合计（元）", "安置新教师合计", "走教未覆盖节次合计"]
            : ["years planned", "teachers rotated", "share rotated (of those ever eligible)", "moves in all", "years without an exchange plan",
               "mean quality spread after the plan", "last year's quality spread after the plan", "costs in all (yuan)",
               "hires placed in all", "uncovered walking periods in all"]
    }

    /// The stages of a year without a plan, in one cell (`交流轮岗、走教`).
    public static func stages(_ stages: [Solution.Problem], _ lang: Language) -> String {
        stages.map { $0.stageName.text(lang) }.joined(separator: lang == .zh ? "、" : ", ")
    }

    /// The one line on stdout: how many years, how many teachers rotated, which share.
    public static func summary(folder: String, years: Int, first: Int, last: Int, rotated: Int, share: Double?, _ lang: Language) -> String {
        let percent = share.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
        return lang == .zh
            ? "\(folder)：推演 \(years) 个学年（\(first)–\(last)），累计交流 \(rotated) 人，占曾符合条件教师的 \(percent)"
            : "\(folder): \(years) years planned (\(first)–\(last)), \(rotated) teachers rotated, \(percent) of those ever eligible"
    }

    /// A year some of whose stages have no plan: the horizon went on without them.
    public static func withoutPlan(year: Int, _ stages: [Solution.Problem], _ lang: Language) -> String {
        lang == .zh
            ? "\(year) 学年的" + stages.map(\.stageName.zh).joined(separator: "、") + "没有可行方案：这一年按无此项安排结转，之后的学年照常推演"
            : "\(year) has no plan for " + stages.map(\.stageName.en).joined(separator: ", ") + ": the year was rolled over without it and the years after it were planned as usual"
    }

    /// Why the horizon stopped.
    public static func stopped(_ stop: HorizonStop, _ lang: Language) -> String {
        let zh = lang == .zh
        switch stop {
        case .noYear:
            return zh ? "第一年的实例没有 \"year\"：请写明它所规划的学年（例如 \"year\": 2025）"
                : "the first instance has no \"year\": add the school year it plans (e.g. \"year\": 2025)"
        case let .invalidInstance(y, messages):
            return (zh ? "\(y) 学年的实例无效：" : "the instance of \(y) is invalid: ") + messages.joined(separator: zh ? "；" : "; ")
        case let .checkFailed(y, findings):
            return (zh ? "内部错误：\(y) 学年的方案未通过独立核验：" : "internal error: the plan of \(y) fails the independent check: ")
                + findings.joined(separator: zh ? "；" : "; ")
        case let .rolloverRefused(y, messages):
            return (zh ? "\(y) 学年的方案无法结转：" : "the plan of \(y) cannot be rolled over: ") + messages.joined(separator: zh ? "；" : "; ")
        case let .interrupted(y):
            return zh ? "在推演 \(y) 学年时被中断；之前各学年已写出" : "interrupted while planning \(y); the years before it are written"
        }
    }
}
