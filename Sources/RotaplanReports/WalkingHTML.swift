import Foundation
import RotaplanDomain
import RotaplanText

/// A self-contained HTML page for a walking-teaching timetable, in the style of the other
/// reports (``HTMLPage``): key figures, one weekly grid (periods × days) per itinerant
/// teacher with the school and class in each cell and every journey between schools
/// marked, one grid per school showing which visiting teacher teaches which class when,
/// the transport charged to each school, and the uncovered demand with its reasons.
/// Printable on A4: each grid stays on one page.
extension WalkingReport {
    /// The grids' CSS (also used by the plan report): 14 px text on screen, each grid
    /// kept on one page and fitted to the page's width in print.
    static let gridStyle = """
        table.grid{table-layout:fixed;width:100%;min-width:40rem;max-width:60rem}table.grid td{height:2.4rem;font-size:.875rem}
        table.grid th:first-child{width:7.5rem}table.grid th.p{white-space:nowrap;font-weight:normal}
        td.away{background:#eef4fb}td.home{background:#f6f6f6}.leg{color:#b42318;font-size:.8rem;display:block}
        .grid-block{page-break-inside:avoid;break-inside:avoid}
        @media print{table.grid{min-width:0;max-width:none}table.grid td{font-size:8pt;height:auto}.leg{font-size:7pt}}
        """

    public func html() -> String {
        let s = solution, fmt = HTMLPage.fmt, esc = HTMLPage.esc
        let demand = instance.walkingDemand.reduce(0) { $0 + $1.periodsPerWeek }
        let uncovered = s.uncovered.reduce(0) { $0 + $1.periods }
        let weekly = costs.reduce(0) { $0 + $1.weekly }
        var h = HTMLPage.head(title: "\(instance.name) — 走教课表 walking-teaching timetable", extraStyle: Self.gridStyle)
        h += "<h1>走教课表 Walking-teaching timetable — \(esc(instance.name))</h1>\n"
        h += HTMLPage.shortfallBanner(s, instance)
        h += HTMLPage.kpis([
            ("状态 status", s.status.rawValue),
            ("已排课时 lessons", "\(lessons.count) / \(demand)"),
            ("未排课时 uncovered", "\(uncovered)"),
            ("走教教师 teachers", "\(teachersTeaching.count)"),
            ("每周交通费 transport a week", "\(fmt(weekly, 0)) 元"),
            ("目标值 objective", s.objective.map { fmt($0, 4) } ?? "—"),
        ])
        h += HTMLPage.gapParagraph(s)
        if !explanations.isEmpty {
            h += "<h2>未排课时 Uncovered demand</h2>\n<ul>\n" + explanations.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
        }
        h += "<h2>交通费 Transport charged to schools</h2>\n"
        h += HTMLPage.table(
            ["学校 school", "每周走教日 visit days a week", "每周 yuan a week", "每学期 yuan a term"],
            costs.map { c in
                let school = instance.schools[c.school]
                return ["\(school.id) \(school.name)", "\(c.visitDays)", fmt(c.weekly, 2),
                        fmt(c.weekly * weeksPerTerm, 0) + (c.unknownKm > 0 ? " (+\(c.unknownKm) without km)" : "")]
            }, numeric: [1, 2, 3])
        h += "<p>transportPerKm \(fmt(instance.policy.cost.transportPerKm, 2)) yuan × 2 × km per visit day, charged to the school visited; a term is \(fmt(weeksPerTerm, 0)) weeks (half of \(fmt(instance.policy.cost.workdaysPerYear, 0)) workdays).</p>\n"
        h += "<h2>教师课表 Teachers' weeks</h2>\n" + teacherGrids(lang: nil)
        h += "<h2>各校走教课表 Schools: visiting teachers</h2>\n" + schoolGrids(lang: nil)
        return h + HTMLPage.solver(s) + "</body></html>\n"
    }

    /// One weekly grid per teacher teaching, with a legend first: cells away from the
    /// home school shaded, a journey between two schools marked in the cell it ends in.
    /// `lang` nil labels in both languages (this report), else in one (the plan report).
    func teacherGrids(lang: ReportLanguage?) -> String {
        func word(_ t: ReportText) -> String { t.text(lang) }
        let fmt = HTMLPage.fmt, name = HTMLPage.name
        var h = "<p>" + word(.awayShaded)
        h += " <span class=\"leg\" style=\"display:inline\">" + word(.journeyMark) + "</span> "
        h += word(.journeyMeaning) + "</p>\n"
        for t in teachersTeaching {
            let teacher = instance.teachers[t]
            let mine = lessons.filter { $0.teacher == t }
            h += "<div class=\"grid-block\"><h3>\(name(teacher.id.rawValue)) \(name(teacher.name)) — "
            h += HTMLPage.esc(HTMLPage.subject(teacher.subject, lang)) + (lang.map { ReportText.homeSchoolSeparator.text($0) } ?? ", ")
            h += "\(name(instance.schools[teacher.school].name))</h3>\n"
            h += grid(lang: lang) { d, p in
                guard let r = mine.first(where: { $0.day == d && $0.period == p }) else { return ("", nil) }
                var cell = "\(name(instance.schools[r.school].name)) \(name(r.className)) \(HTMLPage.esc(HTMLPage.subject(r.subject, lang)))"
                if let from = r.arrivingFrom {
                    // In one cell both languages would be too long: English unless the page is Chinese.
                    let one = lang ?? .en
                    let m = instance.travel.minutes(from, r.school).map {
                        ReportText.numberSeparator.text(one) + "\(fmt($0, 0)) " + ReportText.minutesUnit.text(one)
                    } ?? ""
                    cell += "<span class=\"leg\">" + ReportText.journeyFrom.text(one) + "\(name(instance.schools[from].name))\(m)</span>"
                }
                return (cell, r.school == teacher.school ? "home" : "away")
            } + "</div>\n"
        }
        return h
    }

    /// One weekly grid per school visited: which visiting teacher teaches which class when.
    func schoolGrids(lang: ReportLanguage?) -> String {
        let name = HTMLPage.name
        var h = ""
        for school in schoolsVisited {
            let here = lessons.filter { $0.school == school }
            h += "<div class=\"grid-block\"><h3>\(name(instance.schools[school].id.rawValue)) \(name(instance.schools[school].name))</h3>\n"
            h += grid(lang: lang) { d, p in
                let now = here.filter { $0.day == d && $0.period == p }
                guard !now.isEmpty else { return ("", nil) }
                let cell = now.map { r in
                    let t = instance.teachers[r.teacher]
                    return "\(name(r.className)) \(HTMLPage.esc(HTMLPage.subject(r.subject, lang))): \(name(t.id.rawValue)) \(name(t.name))"
                }.joined(separator: "<br>")
                return (cell, now.contains { instance.teachers[$0.teacher].school != school } ? "away" : "home")
            } + "</div>\n"
        }
        return h
    }

    /// A periods × days table; `cell(day, period)` gives the cell's HTML and its class.
    func grid(lang: ReportLanguage?, _ cell: (Int, Int) -> (String, String?)) -> String {
        guard let calendar = instance.calendar else { return "" }
        var h = "<div class=\"wrap\"><table class=\"grid\"><tr><th>" + ReportText.period.text(lang) + "</th>"
        h += (1...calendar.days).map { "<th>" + ReportColumns.weekdays.header($0 - 1, lang) + "</th>" }.joined() + "</tr>\n"
        for (k, period) in calendar.periods.enumerated() {
            h += "<tr><th class=\"p\">\(k + 1) · \(Self.clock(period.start))–\(Self.clock(period.end))</th>"
            for d in 1...calendar.days {
                let (text, kind) = cell(d, k + 1)
                h += kind.map { "<td class=\"\($0)\">" } ?? "<td>"
                h += text + "</td>"
            }
            h += "</tr>\n"
        }
        return h + "</table></div>\n"
    }
}
