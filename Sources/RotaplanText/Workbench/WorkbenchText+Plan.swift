import Foundation
import RotaplanText

/// The plan page's words (`/w/:ws/plans/:plan`): status, figures, teachers, new hires,
/// downloads, the report, re-plan, and what changed against the plan it came from.
extension WorkbenchText {
    public static func planTitle(version: Int, year: Int) -> Bilingual {
        Bilingual(en: "Plan v\(version) · \(year)–\(year + 1)", zh: "\(year)—\(year + 1) 学年方案 v\(version)")
    }
    public static let planStatus = Bilingual(en: "How good is this plan", zh: "方案情况")
    public static func objective(_ value: String) -> Bilingual { Bilingual(en: "Objective \(value) (lower is better).", zh: "目标值 \(value)（越小越好）。") }
    public static let objectiveTerms = Bilingual(en: "Terms of the objective", zh: "目标值各项")
    public static let noObjective = Bilingual(en: "This plan has no objective.", zh: "该方案没有目标值。")
    public static let handEdited = Bilingual(en: "Edited by hand: every rule was checked again, the plan was not solved.",
                                             zh: "手工调整的方案：已重新检查所有规则，未重新求解。")
    public static func breaksRules(_ n: Int) -> Bilingual {
        Bilingual(en: "Saved although it breaks \(n) rule\(n == 1 ? "" : "s"):", zh: "保存时违反 \(n) 条规则：")
    }
    public static let keyFigures = Bilingual(en: "Key figures", zh: "关键指标")
    public static let teachers = Bilingual(en: "Teachers", zh: "教师")
    public static let newHires = Bilingual(en: "New hires", zh: "新教师")
    public static let teacherColumns: [Bilingual] = [
        Bilingual(en: "Teacher", zh: "教师"), Bilingual(en: "School", zh: "学校"), Bilingual(en: "Decision", zh: "结果"),
        Bilingual(en: "Reason", zh: "原因"), Bilingual(en: "Pin", zh: "固定"),
    ]
    public static let hireColumns: [Bilingual] = [
        Bilingual(en: "New hire", zh: "新教师"), Bilingual(en: "Trained at", zh: "培育学校"), Bilingual(en: "Years", zh: "年限"),
        Bilingual(en: "Then placed at", zh: "分配学校"), Bilingual(en: "Mentor", zh: "导师"), Bilingual(en: "Pin", zh: "固定"),
    ]
    public static let pinAction = Bilingual(en: "Pin…", zh: "固定…")
    public static let notPlaced = Bilingual(en: "not placed", zh: "未安排")
    public static func onExchange(from school: Bilingual, since: Int) -> Bilingual {
        school.prefixed(en: "on exchange (from ", zh: "交流中（来自 ")
            .then(Bilingual(en: ", since \(since))", zh: "，\(since) 年起）"))
    }
    public static let downloads = Bilingual(en: "Downloads", zh: "下载")
    public static let reportHTML = Bilingual(en: "Report (report.html)", zh: "报告（report.html）")
    public static let workbook = Bilingual(en: "Excel workbook (plan.xlsx)", zh: "Excel 工作簿（plan.xlsx）")
    public static let solutionJSON = Bilingual(en: "Solution file (solution.json)", zh: "方案文件（solution.json）")
    public static let notices = Bilingual(en: "Notices per school", zh: "各校通知")
    public static let report = Bilingual(en: "The report", zh: "报告")
    public static let replan = Bilingual(en: "Re-plan near this plan (keeps what it can, honours the pins)", zh: "在本方案基础上重新编制（尽量保持不变，遵守固定规则）")
    public static let editByHand = Bilingual(en: "Edit by hand", zh: "手工调整")
    public static let unreadablePlan = Bilingual(en: "The files of this plan cannot be read (solution.json or the instance): nothing was changed.",
                                                 zh: "无法读取该方案的文件（solution.json 或实例）：没有任何改动。")
}

/// What changed against the parent plan (#changes).
extension WorkbenchText {
    public static func changesHeading(version: Int) -> Bilingual { Bilingual(en: "What changed since v\(version)", zh: "相对 v\(version) 的变化") }
    public static func sameAs(version: Int) -> Bilingual {
        Bilingual(en: "Every teacher and new hire has the same decision as in v\(version).", zh: "所有教师和新教师的安排与 v\(version) 相同。")
    }
    public static func changeCount(_ n: Int, version: Int) -> Bilingual {
        Bilingual(en: "\(n) decision\(n == 1 ? "" : "s") differ from v\(version):", zh: "有 \(n) 项安排与 v\(version) 不同：")
    }
    /// `T0103 (任芳): moves to S02 (…) → stays.`
    public static func teacherChange(_ who: Bilingual, before: Bilingual, after: Bilingual) -> Bilingual {
        who.then(Bilingual(en: ": ", zh: "：")).then(before)
            .then(Bilingual(en: " → ", zh: " → ")).then(after).stop
    }
    /// How a new hire's placement reads: `trained at S01 (…) 2 years with T0101 (…), then S05 (…)`.
    public static func placement(host: Bilingual, years: Int, mentor: Bilingual, destination: Bilingual) -> Bilingual {
        host.prefixed(en: "trained at ", zh: "在 ")
            .then(Bilingual(en: " for \(years) year\(years == 1 ? "" : "s") with ", zh: " 培育 \(years) 年，导师 "))
            .then(mentor).then(Bilingual(en: ", then placed at ", zh: "，之后分配到 ")).then(destination)
    }
}

extension Bilingual {
    /// Both texts followed by `other`'s.
    func then(_ other: Bilingual) -> Bilingual { Bilingual(en: en + other.en, zh: zh + other.zh) }
    /// The sentence with its full stop.
    var stop: Bilingual { Bilingual(en: en + ".", zh: zh + "。") }
}
