import RotaplanDomain

/// The report sentences that carry numbers or names (docs/report.md), in both languages.
/// The reports format the numbers (the same digits in both languages) and pass them in
/// as text; these functions only choose the words around them.
public enum ReportSentence {
    // MARK: Plan page (PlanHTML)

    /// A section whose stage has no plan.
    public static func noPlan(_ p: Solution.Problem, status: Bilingual) -> Bilingual {
        let zhName = p == .training ? "培育" : p.stageName.zh
        return Bilingual(en: "The \(p.rawValue) stage has no plan (\(status.en)).", zh: "\(zhName)阶段没有方案（\(status.zh)）。")
    }

    /// The costs section of a plan that costs nothing.
    public static func costsNothing(allowancePerDay a: String, transportPerKm t: String) -> Bilingual {
        Bilingual(en: "The plan costs nothing (allowance \(a) yuan a day, transport \(t) yuan per km).",
                  zh: "本方案没有产生费用（生活补助与交通费标准为 \(a) 元/天、\(t) 元/公里）。")
    }

    /// A group's subtotal row with its budget.
    public static func budget(_ budget: String, exchangeUses used: String) -> Bilingual {
        Bilingual(en: " (budget \(budget) yuan, exchange uses \(used))", zh: "（预算 \(budget) 元，交流已用 \(used) 元）")
    }

    /// How the costs are counted (§4.7, §6 "Money reported").
    public static func costsNote(allowancePerDay a: String, workdays w: String, transportPerKm t: String, weeks: String) -> Bilingual {
        Bilingual(
            en: "Exchange costs are charged to the sending school: an allowance of \(a) yuan a day × \(w) days for a rural school or another district, and transport of \(t) yuan per km × 2 × km × \(w) days. Walking transport is charged to the school visited: \(t) yuan per km × 2 × km per visit day; a year is \(weeks) weeks.",
            zh: "交流费用记在派出学校：去乡村学校或外区时生活补助 \(a) 元/天 × \(w) 天，交通费 \(t) 元/公里 × 2 × 公里数 × \(w) 天。走教交通费记在被走教的学校：每个外出人日 \(t) 元/公里 × 2 × 公里数，一年按 \(weeks) 周计。")
    }

    /// Visit days left out of the costs for want of a km.
    public static func unknownKm(_ n: Int) -> Bilingual {
        Bilingual(en: " \(n) visit days have no km and are not counted.", zh: " 另有 \(n) 个走教人日缺少公里数，未计入。")
    }

    // MARK: Banner (PlanNarrative)

    /// The stages without a plan, each with its status.
    public static func noPlanFor(_ stages: [(stage: Solution.Problem, status: Bilingual)]) -> Bilingual {
        Bilingual(en: "No plan for: " + stages.map { "\($0.stage.stageName.en) (\($0.status.en))" }.joined(separator: ", ") + "; their figures show as “—”.",
                  zh: "以下阶段没有方案：" + stages.map { "\($0.stage.stageName.zh)（\($0.status.zh)）" }.joined(separator: "、") + "，相关数字显示为“—”。")
    }

    /// The stages with a plan not proven optimal, each with its gap in percent when known
    /// (`no bound proven` when not), then what a gap means (``GapText/reading``).
    public static func notProven(_ stages: [(stage: Solution.Problem, gapPercent: String?)]) -> Bilingual {
        Bilingual(en: "Not proven optimal within the time limit: "
                      + stages.map { $0.stage.stageName.en + ($0.gapPercent.map { " (within \($0)% of the best possible)" } ?? " (no bound proven)") }.joined(separator: ", ") + ". "
                      + GapText.reading.en,
                  zh: "在时间限制内未证明最优："
                      + stages.map { $0.stage.stageName.zh + ($0.gapPercent.map { "（与最优相差至多 \($0)%）" } ?? "（未证明界）") }.joined(separator: "、") + "。"
                      + GapText.reading.zh)
    }

    // MARK: The plan in words (PlanNarrative)

    /// The exchange's figures as the narrative writes them.
    public struct ExchangeFigures {
        public var moved, backbone, minimum, shortfallBefore, shortfallAfter: Int
        public var spreadBefore, spreadAfter, yuan: String

        public init(moved: Int, backbone: Int, minimum: Int, shortfallBefore: Int, shortfallAfter: Int,
                    spreadBefore: String, spreadAfter: String, yuan: String) {
            self.moved = moved; self.backbone = backbone; self.minimum = minimum
            self.shortfallBefore = shortfallBefore; self.shortfallAfter = shortfallAfter
            self.spreadBefore = spreadBefore; self.spreadAfter = spreadAfter; self.yuan = yuan
        }
    }

    public static func exchange(_ f: ExchangeFigures) -> Bilingual {
        let same = f.shortfallAfter == f.shortfallBefore
        let shortfallZh = same ? "学科缺编保持 \(f.shortfallAfter) 人" : "学科缺编由 \(f.shortfallBefore) 人变为 \(f.shortfallAfter) 人"
        let shortfallEn = same ? "the subject shortfall stays at \(f.shortfallAfter) teachers"
                               : "the subject shortfall from \(f.shortfallBefore) to \(f.shortfallAfter) teachers"
        return Bilingual(
            en: "Exchange: \(f.moved) teachers move (\(f.backbone) of them backbone; the policy asks for at least \(f.minimum)); "
                + "the spread of quality per teacher across the groups' schools goes from \(f.spreadBefore) to \(f.spreadAfter), "
                + "\(shortfallEn), at \(f.yuan) yuan a year.",
            zh: "交流轮岗：\(f.moved) 名教师交流（其中骨干 \(f.backbone) 名；政策要求至少 \(f.minimum) 名），"
                + "集团内各校人均质量极差由 \(f.spreadBefore) 变为 \(f.spreadAfter)，"
                + "\(shortfallZh)，年度费用 \(f.yuan) 元。")
    }

    /// A stage of the narrative without a plan: what the plan then lacks.
    public static func stageWithoutPlan(_ p: Solution.Problem, status: Bilingual) -> Bilingual {
        switch p {
        case .exchange: return Bilingual(en: "Exchange: \(status.en); the plan moves nobody.", zh: "交流轮岗：\(status.zh)，本方案不含交流。")
        case .training:
            return Bilingual(en: "First-station training: \(status.en); no new hire is placed.", zh: "首站式培育：\(status.zh)，新教师尚未安排。")
        case .walking: return Bilingual(en: "Walking teaching: \(status.en); no timetable.", zh: "走教：\(status.zh)，没有走教课表。")
        case .plan: return noPlan(.plan, status: status)
        }
    }

    public static func training(placed: Int, of hires: Int, meanYears: String, atPriority: Int) -> Bilingual {
        Bilingual(
            en: "First-station training: \(placed) of \(hires) new hires train at a core school with a mentor and go to a member school after \(meanYears) years on average, \(atPriority) of them to new, weak or rural schools.",
            zh: "首站式培育：\(hires) 名新教师中 \(placed) 名在核心校由导师带教，平均 \(meanYears) 年后到成员校任教，其中 \(atPriority) 名去往新建、薄弱或乡村学校。")
    }

    /// The walking figures as the narrative writes them.
    public struct WalkingFigures {
        public var teachers, lessons, demand, uncovered, visitDays: Int
        public var minutes, yuanPerWeek, yuanPerYear: String

        public init(teachers: Int, lessons: Int, demand: Int, uncovered: Int, visitDays: Int, minutes: String, yuanPerWeek: String, yuanPerYear: String) {
            self.teachers = teachers; self.lessons = lessons; self.demand = demand; self.uncovered = uncovered; self.visitDays = visitDays
            self.minutes = minutes; self.yuanPerWeek = yuanPerWeek; self.yuanPerYear = yuanPerYear
        }
    }

    public static func walking(_ f: WalkingFigures) -> Bilingual {
        Bilingual(
            en: "Walking teaching: \(f.teachers) teachers give \(f.lessons) lessons a week (demand \(f.demand), uncovered \(f.uncovered)), with \(f.visitDays) visit days and \(f.minutes) one-way minutes on the road a week, and \(f.yuanPerWeek) yuan of transport a week (about \(f.yuanPerYear) a year).",
            zh: "走教：\(f.teachers) 名教师每周共上 \(f.lessons) 节走教课（需求 \(f.demand) 节，未排 \(f.uncovered) 节），每周外出 \(f.visitDays) 人日，单程路程合计 \(f.minutes) 分钟，交通费每周 \(f.yuanPerWeek) 元（每年约 \(f.yuanPerYear) 元）。")
    }

    public static func totalCost(_ yuan: String) -> Bilingual {
        Bilingual(en: "In all, about \(yuan) yuan a year.", zh: "全年费用合计约 \(yuan) 元。")
    }
}
