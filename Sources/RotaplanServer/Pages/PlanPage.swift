import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanReports
import RotaplanText
import RotaplanWorkbenchText

/// The plan page (`/w/:ws/plans/:plan`): first what the plan could not do, then how good
/// it is (objective and its terms), the key figures, every teacher and new hire with a
/// pin button, the year's pins, what changed against the parent, downloads and the report.
enum PlanPage {
    static func render(_ d: PlanData, parent: PlanData?, pins: [PinRecord], current: Instance?, frame: PageFrame) -> HTML {
        let l = frame.language, p = d.plan
        let base = "/w/\(p.workspaceId)"
        let here = "\(base)/plans/\(p.id ?? 0)"
        let facts = InstanceFacts(d.instance)
        let title = WorkbenchText.planTitle(version: p.version, year: p.year).text(l)
        let changes: HTML = parent.map { PlanChanges.section(d, parent: $0, language: l) } ?? ""
        let body: HTML = """
            <h1>\(title)</h1>
            \(status(d, language: l))
            \(kpis(d, facts: facts, language: l))
            <nav class="actions" id="plan-actions">
            <form method="post" action="\(here)/replan" class="inline" id="replan-form">\(frame.csrfField)<button id="replan">\(WorkbenchText.replan, l)</button></form>
            <a id="edit-link" href="\(here)/edit">\(WorkbenchText.editByHand, l)</a></nav>
            \(changes)
            \(PlanTables.teachers(d, facts: facts, language: l))
            \(PlanTables.hires(d, language: l))
            \(YearPins.section(pins, instance: current ?? d.instance, workspace: p.workspaceId, year: p.year, back: here, frame: frame))
            \(PinDialog.render(current ?? d.instance, workspace: p.workspaceId, year: p.year, back: here, frame: frame))
            \(downloads(d, files: "\(here)/files", language: l))
            <h2>\(WorkbenchText.report, l)</h2>
            <iframe id="report" class="report" title="report.html" src="\(here)/files/report/report.html?inline=1"></iframe>
            """
        return frame.page(title, crumbs: [(WorkbenchText.year(p.year).text(l), "\(base)/years/\(p.year)")], body)
    }

    /// #plan-status: what the plan could not do (a stage without a plan, new hires left
    /// out, uncovered periods, an interrupted solve, rules a hand edit breaks), then
    /// optimal or feasible with its gap, then the objective and its terms.
    static func status(_ d: PlanData, language l: Language) -> HTML {
        let s = d.solution, x = d.instance
        var problems: [Bilingual] = [], good: [Bilingual] = []
        var broken: [String] = []
        if d.plan.origin == .edit {
            let report = SolutionChecker.check(s, against: d.pinned)
            broken = CheckText.lines(report, d.pinned, l).prefix(report.violations.count).map { $0 }
        }
        let missing = s.stages.filter { st in st.status != .optimal && st.status != .feasible && !(st.problem == .training && s.isPartial) }
        let unproven = s.stages.filter { $0.status == .feasible }
        let shortfalls = ShortfallText.shortfalls(s, in: x)
        if !shortfalls.isEmpty {
            problems.append(ShortfallText.sentence(shortfalls, restOptimal: missing.isEmpty && unproven.isEmpty && !s.interrupted))
        }
        if s.interrupted { problems.append(ReportText.interrupted.bilingual) }
        if !missing.isEmpty { problems.append(ReportSentence.noPlanFor(missing.map { ($0.problem, $0.status.statusText) })) }
        if !unproven.isEmpty {
            problems.append(ReportSentence.notProven(unproven.map { ($0.problem, $0.gap.map { String(format: "%.2f", $0 * 100) }) }))
        }
        if d.plan.origin == .edit { good.append(WorkbenchText.handEdited) }
        else if problems.isEmpty && s.stages.isEmpty { good.append(Optional(s.status).statusText) }
        else if problems.isEmpty { good.append(ReportText.everyStageOptimal.bilingual) }
        let brokenList: HTML = broken.isEmpty ? "" : """
            <p class="problem">\(WorkbenchText.breaksRules(broken.count), l)</p><ul id="plan-violations">\(broken.map { HTML("<li>\($0)</li>") })</ul>
            """
        let objective: HTML = s.objective.map { "<p id=\"plan-objective\">\(WorkbenchText.objective(String(format: "%.3f", $0)), l)</p>" }
            ?? "<p id=\"plan-objective\">\(WorkbenchText.noObjective, l)</p>"
        let terms: [HTML] = [Solution.Problem.exchange, .training, .walking, .plan].flatMap { p -> [HTML] in
            (s.objectiveTerms[p] ?? []).map { t in "<li data-term=\"\(t.name)\">\(p.stageName, l) · \(t.name): \(String(format: "%.3f", t.value))</li>" }
        }
        let termList: HTML = terms.isEmpty ? "" : "<details id=\"objective-terms\"><summary>\(WorkbenchText.objectiveTerms, l)</summary><ul>\(terms)</ul></details>"
        return """
            <section id="plan-status" data-status="\(s.status.rawValue)" data-origin="\(d.plan.origin.rawValue)">
            \(brokenList)\(problems.map { HTML("<p class=\"warning\">\($0, l)</p>") })\(good.map { HTML("<p class=\"ok\">\($0, l)</p>") })
            \(objective)\(termList)</section>
            """
    }

    static let kpiKeys = ["teachersMoved", "minimumMoves", "qualitySpreadBefore", "qualitySpreadAfter", "shortfallBefore", "shortfallAfter",
                          "hiresPlaced", "newHires", "lessons", "uncoveredPeriods", "totalYuanPerYear"]

    static func kpis(_ d: PlanData, facts: InstanceFacts, language l: Language) -> HTML {
        let m = PlanMetrics(facts: facts, solution: d.solution)
        let cells: [HTML] = kpiKeys.compactMap { PlanMetrics.row($0) }.map { row in
            "<div data-kpi=\"\(row.key)\"><b>\(row.text(m, l))</b>\(row.label(l))</div>"
        }
        return "<h2>\(WorkbenchText.keyFigures, l)</h2><div class=\"kpi\" id=\"kpis\">\(cells)</div>"
    }

    /// #downloads: the report, the workbook, the solution file and each school's notice.
    static func downloads(_ d: PlanData, files: String, language l: Language) -> HTML {
        let notices = (try? FileManager.default.contentsOfDirectory(atPath: d.folder.appendingPathComponent("report/notices").path)) ?? []
        let schoolNames = Dictionary(d.instance.schools.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { a, _ in a })
        let items: [HTML] = notices.filter { $0.hasSuffix(".html") }.sorted().map { f in
            let id = String(f.dropLast(5))
            return "<li><a class=\"notice\" href=\"\(files)/report/notices/\(HTML.component(f))\">\(id) \(schoolNames[id] ?? "")</a></li>"
        }
        let hasReport = FileManager.default.fileExists(atPath: d.folder.appendingPathComponent("report/report.html").path)
        let reportLinks: HTML = hasReport ? """
            <li><a href="\(files)/report/report.html">\(WorkbenchText.reportHTML, l)</a></li>
            <li><a href="\(files)/report/plan.xlsx">\(WorkbenchText.workbook, l)</a></li>
            """ : ""
        return """
            <h2>\(WorkbenchText.downloads, l)</h2><section id="downloads"><ul>\(reportLinks)
            <li><a href="\(files)/solution.json">\(WorkbenchText.solutionJSON, l)</a></li></ul>
            \(items.isEmpty ? "" : HTML("<h3>\(WorkbenchText.notices, l)</h3><ul class=\"notices\">\(items)</ul>"))</section>
            """
    }
}
