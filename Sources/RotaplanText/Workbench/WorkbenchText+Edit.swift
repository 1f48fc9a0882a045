import Foundation
import RotaplanText

/// The hand-edit page's words (`/w/:ws/plans/:plan/edit`, docs/hand-edits.md).
extension WorkbenchText {
    public static func editTitle(version: Int) -> Bilingual { Bilingual(en: "Edit plan v\(version) by hand", zh: "手工调整方案 v\(version)") }
    public static let editIntro = Bilingual(
        en: "Change a destination or swap two teachers: the plan is checked at once against every rule, and compared with the plan it was edited from.",
        zh: "修改去向或对调两位教师：立即按全部规则检查，并与原方案比较。")
    public static let editColumns: [Bilingual] = [
        Bilingual(en: "Teacher", zh: "教师"), Bilingual(en: "School", zh: "学校"), Bilingual(en: "Subject", zh: "学科"),
        Bilingual(en: "Destination", zh: "去向"),
    ]
    public static let stays = Bilingual(en: "stays", zh: "留任")
    public static let swapTitle = Bilingual(en: "Swap two teachers' decisions", zh: "对调两位教师的安排")
    public static let swap = Bilingual(en: "Swap", zh: "对调")
    public static let check = Bilingual(en: "Check", zh: "检查")
    public static let saveEdit = Bilingual(en: "Save as a new plan version", zh: "另存为新的方案版本")
    public static let saveAnyway = Bilingual(en: "Save even though rules are broken (the plan is marked as such)", zh: "即使违反规则也保存（方案会标明）")
    public static let holds = Bilingual(en: "Every rule holds.", zh: "所有规则都满足。")
    public static func violationsFound(_ n: Int) -> Bilingual {
        Bilingual(en: "\(n) rule\(n == 1 ? " is" : "s are") broken:", zh: "违反 \(n) 条规则：")
    }
    public static func editSummary(broken: Int) -> Bilingual {
        broken == 0 ? Bilingual(en: "edited by hand", zh: "手工调整")
            : Bilingual(en: "edited by hand, breaks \(broken) rule\(broken == 1 ? "" : "s")", zh: "手工调整，违反 \(broken) 条规则")
    }
    public static func editBreaksRules(_ lines: [String]) -> Bilingual {
        let en = lines.joined(separator: " ")
        return Bilingual(en: "Not saved: the edited plan breaks \(lines.count) rule\(lines.count == 1 ? "" : "s"). \(en) Tick “save anyway” to keep it all the same.",
                         zh: "未保存：调整后的方案违反 \(lines.count) 条规则。\(en) 如仍要保存，请勾选“即使违反规则也保存”。")
    }
    public static func unknownEditTeacher(_ id: String) -> Bilingual {
        Bilingual(en: "Form field “dest.\(id)”: there is no teacher \(id) among the plan's teachers who may move.",
                  zh: "表单项“dest.\(id)”：方案中没有可交流的教师 \(id)。")
    }
    public static func unknownEditSchool(_ field: String, _ school: String) -> Bilingual {
        Bilingual(en: "Form field “\(field)”: \(school) is not one of this teacher's exchange destinations.",
                  zh: "表单项“\(field)”：\(school) 不是该教师可交流的学校。")
    }
    public static func unknownSwapTeacher(_ field: String, _ id: String) -> Bilingual {
        Bilingual(en: "Form field “\(field)”: there is no teacher \(id) on this page to swap.", zh: "表单项“\(field)”：本页没有可对调的教师 \(id)。")
    }
    public static let baseNeeded = Bilingual(en: "Form field “base”: the plan version this edit starts from is missing.",
                                             zh: "表单项“base”：缺少本次调整所基于的方案版本。")

    /// The figures compared, one pair each: `movers 20 vs 20`.
    public struct Figure: Sendable {
        public var name: Bilingual
        public var value: String
        public var base: String
        public init(name: Bilingual, value: String, base: String) { self.name = name; self.value = value; self.base = base }
    }

    /// How far the edited plan is from the plan it was edited from (as `rotaplan check
    /// --from`, docs/hand-edits.md): "from the optimum" when that plan is optimal.
    public static func distance(fromOptimum: Bool, objective: String, base: String, difference: String, figures: [Figure]) -> Bilingual {
        let lead = fromOptimum ? Bilingual(en: "From the optimum: ", zh: "与最优方案相比：")
            : Bilingual(en: "From the plan it was edited from: ", zh: "与原方案相比：")
        let parts = [Bilingual(en: "objective \(objective) vs \(base) (\(difference))", zh: "目标值 \(objective)，原为 \(base)（\(difference)）")]
            + figures.map { f in f.name.then(Bilingual(en: " \(f.value) vs \(f.base)", zh: " \(f.value)，原为 \(f.base)")) }
        return lead.then(Bilingual.joined(parts)).stop
    }

    /// The name of a figure of the distance from the plan edited from, by its key
    /// (RotaplanReports' `PlanDistance.Figure` raw value).
    public static func figure(_ key: String) -> Bilingual {
        switch key {
        case "exchangeObjective": Bilingual(en: "exchange objective", zh: "交流轮岗目标值")
        case "trainingObjective": Bilingual(en: "training objective", zh: "首站式培育目标值")
        case "walkingObjective": Bilingual(en: "walking objective", zh: "走教目标值")
        case "movers": Bilingual(en: "movers", zh: "交流人数")
        case "qualitySpread": Bilingual(en: "quality spread", zh: "质量极差")
        case "subjectShortfall": Bilingual(en: "subject shortfall", zh: "学科缺编")
        case "hiresPlaced": Bilingual(en: "hires placed", zh: "安置新教师")
        case "uncoveredPeriods": Bilingual(en: "uncovered periods", zh: "未覆盖课时")
        case "yuanPerYear": Bilingual(en: "yuan a year", zh: "年度费用（元）")
        default: Bilingual(en: key, zh: key)
        }
    }
    public static let baseBroken = Bilingual(en: "The plan it was edited from does not hold: no distance is given.",
                                             zh: "原方案本身不满足规则：无法给出差距。")
}

extension WorkbenchText {
    /// A subject by its key in English and its Chinese name in Chinese.
    public static func subject(key: String, chinese: String) -> Bilingual { Bilingual(en: key, zh: chinese) }
}
