import Foundation
import RotaplanDomain

/// `report.html` of a plan: one self-contained page (no network: a Content-Security-Policy
/// forbids every load; inline SVG only), every word in `lang`, in this order: summary,
/// schools before/after, flows, placements, timetables, costs, solver. Printable on A4
/// (big sections start a page, rows are not cut, grids fit the width) and readable on a
/// phone (tables scroll sideways, key figures wrap, text ≥ 14 px).
extension PlanReport {
    static let style = """
        .banner{padding:.6rem .8rem;border-radius:6px;margin:.75rem 0}
        .banner.ok{background:#e9f6ec;border:1px solid #9fd3ab}.banner.warn{background:#fff6e0;border:1px solid #e8c66a}
        .banner.bad{background:#fdecea;border:1px solid #e6a19a}
        nav.toc{font-size:.875rem;margin:.5rem 0}nav.toc a{margin-right:.9rem;white-space:nowrap;color:#2f6db5}
        tr.total td{font-weight:bold;background:#f7f7f7}tr.first td{border-top:2px solid #999}
        p.note{font-size:.875rem;color:#555}
        @media print{h2.page{break-before:page;page-break-before:always}nav.toc{display:none}}
        """

    public func html(_ lang: ReportLanguage) -> String {
        let say = { (zh: String, en: String) in HTMLPage.say(lang, zh, en) }
        let title = instance.name + " — " + say("集团化办学年度方案", "education-group plan")
        var h = HTMLPage.head(title: title, lang: lang, extraStyle: Self.style + "\n" + FlowsDiagram.style + "\n" + WalkingReport.gridStyle)
        h += "<h1>\(HTMLPage.name(instance.name)) — " + say("集团化办学年度方案", "Education-group plan") + "</h1>\n"
        h += "<nav class=\"toc\">" + [
            ("schools", say("各校变化", "Schools")), ("flows", say("交流流向", "Flows")), ("placements", say("新教师培育", "New hires")),
            ("timetables", say("走教课表", "Timetables")), ("costs", say("费用", "Costs")), ("solver", say("求解情况", "Solver")),
        ].map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined() + "</nav>\n"
        h += summarySection(lang)
        h += schoolsSection(lang)
        h += flowsSection(lang)
        h += placementsSection(lang)
        h += timetablesSection(lang)
        h += costsSection(lang)
        h += solverSection(lang)
        return h + "</body></html>\n"
    }

    // MARK: Summary

    /// The key figures shown as boxes, by PlanMetrics row (before → after pairs joined).
    func summarySection(_ lang: ReportLanguage) -> String {
        let m = metrics
        func t(_ key: String) -> String { PlanMetrics.row(key)!.text(m, lang) }
        let zh = lang == .zh
        let b = banner(lang)
        var h = "<div class=\"banner \(b.kind.rawValue)\"><b>" + (zh ? "方案状态：" : "Status: ") + HTMLPage.esc(t("status")) + "</b> "
        h += HTMLPage.esc(b.text) + "</div>\n"
        h += HTMLPage.kpis([
            (zh ? "交流教师（骨干）" : "Teachers moved (backbone)", "\(t("teachersMoved")) (\(t("backboneMoved")))"),
            (zh ? "人均质量极差" : "Quality spread", "\(t("qualitySpreadBefore")) → \(t("qualitySpreadAfter"))"),
            (zh ? "学科缺编" : "Subject shortfall", "\(t("shortfallBefore")) → \(t("shortfallAfter"))"),
            (zh ? "新教师安排" : "New hires placed", "\(t("hiresPlaced")) / \(t("newHires"))"),
            (zh ? "走教课时/周" : "Walking lessons a week", "\(t("lessons")) / \(t("demandPeriods"))"),
            (zh ? "未排课时/周" : "Uncovered a week", t("uncoveredPeriods")),
            (zh ? "年度费用（元）" : "Yuan a year", t("totalYuanPerYear")),
            (zh ? "总目标值" : "Total objective", t("objective")),
        ])
        h += "<p>" + sentences(lang).map(HTMLPage.esc).joined(separator: lang == .zh ? "" : " ") + "</p>\n"
        if !explanations.isEmpty {
            h += "<h3>" + (zh ? "说明" : "Explanations") + "</h3>\n<ul>\n" + explanations.map { "<li>\(HTMLPage.esc($0))</li>\n" }.joined() + "</ul>\n"
        }
        return h
    }

    // MARK: Schools before → after

    /// Shown schools ordered by group (core first), then schools in no group.
    var schoolsByGroup: [SchoolRow] {
        let shown = Dictionary(uniqueKeysWithValues: shownSchools.map { ($0.school, $0) })
        var order = instance.groups.flatMap(\.schools).compactMap { shown[$0] }
        let listed = Set(order.map(\.school))
        order += shownSchools.filter { !listed.contains($0.school) }
        return order
    }

    func schoolsSection(_ lang: ReportLanguage) -> String {
        let zh = lang == .zh, fmt = HTMLPage.fmt
        var h = "<h2 id=\"schools\" class=\"page\">" + (zh ? "各校变化（交流前 → 交流后）" : "Schools before → after") + "</h2>\n"
        let rows = schoolsByGroup
        var firsts: [String?] = []
        var previous: Int?? = .none
        let cells: [[String]] = rows.map { r in
            let school = instance.schools[r.school]
            firsts.append(previous == .some(school.group) ? nil : "first")
            previous = .some(school.group)
            let group = school.group.map { instance.groups[$0].name } ?? "—"
            let core = instance.groups.contains { $0.core == r.school } ? (zh ? "（核心校）" : " (core)") : ""
            return [
                HTMLPage.name(school.name) + HTMLPage.esc(core), HTMLPage.name(group),
                "\(r.teachersBefore) → \(r.teachersAfter)",
                "\(r.backboneBefore) → " + exchange.change(Double(r.backboneBefore), Double(r.backboneAfter), 0),
                "\(fmt(r.qualityBefore, 2)) → " + exchange.change(r.qualityBefore, r.qualityAfter, 2),
                "\(r.shortfallBefore) → " + exchange.change(Double(r.shortfallBefore), Double(r.shortfallAfter), 0, lowerIsBetter: true),
                "\(r.sent)", "\(r.received)", "\(r.hiresArriving)", "\(r.visitingLessons)",
            ]
        }
        h += HTMLPage.htmlTable(
            zh ? ["学校", "集团", "教师数", "骨干", "人均质量", "学科缺编", "派出", "接收", "新教师到岗", "外校走教课时/周"]
               : ["School", "Group", "Teachers", "Backbone", "Quality per teacher", "Subject shortfall", "Sent", "Received",
                  "New hires arriving", "Visiting lessons a week"],
            cells, numeric: Set(2...9), rowClass: firsts)
        h += "<p class=\"note\">" + (zh
            ? "人均质量：职称分（高级 3、一级 2、二级 1）加骨干 2 分的平均值；绿色为提高，红色为降低（学科缺编相反）。学科缺编：按各校编制要求，主教学科教师不足的人数合计。新教师到岗：培育期满后到该校任教的人数。"
            : "Quality per teacher: the mean of title score (senior 3, first 2, second 1) plus 2 for backbone; green is up, red down (the other way for the shortfall). Subject shortfall: teachers missing against the school's required numbers by primary subject. New hires arriving: hires who teach here after their training.") + "</p>\n"
        return h
    }

    /// The paragraph that stands for a section whose stage has no plan, with its status.
    func noPlan(_ p: Solution.Problem, _ lang: ReportLanguage) -> String {
        let status = PlanMetrics.statusText(PlanMetrics.stage(p, of: solution)?.status, lang)
        let name = lang == .zh ? (p == .training ? "培育" : Self.stageName(p, .zh)) : p.rawValue
        return "<p>" + (lang == .zh ? "\(name)阶段没有方案（\(status)）。" : "The \(name) stage has no plan (\(status)).") + "</p>\n"
    }

    // MARK: Flows and moves

    func flowsSection(_ lang: ReportLanguage) -> String {
        let zh = lang == .zh
        var h = "<h2 id=\"flows\" class=\"page\">" + (zh ? "交流流向" : "Flows between schools") + "</h2>\n"
        guard ran(.exchange) else {
            return h + noPlan(.exchange, lang)
        }
        h += FlowsDiagram(instance: instance, flows: exchange.flows, lang: lang).html()
        guard !exchange.moves.isEmpty else { return h }
        h += "<h3>" + (zh ? "交流名单" : "Who moves") + "</h3>\n"
        h += HTMLPage.htmlTable(
            zh ? ["教师", "学科", "职称", "骨干", "原学校", "交流学校", "单程分钟", "年度费用（元）"]
               : ["Teacher", "Subject", "Title", "Backbone", "From", "To", "Minutes one way", "Yuan a year"],
            exchange.moves.map { m in
                let t = instance.teachers[m.teacher]
                return ["\(HTMLPage.name(t.id.rawValue)) \(HTMLPage.name(t.name))", HTMLPage.esc(HTMLPage.subject(t.subject, lang)),
                        HTMLPage.esc(HTMLPage.title(t.title, lang)), t.backbone ? (zh ? "是" : "yes") : "",
                        HTMLPage.name(instance.schools[m.from].name), HTMLPage.name(instance.schools[m.to].name),
                        m.minutes.map { HTMLPage.fmt($0, 0) } ?? "—", PlanMetrics.grouped(m.yearlyCost)]
            }, numeric: [6, 7])
        return h
    }

    // MARK: Placements

    func placementsSection(_ lang: ReportLanguage) -> String {
        let zh = lang == .zh
        var h = "<h2 id=\"placements\">" + (zh ? "首站式培育：新教师安排" : "First-station training: new hires") + "</h2>\n"
        guard ran(.training) else {
            return h + noPlan(.training, lang)
        }
        guard !training.placements.isEmpty else { return h + "<p>" + (zh ? "没有新教师。" : "No new hires.") + "</p>\n" }
        h += HTMLPage.htmlTable(
            zh ? ["新教师", "学科", "培育学校（核心校）", "导师", "培育年限", "去向学校", "到岗学年"]
               : ["New hire", "Subject", "Host (core school)", "Mentor", "Years", "Destination", "Arrives in year"],
            training.placements.map { p in
                let hire = instance.newHires[p.hire], mentor = instance.teachers[p.mentor]
                return ["\(HTMLPage.name(hire.id.rawValue)) \(HTMLPage.name(hire.name))", HTMLPage.esc(HTMLPage.subject(hire.subject, lang)),
                        HTMLPage.name(instance.schools[p.host].name), "\(HTMLPage.name(mentor.id.rawValue)) \(HTMLPage.name(mentor.name))",
                        "\(p.years)", HTMLPage.name(instance.schools[p.destination].name), "\(p.arrivalYear)"]
            }, numeric: [4, 6])
        return h
    }

    // MARK: Timetables

    func timetablesSection(_ lang: ReportLanguage) -> String {
        let zh = lang == .zh
        var h = "<h2 id=\"timetables\" class=\"page\">" + (zh ? "走教课表" : "Walking-teaching timetables") + "</h2>\n"
        guard ran(.walking) else {
            return h + noPlan(.walking, lang)
        }
        guard !walking.lessons.isEmpty || !solution.uncovered.isEmpty else {
            return h + "<p>" + (zh ? "没有走教课。" : "No walking lessons.") + "</p>\n"
        }
        h += "<p class=\"note\">" + (zh ? "走教教师的任职学校按交流后的安排计算。" : "Teachers' home schools are those after the exchange.") + "</p>\n"
        if !solution.uncovered.isEmpty {
            h += "<h3>" + (zh ? "未排课时" : "Uncovered demand") + "</h3>\n"
            h += HTMLPage.htmlTable(
                zh ? ["学校", "班级", "学科", "未排课时/周"] : ["School", "Class", "Subject", "Periods a week"],
                solution.uncovered.map { u in
                    [HTMLPage.name(instance.schoolIndex[SchoolID(u.school)].map { instance.schools[$0].name } ?? u.school),
                     HTMLPage.name(u.class), HTMLPage.esc(HTMLPage.subject(Subject(u.subject), lang)), "\(u.periods)"]
                }, numeric: [3])
        }
        h += "<h3>" + (zh ? "教师周课表" : "Each walking teacher's week") + "</h3>\n" + walking.teacherGrids(lang: lang)
        h += "<h3>" + (zh ? "各校外来教师课表" : "Each school's visiting teachers") + "</h3>\n" + walking.schoolGrids(lang: lang)
        return h
    }

    // MARK: Costs

    func costsSection(_ lang: ReportLanguage) -> String {
        let zh = lang == .zh, c = instance.policy.cost, g = PlanMetrics.grouped
        var h = "<h2 id=\"costs\" class=\"page\">" + (zh ? "费用（按学校）" : "Costs by school") + "</h2>\n"
        guard !costs.isEmpty else {
            return h + "<p>" + (zh ? "本方案没有产生费用（生活补助与交通费标准为 \(g(c.allowancePerDay)) 元/天、\(HTMLPage.fmt(c.transportPerKm, 2)) 元/公里）。"
                                  : "The plan costs nothing (allowance \(g(c.allowancePerDay)) yuan a day, transport \(HTMLPage.fmt(c.transportPerKm, 2)) yuan per km).") + "</p>\n"
        }
        var rows: [[String]] = [], classes: [String?] = []
        func add(_ label: String, _ list: [CostRow], total: Bool, budget: Double? = nil) {
            let a = list.reduce(0) { $0 + $1.allowance }, t = list.reduce(0) { $0 + $1.transport }
            let w = list.reduce(0) { $0 + $1.walkingWeekly }, d = list.reduce(0) { $0 + $1.visitDays }
            var cells = [label, g(a), g(t), "\(d)", HTMLPage.fmt(w, 2), g(w * weeksPerYear), g(a + t + w * weeksPerYear)]
            if let budget { cells[0] += HTMLPage.esc(zh ? "（预算 \(g(budget)) 元，交流已用 \(g(a + t)) 元）" : " (budget \(g(budget)) yuan, exchange uses \(g(a + t)))") }
            rows.append(cells)
            classes.append(total ? "total" : nil)
        }
        var listed = Set<Int>()
        for (k, group) in instance.groups.enumerated() {
            let mine = costs.filter { instance.schools[$0.school].group == k }
            guard !mine.isEmpty else { continue }
            for r in mine { add(HTMLPage.name(instance.schools[r.school].name), [r], total: false); listed.insert(r.school) }
            add(HTMLPage.name(group.name) + HTMLPage.esc(zh ? " 小计" : " subtotal"), mine, total: true, budget: c.budgetPerGroup)
        }
        for r in costs where !listed.contains(r.school) { add(HTMLPage.name(instance.schools[r.school].name), [r], total: false) }
        add(HTMLPage.esc(zh ? "合计" : "Total"), costs, total: true)
        h += HTMLPage.htmlTable(
            zh ? ["学校", "交流生活补助（元/年）", "交流交通费（元/年）", "走教外出人日/周", "走教交通费（元/周）", "走教交通费（元/年）", "合计（元/年）"]
               : ["School", "Exchange allowance (yuan a year)", "Exchange transport (yuan a year)", "Walking visit days a week",
                  "Walking transport (yuan a week)", "Walking transport (yuan a year)", "Total (yuan a year)"],
            rows, numeric: Set(1...6), rowClass: classes)
        let weeks = HTMLPage.fmt(weeksPerYear, 0)
        h += "<p class=\"note\">" + HTMLPage.esc(zh
            ? "交流费用记在派出学校：去乡村学校或外区时生活补助 \(g(c.allowancePerDay)) 元/天 × \(g(c.workdaysPerYear)) 天，交通费 \(HTMLPage.fmt(c.transportPerKm, 2)) 元/公里 × 2 × 公里数 × \(g(c.workdaysPerYear)) 天。走教交通费记在被走教的学校：每个外出人日 \(HTMLPage.fmt(c.transportPerKm, 2)) 元/公里 × 2 × 公里数，一年按 \(weeks) 周计。"
            : "Exchange costs are charged to the sending school: an allowance of \(g(c.allowancePerDay)) yuan a day × \(g(c.workdaysPerYear)) days for a rural school or another district, and transport of \(HTMLPage.fmt(c.transportPerKm, 2)) yuan per km × 2 × km × \(g(c.workdaysPerYear)) days. Walking transport is charged to the school visited: \(HTMLPage.fmt(c.transportPerKm, 2)) yuan per km × 2 × km per visit day; a year is \(weeks) weeks.")
        let unknown = costs.reduce(0) { $0 + $1.unknownKm }
        if unknown > 0 {
            h += HTMLPage.esc(zh ? " 另有 \(unknown) 个走教人日缺少公里数，未计入。" : " \(unknown) visit days have no km and are not counted.")
        }
        return h + "</p>\n"
    }

    // MARK: Solver

    func solverSection(_ lang: ReportLanguage) -> String {
        let zh = lang == .zh, fmt = HTMLPage.fmt
        var h = "<h2 id=\"solver\">" + (zh ? "求解情况" : "Solver") + "</h2>\n"
        func num(_ x: Double?, _ d: Int) -> String { x.map { fmt($0, d) } ?? "—" }
        var rows = stages.map { st -> [String] in
            [HTMLPage.esc(Self.stageName(st.problem, lang)), HTMLPage.esc(PlanMetrics.statusText(st.status, lang)),
             num(st.objective, 4), num(st.bound, 4), st.gap.map { fmt($0 * 100, 2) + "%" } ?? "—", num(st.seconds, 2),
             st.model.map { "\($0.rows)" } ?? "—", st.model.map { "\($0.columns)" } ?? "—",
             st.model.map { "\($0.nonzeros)" } ?? "—", st.model.map { "\($0.integers)" } ?? "—"]
        }
        let seconds = stages.compactMap(\.seconds)
        rows.append([HTMLPage.esc(zh ? "全部" : "Plan"), HTMLPage.esc(PlanMetrics.row("status")!.text(metrics, lang)), num(solution.objective, 4),
                     "", "", seconds.isEmpty ? "—" : fmt(seconds.reduce(0, +), 2), "", "", "", ""])
        h += HTMLPage.htmlTable(
            zh ? ["阶段", "状态", "目标值", "下界", "间隙", "用时（秒）", "约束行", "变量列", "非零元", "整数变量"]
               : ["Stage", "Status", "Objective", "Bound", "Gap", "Seconds", "Rows", "Columns", "Nonzeros", "Integers"],
            rows, numeric: Set(2...9), rowClass: [nil, nil, nil, "total"])
        h += "<p class=\"note\">" + HTMLPage.esc(zh
            ? "GLPK 求解；总目标值为三个阶段目标值之和（MODEL.md §7），可用 rotaplan check 独立复核。"
            : "Solved with GLPK; the total objective is the sum of the stages' (MODEL.md §7) and can be re-checked with rotaplan check.") + "</p>\n"
        return h
    }
}
