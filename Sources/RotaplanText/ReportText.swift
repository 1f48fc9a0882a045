/// Every fixed label and sentence of the reports (docs/report.md), once, in both
/// languages: headings, table captions, notes and legends. The switch has no `default`,
/// so a new label cannot be added without both its texts. Sentences with numbers are
/// functions of ``ReportSentence``; table headers are ``ReportColumns``.
public enum ReportText: Sendable, CaseIterable {
    // Plan page and summary.md (PlanHTML, PlanMarkdown).
    case planTitle, planHeading, status, explanations
    case tocSchools, tocFlows, tocPlacements, tocTimetables, tocCosts, tocSolver
    case kpiMoved, kpiSpread, kpiShortfall, kpiHires, kpiLessons, kpiUncovered, kpiYuan, kpiObjective
    case schoolsHeading, schoolsHeadingShort, coreMarker, schoolsNote
    case flowsHeading, whoMoves
    case placementsHeading, noNewHires
    case timetablesHeading, noWalkingLessons, homesAfterExchange, uncoveredDemand, teacherWeeks, schoolVisitors
    case costsHeading, subtotal, total
    case solverHeading, wholePlan, solverNote
    case keyFigures, stages, files, filesList
    // Banner and narrative (PlanNarrative).
    case interrupted, everyStageOptimal, noTraining, noWalkingDemand
    // Metrics rows (PlanMetricsRows).
    case interruptedMark
    // Comparison (CompareReport).
    case compareTitle, compareHeading, compareIntroHTML, compareIntroMarkdown, figure, figureMarkdown
    case baselineHTML, baselineMarkdown
    // Flows diagram (FlowsDiagram).
    case noTeacherMoves, fromTheCore, toTheCore, otherFlows, flowsLegend
    // Walking grids (WalkingHTML).
    case awayShaded, journeyMark, journeyMeaning, homeSchoolSeparator, period
    case journeyFrom, minutesUnit, numberSeparator
    // Words.
    case yes, no
    // Separators of the page's language.
    case sentenceSeparator, legendSeparator, legendEnd

    /// The text in both languages.
    public var bilingual: Bilingual {
        switch self {
        case .planTitle: return Bilingual(en: "education-group plan", zh: "集团化办学年度方案")
        case .planHeading: return Bilingual(en: "Education-group plan", zh: "集团化办学年度方案")
        case .status: return Bilingual(en: "Status: ", zh: "方案状态：")
        case .explanations: return Bilingual(en: "Explanations", zh: "说明")
        case .tocSchools: return Bilingual(en: "Schools", zh: "各校变化")
        case .tocFlows: return Bilingual(en: "Flows", zh: "交流流向")
        case .tocPlacements: return Bilingual(en: "New hires", zh: "新教师培育")
        case .tocTimetables: return Bilingual(en: "Timetables", zh: "走教课表")
        case .tocCosts: return Bilingual(en: "Costs", zh: "费用")
        case .tocSolver: return Bilingual(en: "Solver", zh: "求解情况")
        case .kpiMoved: return Bilingual(en: "Teachers moved (backbone)", zh: "交流教师（骨干）")
        case .kpiSpread: return Bilingual(en: "Quality spread", zh: "人均质量极差")
        case .kpiShortfall: return Bilingual(en: "Subject shortfall", zh: "学科缺编")
        case .kpiHires: return Bilingual(en: "New hires placed", zh: "新教师安排")
        case .kpiLessons: return Bilingual(en: "Walking lessons a week", zh: "走教课时/周")
        case .kpiUncovered: return Bilingual(en: "Uncovered a week", zh: "未排课时/周")
        case .kpiYuan: return Bilingual(en: "Yuan a year", zh: "年度费用（元）")
        case .kpiObjective: return Bilingual(en: "Total objective", zh: "总目标值")
        case .schoolsHeading: return Bilingual(en: "Schools before → after", zh: "各校变化（交流前 → 交流后）")
        case .schoolsHeadingShort: return Bilingual(en: "Schools before → after", zh: "各校变化（前 → 后）")
        case .coreMarker: return Bilingual(en: " (core)", zh: "（核心校）")
        case .schoolsNote:
            return Bilingual(
                en: "Quality per teacher: the mean of title score (senior 3, first 2, second 1) plus 2 for backbone; green is up, red down (the other way for the shortfall). Subject shortfall: teachers missing against the school's required numbers by primary subject. New hires arriving: hires who teach here after their training.",
                zh: "人均质量：职称分（高级 3、一级 2、二级 1）加骨干 2 分的平均值；绿色为提高，红色为降低（学科缺编相反）。学科缺编：按各校编制要求，主教学科教师不足的人数合计。新教师到岗：培育期满后到该校任教的人数。")
        case .flowsHeading: return Bilingual(en: "Flows between schools", zh: "交流流向")
        case .whoMoves: return Bilingual(en: "Who moves", zh: "交流名单")
        case .placementsHeading: return Bilingual(en: "First-station training: new hires", zh: "首站式培育：新教师安排")
        case .noNewHires: return Bilingual(en: "No new hires.", zh: "没有新教师。")
        case .timetablesHeading: return Bilingual(en: "Walking-teaching timetables", zh: "走教课表")
        case .noWalkingLessons: return Bilingual(en: "No walking lessons.", zh: "没有走教课。")
        case .homesAfterExchange: return Bilingual(en: "Teachers' home schools are those after the exchange.", zh: "走教教师的任职学校按交流后的安排计算。")
        case .uncoveredDemand: return Bilingual(en: "Uncovered demand", zh: "未排课时")
        case .teacherWeeks: return Bilingual(en: "Each walking teacher's week", zh: "教师周课表")
        case .schoolVisitors: return Bilingual(en: "Each school's visiting teachers", zh: "各校外来教师课表")
        case .costsHeading: return Bilingual(en: "Costs by school", zh: "费用（按学校）")
        case .subtotal: return Bilingual(en: " subtotal", zh: " 小计")
        case .total: return Bilingual(en: "Total", zh: "合计")
        case .solverHeading: return Bilingual(en: "Solver", zh: "求解情况")
        case .wholePlan: return Bilingual(en: "Plan", zh: "全部")
        case .solverNote:
            return Bilingual(en: "Solved with GLPK; the total objective is the sum of the stages' (MODEL.md §7) and can be re-checked with rotaplan check.",
                             zh: "GLPK 求解；总目标值为三个阶段目标值之和（MODEL.md §7），可用 rotaplan check 独立复核。")
        case .keyFigures: return Bilingual(en: "Key figures", zh: "主要指标")
        case .stages: return Bilingual(en: "Stages", zh: "各阶段")
        case .files: return Bilingual(en: "Files", zh: "文件")
        case .filesList:
            return Bilingual(
                en: """
                    - `report.html`: the whole report (printable, readable on a phone, works offline)
                    - `metrics.csv`: key figures; `schools.csv`: schools before/after; `costs.csv`: costs by school
                    - `exchanges.csv`: who moves; `placements.csv`: new hires; `lessons.csv`: walking lessons
                    (CSV files are UTF-8 with a BOM: Excel opens them directly)

                    """,
                zh: """
                    - `report.html`：完整报告（可打印、可在手机上查看，不联网）
                    - `metrics.csv`：主要指标；`schools.csv`：各校前后对比；`costs.csv`：各校费用
                    - `exchanges.csv`：交流名单；`placements.csv`：新教师培育安排；`lessons.csv`：走教课表
                    （CSV 为带 BOM 的 UTF-8，可直接用 Excel 打开）

                    """)
        case .interrupted:
            return Bilingual(en: "The solve was interrupted: this is the best plan found by then, not the end of the search.",
                             zh: "求解被中断：以下是中断时已找到的最好方案，不是搜索的终点。")
        case .everyStageOptimal: return Bilingual(en: "Every stage was solved to proven optimality.", zh: "三个阶段都已求得最优方案。")
        case .noTraining: return Bilingual(en: "First-station training: no new hires this year.", zh: "首站式培育：本年度没有新教师。")
        case .noWalkingDemand: return Bilingual(en: "Walking teaching: no demand.", zh: "走教：没有走教需求。")
        case .interruptedMark: return Bilingual(en: " (interrupted)", zh: "（已中断）")
        case .compareTitle: return Bilingual(en: " — plans compared", zh: " — 方案比较")
        case .compareHeading: return Bilingual(en: "Plans compared", zh: "方案比较")
        case .compareIntroHTML:
            return Bilingual(
                en: "The first column is the baseline; figures that differ from it are coloured: green better, red worse, yellow different (neither is better), with the difference below. “—”: that stage has no plan.",
                zh: "第一列为基准方案；与基准不同的数字标色：绿色为更好，红色为更差，黄色为不同（无好坏之分），括号内为差值。“—”表示该阶段没有方案。")
        case .compareIntroMarkdown:
            return Bilingual(en: "The first column is the baseline; figures that differ from it are in bold with the difference (▲ better, ▼ worse).\n\n",
                             zh: "第一列为基准方案；与基准不同的数字加粗，括号内为差值（▲ 更好，▼ 更差）。\n\n")
        case .figure: return Bilingual(en: "Figure", zh: "指标")
        case .figureMarkdown: return Bilingual(en: "figure", zh: "指标")
        case .baselineHTML: return Bilingual(en: "(baseline)", zh: "（基准）")
        case .baselineMarkdown: return Bilingual(en: " (baseline)", zh: "（基准）")
        case .noTeacherMoves: return Bilingual(en: "No teacher moves.", zh: "没有教师交流。")
        case .fromTheCore: return Bilingual(en: "from the core", zh: "核心校派出")
        case .toTheCore: return Bilingual(en: "to the core", zh: "派往核心校")
        case .otherFlows: return Bilingual(en: "between members or across groups", zh: "成员校之间或跨集团")
        case .flowsLegend:
            return Bilingual(en: "Numbers are teachers; thicker arrows carry more. Red: the core school; dashed: a school of another group.",
                             zh: "数字为交流人数，线越粗人数越多；红点为核心校，虚线圈为其他集团的学校。")
        case .awayShaded: return Bilingual(en: "Shaded blue: away from the home school.", zh: "蓝底：在外校上课。")
        case .journeyMark: return Bilingual(en: "→ from …", zh: "→ 自…")
        case .journeyMeaning: return Bilingual(en: "marks a journey between two schools that day.", zh: "表示当天从另一所学校赶来。")
        case .homeSchoolSeparator: return Bilingual(en: ", home school: ", zh: "，任职学校：")
        case .period: return Bilingual(en: "period", zh: "节次")
        case .journeyFrom: return Bilingual(en: "→ from ", zh: "→ 自 ")
        case .minutesUnit: return Bilingual(en: "min", zh: "分钟")
        case .numberSeparator: return Bilingual(en: ", ", zh: "，")
        case .yes: return Bilingual(en: "yes", zh: "是")
        case .no: return Bilingual(en: "no", zh: "否")
        case .sentenceSeparator: return Bilingual(en: " ", zh: "")
        case .legendSeparator: return Bilingual(en: "; ", zh: "；")
        case .legendEnd: return Bilingual(en: ". ", zh: "。")
        }
    }

    /// The text in `lang`.
    public func text(_ lang: Language) -> String { bilingual.text(lang) }

    /// The text in `lang`, or both ("中文 English", as the single-problem reports label
    /// things) when `lang` is nil.
    public func text(_ lang: Language?) -> String { bilingual.text(lang) }
}

extension Bilingual {
    /// The sentence in `lang`, or both ("中文 English") when `lang` is nil.
    public func text(_ lang: Language?) -> String {
        guard let lang else { return zh + " " + en }
        return text(lang)
    }
}
