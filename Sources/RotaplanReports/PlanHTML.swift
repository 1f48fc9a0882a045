import Foundation
import RotaplanDomain
import RotaplanText

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
        func word(_ t: ReportText) -> String { t.text(lang) }
        let title = instance.name + " — " + word(.planTitle)
        var h = HTMLPage.head(title: title, lang: lang, extraStyle: Self.style + "\n" + FlowsDiagram.style + "\n" + WalkingReport.gridStyle)
        h += "<h1>\(HTMLPage.name(instance.name)) — " + word(.planHeading) + "</h1>\n"
        var toc: [(String, String)] = [
            ("schools", word(.tocSchools)), ("flows", word(.tocFlows)), ("placements", word(.tocPlacements)),
            ("timetables", word(.tocTimetables)), ("costs", word(.tocCosts)),
        ]
        if reasons != nil { toc.append(("reasons", ReasonText.heading.text(lang))) }
        toc.append(("solver", word(.tocSolver)))
        h += "<nav class=\"toc\">" + toc.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined() + "</nav>\n"
        h += summarySection(lang)
        h += schoolsSection(lang)
        h += flowsSection(lang)
        h += placementsSection(lang)
        h += timetablesSection(lang)
        h += costsSection(lang)
        h += reasons?.html(lang) ?? ""
        h += solverSection(lang)
        return h + "</body></html>\n"
    }

    // MARK: Summary

    /// The key figures shown as boxes, by PlanMetrics row (before → after pairs joined).
    func summarySection(_ lang: ReportLanguage) -> String {
        let m = metrics
        func t(_ key: String) -> String { PlanMetrics.row(key)!.text(m, lang) }
        func word(_ t: ReportText) -> String { t.text(lang) }
        let b = banner(lang)
        var h = "<div class=\"banner \(b.kind.rawValue)\"><b>" + word(.status) + HTMLPage.esc(t("status")) + "</b> "
        h += HTMLPage.esc(b.text) + "</div>\n"
        h += HTMLPage.kpis([
            (word(.kpiMoved), "\(t("teachersMoved")) (\(t("backboneMoved")))"),
            (word(.kpiSpread), "\(t("qualitySpreadBefore")) → \(t("qualitySpreadAfter"))"),
            (word(.kpiShortfall), "\(t("shortfallBefore")) → \(t("shortfallAfter"))"),
            (word(.kpiHires), "\(t("hiresPlaced")) / \(t("newHires"))"),
            (word(.kpiLessons), "\(t("lessons")) / \(t("demandPeriods"))"),
            (word(.kpiUncovered), t("uncoveredPeriods")),
            (word(.kpiYuan), t("totalYuanPerYear")),
            (word(.kpiObjective), t("objective")),
        ])
        h += "<p>" + sentences(lang).map(HTMLPage.esc).joined(separator: word(.sentenceSeparator)) + "</p>\n"
        if !explanations.isEmpty {
            h += "<h3>" + word(.explanations) + "</h3>\n<ul>\n" + explanations.map { "<li>\(HTMLPage.esc($0))</li>\n" }.joined() + "</ul>\n"
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
        let fmt = HTMLPage.fmt
        var h = "<h2 id=\"schools\" class=\"page\">" + ReportText.schoolsHeading.text(lang) + "</h2>\n"
        let rows = schoolsByGroup
        var firsts: [String?] = []
        var previous: Int?? = .none
        let cells: [[String]] = rows.map { r in
            let school = instance.schools[r.school]
            firsts.append(previous == .some(school.group) ? nil : "first")
            previous = .some(school.group)
            let group = school.group.map { instance.groups[$0].name } ?? "—"
            let core = instance.groups.contains { $0.core == r.school } ? ReportText.coreMarker.text(lang) : ""
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
            ReportColumns.schoolsTable.headers(lang), cells, numeric: Set(2...9), rowClass: firsts)
        h += "<p class=\"note\">" + ReportText.schoolsNote.text(lang) + "</p>\n"
        return h
    }

    /// The paragraph that stands for a section whose stage has no plan, with its status.
    func noPlan(_ p: Solution.Problem, _ lang: ReportLanguage) -> String {
        let status = PlanMetrics.stage(p, of: solution)?.status
        return "<p>" + ReportSentence.noPlan(p, status: status.statusText).text(lang) + "</p>\n"
    }

    // MARK: Flows and moves

    func flowsSection(_ lang: ReportLanguage) -> String {
        var h = "<h2 id=\"flows\" class=\"page\">" + ReportText.flowsHeading.text(lang) + "</h2>\n"
        guard ran(.exchange) else {
            return h + noPlan(.exchange, lang)
        }
        h += FlowsDiagram(instance: instance, flows: exchange.flows, lang: lang).html()
        guard !exchange.moves.isEmpty else { return h }
        h += "<h3>" + ReportText.whoMoves.text(lang) + "</h3>\n"
        h += HTMLPage.htmlTable(
            ReportColumns.movesTable.headers(lang), exchange.moves.map { m in
                let t = instance.teachers[m.teacher]
                return ["\(HTMLPage.name(t.id.rawValue)) \(HTMLPage.name(t.name))", HTMLPage.esc(HTMLPage.subject(t.subject, lang)),
                        HTMLPage.esc(HTMLPage.title(t.title, lang)), t.backbone ? ReportText.yes.text(lang) : "",
                        HTMLPage.name(instance.schools[m.from].name), HTMLPage.name(instance.schools[m.to].name),
                        m.minutes.map { HTMLPage.fmt($0, 0) } ?? "—", PlanMetrics.grouped(m.yearlyCost)]
            }, numeric: [6, 7])
        return h
    }

    // MARK: Placements

    func placementsSection(_ lang: ReportLanguage) -> String {
        var h = "<h2 id=\"placements\">" + ReportText.placementsHeading.text(lang) + "</h2>\n"
        // A partial training plan (docs/training.md) shows the hires it places.
        guard ran(.training) || solution.isPartial else {
            return h + noPlan(.training, lang)
        }
        guard !training.placements.isEmpty else { return h + "<p>" + ReportText.noNewHires.text(lang) + "</p>\n" }
        h += HTMLPage.htmlTable(
            ReportColumns.placementsTable.headers(lang), training.placements.map { p in
                let hire = instance.newHires[p.hire], mentor = instance.teachers[p.mentor]
                return ["\(HTMLPage.name(hire.id.rawValue)) \(HTMLPage.name(hire.name))", HTMLPage.esc(HTMLPage.subject(hire.subject, lang)),
                        HTMLPage.name(instance.schools[p.host].name), "\(HTMLPage.name(mentor.id.rawValue)) \(HTMLPage.name(mentor.name))",
                        "\(p.years)", HTMLPage.name(instance.schools[p.destination].name), "\(p.arrivalYear)"]
            }, numeric: [4, 6])
        return h
    }

    // MARK: Timetables

    func timetablesSection(_ lang: ReportLanguage) -> String {
        func word(_ t: ReportText) -> String { t.text(lang) }
        var h = "<h2 id=\"timetables\" class=\"page\">" + word(.timetablesHeading) + "</h2>\n"
        guard ran(.walking) else {
            return h + noPlan(.walking, lang)
        }
        guard !walking.lessons.isEmpty || !solution.uncovered.isEmpty else {
            return h + "<p>" + word(.noWalkingLessons) + "</p>\n"
        }
        h += "<p class=\"note\">" + word(.homesAfterExchange) + "</p>\n"
        if !solution.uncovered.isEmpty {
            h += "<h3>" + word(.uncoveredDemand) + "</h3>\n"
            h += HTMLPage.htmlTable(
                ReportColumns.uncoveredTable.headers(lang), solution.uncovered.map { u in
                    [HTMLPage.name(instance.schoolIndex[SchoolID(u.school)].map { instance.schools[$0].name } ?? u.school),
                     HTMLPage.name(u.class), HTMLPage.esc(HTMLPage.subject(Subject(u.subject), lang)), "\(u.periods)"]
                }, numeric: [3])
        }
        h += "<h3>" + word(.teacherWeeks) + "</h3>\n" + walking.teacherGrids(lang: lang)
        h += "<h3>" + word(.schoolVisitors) + "</h3>\n" + walking.schoolGrids(lang: lang)
        return h
    }

    // MARK: Costs

    func costsSection(_ lang: ReportLanguage) -> String {
        let c = instance.policy.cost, g = PlanMetrics.grouped
        func word(_ t: ReportText) -> String { t.text(lang) }
        var h = "<h2 id=\"costs\" class=\"page\">" + word(.costsHeading) + "</h2>\n"
        guard !costs.isEmpty else {
            let none = ReportSentence.costsNothing(allowancePerDay: g(c.allowancePerDay), transportPerKm: HTMLPage.fmt(c.transportPerKm, 2))
            return h + "<p>" + none.text(lang) + "</p>\n"
        }
        var rows: [[String]] = [], classes: [String?] = []
        func add(_ label: String, _ list: [CostRow], total: Bool, budget: Double? = nil) {
            let a = list.reduce(0) { $0 + $1.allowance }, t = list.reduce(0) { $0 + $1.transport }
            let w = list.reduce(0) { $0 + $1.walking.weekly }, d = list.reduce(0) { $0 + $1.walking.visitDays }
            var cells = [label, g(a), g(t), "\(d)", HTMLPage.fmt(w, 2), g(w * weeksPerYear), g(a + t + w * weeksPerYear)]
            if let budget { cells[0] += HTMLPage.esc(ReportSentence.budget(g(budget), exchangeUses: g(a + t)).text(lang)) }
            rows.append(cells)
            classes.append(total ? "total" : nil)
        }
        var listed = Set<Int>()
        for (k, group) in instance.groups.enumerated() {
            let mine = costs.filter { instance.schools[$0.school].group == k }
            guard !mine.isEmpty else { continue }
            for r in mine { add(HTMLPage.name(instance.schools[r.school].name), [r], total: false); listed.insert(r.school) }
            add(HTMLPage.name(group.name) + HTMLPage.esc(word(.subtotal)), mine, total: true, budget: c.budgetPerGroup)
        }
        for r in costs where !listed.contains(r.school) { add(HTMLPage.name(instance.schools[r.school].name), [r], total: false) }
        add(HTMLPage.esc(word(.total)), costs, total: true)
        h += HTMLPage.htmlTable(
            ReportColumns.costsTable.headers(lang), rows, numeric: Set(1...6), rowClass: classes)
        let weeks = HTMLPage.fmt(weeksPerYear, 0)
        let note = ReportSentence.costsNote(allowancePerDay: g(c.allowancePerDay), workdays: g(c.workdaysPerYear),
                                            transportPerKm: HTMLPage.fmt(c.transportPerKm, 2), weeks: weeks)
        h += "<p class=\"note\">" + HTMLPage.esc(note.text(lang))
        let unknown = costs.reduce(0) { $0 + $1.walking.unknownKm }
        if unknown > 0 {
            h += HTMLPage.esc(ReportSentence.unknownKm(unknown).text(lang))
        }
        return h + "</p>\n"
    }

    // MARK: Solver

    func solverSection(_ lang: ReportLanguage) -> String {
        let fmt = HTMLPage.fmt
        var h = "<h2 id=\"solver\">" + ReportText.solverHeading.text(lang) + "</h2>\n"
        func num(_ x: Double?, _ d: Int) -> String { x.map { fmt($0, d) } ?? "—" }
        var rows = stages.map { st -> [String] in
            [HTMLPage.esc(Self.stageName(st.problem, lang)), HTMLPage.esc(PlanMetrics.statusText(st.status, lang)),
             num(st.objective, 4), num(st.bound, 4), st.gap.map { fmt($0 * 100, 2) + "%" } ?? "—", num(st.seconds, 2),
             st.model.map { "\($0.rows)" } ?? "—", st.model.map { "\($0.columns)" } ?? "—",
             st.model.map { "\($0.nonzeros)" } ?? "—", st.model.map { "\($0.integers)" } ?? "—"]
        }
        let seconds = stages.compactMap(\.seconds)
        rows.append([HTMLPage.esc(ReportText.wholePlan.text(lang)), HTMLPage.esc(PlanMetrics.row("status")!.text(metrics, lang)), num(solution.objective, 4),
                     "", "", seconds.isEmpty ? "—" : fmt(seconds.reduce(0, +), 2), "", "", "", ""])
        h += HTMLPage.htmlTable(
            ReportColumns.solverTable.headers(lang), rows, numeric: Set(2...9), rowClass: [nil, nil, nil, "total"])
        h += "<p class=\"note\">" + HTMLPage.esc(ReportText.solverNote.text(lang)) + "</p>\n"
        return h
    }
}
