import RotaplanDomain

/// The plan in plain words, for the top of the page and of summary.md: a banner when the
/// plan is not a proven optimum of every stage, and one sentence per stage.
extension PlanReport {
    /// How sure the plan is: `ok` (every stage proven optimal), `warn` (a plan, but not
    /// proven optimal or interrupted), `bad` (a stage has no plan).
    enum BannerKind: String { case ok, warn, bad }

    func banner(_ lang: ReportLanguage) -> (kind: BannerKind, text: String) {
        let zh = lang == .zh
        let missing = stages.filter { !PlanMetrics.hasPlan($0) }
        let unproven = stages.filter { $0.status == .feasible }
        var parts: [String] = []
        var kind = BannerKind.ok
        if solution.interrupted {
            kind = .warn
            parts.append(zh ? "求解被中断：以下是中断时已找到的最好方案，不是搜索的终点。"
                            : "The solve was interrupted: this is the best plan found by then, not the end of the search.")
        }
        if !missing.isEmpty {
            kind = .bad
            let list = missing.map { "\(Self.stageName($0.problem, lang))（\(PlanMetrics.statusText($0.status, lang))）" }
            parts.append(zh ? "以下阶段没有方案：" + list.joined(separator: "、") + "，相关数字显示为“—”。"
                            : "No plan for: " + missing.map { "\(Self.stageName($0.problem, lang)) (\(PlanMetrics.statusText($0.status, lang)))" }
                                .joined(separator: ", ") + "; their figures show as “—”.")
        }
        if !unproven.isEmpty {
            if kind == .ok { kind = .warn }
            let list = unproven.map { st in
                Self.stageName(st.problem, lang) + (st.gap.map { zh ? "（与最优相差至多 \(HTMLPage.fmt($0 * 100, 2))%）" : " (within \(HTMLPage.fmt($0 * 100, 2))% of the best possible)" } ?? "")
            }
            parts.append(zh ? "在时间限制内未证明最优：" + list.joined(separator: "、") + "。"
                            : "Not proven optimal within the time limit: " + list.joined(separator: ", ") + ".")
        }
        if parts.isEmpty {
            parts.append(zh ? "三个阶段都已求得最优方案。" : "Every stage was solved to proven optimality.")
        }
        return (kind, parts.joined(separator: " "))
    }

    /// One sentence per stage, in the page's language.
    func sentences(_ lang: ReportLanguage) -> [String] {
        let m = metrics, zh = lang == .zh
        func text(_ key: String) -> String { PlanMetrics.row(key)!.text(m, lang) }
        var out: [String] = []
        // Exchange.
        if let moved = m.teachersMoved {
            let after = m.shortfallAfter ?? 0
            let shortfallZh = after == m.shortfallBefore ? "学科缺编保持 \(after) 人" : "学科缺编由 \(m.shortfallBefore) 人变为 \(after) 人"
            let shortfallEn = after == m.shortfallBefore ? "the subject shortfall stays at \(after) teachers"
                                                         : "the subject shortfall from \(m.shortfallBefore) to \(after) teachers"
            if zh {
                out.append("交流轮岗：\(moved) 名教师交流（其中骨干 \(m.backboneMoved ?? 0) 名；政策要求至少 \(m.minimumMoves) 名），"
                    + "集团内各校人均质量极差由 \(text("qualitySpreadBefore")) 变为 \(text("qualitySpreadAfter"))，"
                    + "\(shortfallZh)，年度费用 \(text("exchangeYuan")) 元。")
            } else {
                out.append("Exchange: \(moved) teachers move (\(m.backboneMoved ?? 0) of them backbone; the policy asks for at least \(m.minimumMoves)); "
                    + "the spread of quality per teacher across the groups' schools goes from \(text("qualitySpreadBefore")) to \(text("qualitySpreadAfter")), "
                    + "\(shortfallEn), at \(text("exchangeYuan")) yuan a year.")
            }
        } else {
            out.append(zh ? "交流轮岗：\(PlanMetrics.statusText(m.exchangeStatus, lang))，本方案不含交流。"
                          : "Exchange: \(PlanMetrics.statusText(m.exchangeStatus, lang)); the plan moves nobody.")
        }
        // Training.
        if m.newHires == 0 {
            out.append(zh ? "首站式培育：本年度没有新教师。" : "First-station training: no new hires this year.")
        } else if let placed = m.hiresPlaced {
            out.append(zh
                ? "首站式培育：\(m.newHires) 名新教师中 \(placed) 名在核心校由导师带教，平均 \(text("meanTrainingYears")) 年后到成员校任教，其中 \(m.hiresAtPrioritySchools ?? 0) 名去往新建、薄弱或乡村学校。"
                : "First-station training: \(placed) of \(m.newHires) new hires train at a core school with a mentor and go to a member school after \(text("meanTrainingYears")) years on average, \(m.hiresAtPrioritySchools ?? 0) of them to new, weak or rural schools.")
        } else {
            out.append(zh ? "首站式培育：\(PlanMetrics.statusText(m.trainingStatus, lang))，新教师尚未安排。"
                          : "First-station training: \(PlanMetrics.statusText(m.trainingStatus, lang)); no new hire is placed.")
        }
        // Walking.
        if m.demandPeriods == 0 {
            out.append(zh ? "走教：没有走教需求。" : "Walking teaching: no demand.")
        } else if let lessons = m.lessons {
            out.append(zh
                ? "走教：\(m.walkingTeachers ?? 0) 名教师每周共上 \(lessons) 节走教课（需求 \(m.demandPeriods) 节，未排 \(m.uncoveredPeriods ?? 0) 节），每周外出 \(m.visitDays ?? 0) 人日，单程路程合计 \(text("walkingTravelMinutes")) 分钟，交通费每周 \(text("walkingYuanPerWeek")) 元（每年约 \(text("walkingYuanPerYear")) 元）。"
                : "Walking teaching: \(m.walkingTeachers ?? 0) teachers give \(lessons) lessons a week (demand \(m.demandPeriods), uncovered \(m.uncoveredPeriods ?? 0)), with \(m.visitDays ?? 0) visit days and \(text("walkingTravelMinutes")) one-way minutes on the road a week, and \(text("walkingYuanPerWeek")) yuan of transport a week (about \(text("walkingYuanPerYear")) a year).")
        } else {
            out.append(zh ? "走教：\(PlanMetrics.statusText(m.walkingStatus, lang))，没有走教课表。"
                          : "Walking teaching: \(PlanMetrics.statusText(m.walkingStatus, lang)); no timetable.")
        }
        if m.totalYuanPerYear != nil {
            out.append(zh ? "全年费用合计约 \(text("totalYuanPerYear")) 元。" : "In all, about \(text("totalYuanPerYear")) yuan a year.")
        }
        return out
    }
}
