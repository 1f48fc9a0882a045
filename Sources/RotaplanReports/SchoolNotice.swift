import Foundation
import RotaplanDomain
import RotaplanText

/// One printable page per school (`notices/SCHOOL-ID.html`, issue 17 item 6): who leaves
/// and where to (§4 exchange), who arrives and from where, the new hires arriving and when
/// (§5), the visiting teachers' timetable (§6 walking, on the homes after the exchange),
/// the costs charged to the school (as costs.csv), the plan's year and a signature line.
/// Self-contained A4 HTML in the report's language.
public struct SchoolNotice: Hashable, Sendable {
    /// The path inside the report folder: `notices/SCHOOL-ID.html`.
    public var file: String
    public var html: String
}

extension PlanReport {
    /// A notice for every school, in instance order.
    public func notices(_ lang: ReportLanguage) -> [SchoolNotice] {
        instance.schools.indices.map { notice($0, lang) }
    }

    func notice(_ s: Int, _ lang: ReportLanguage) -> SchoolNotice {
        let x = instance, esc = HTMLPage.esc, word = { (w: ReportNoticeText) in w.text.text(lang) }
        let school = x.schools[s]
        let title = word(.title) + " · " + school.name
        var h = HTMLPage.head(title: title, lang: lang, extraStyle: Self.printStyle)
        h += "<h1>\(esc(school.name)) <small>\(esc(school.id.rawValue))</small></h1>\n"
        h += "<p>\(esc(ReportNoticeText.planLine(instance: x.name, year: x.year).text(lang)))</p>\n"
        func section(_ heading: ReportNoticeText, _ header: [ReportNoticeText], _ rows: [[String]]) {
            h += "<h2>\(esc(word(heading)))</h2>\n"
            h += rows.isEmpty ? "<p>\(esc(word(.none)))</p>\n" : HTMLPage.table(header.map(word), rows)
        }
        let leaving = exchange.moves.filter { $0.from == s }, arriving = exchange.moves.filter { $0.to == s }
        section(.leaving, [.teacher, .subject, .toSchool], leaving.map { m in
            [x.teachers[m.teacher].name, x.teachers[m.teacher].subject.name(lang), x.schools[m.to].name]
        })
        section(.arriving, [.teacher, .subject, .fromSchool], arriving.map { m in
            [x.teachers[m.teacher].name, x.teachers[m.teacher].subject.name(lang), x.schools[m.from].name]
        })
        if let onExchange = OnExchangeReport(instance: x), case let rows = onExchange.rows(of: s), !rows.isEmpty {
            h += "<h2>\(esc(OnExchangeText.noticeHeading.text.text(lang)))</h2>\n"
            h += HTMLPage.table([OnExchangeText.name, .subject, .personnelSchool, .teachingSchool, .returns].map { $0.text.text(lang) },
                                rows.map { Array(onExchange.cells($0, lang)[1...4]) + [String($0.returns)] })
        }
        section(.hires, [.newHire, .subject, .host, .arrivalYear], training.placements.filter { $0.destination == s }.map { p in
            [x.newHires[p.hire].name, x.newHires[p.hire].subject.name(lang), x.schools[p.host].name,
             ReportNoticeText.arrival(years: p.years, planYear: x.year).text(lang)]
        })
        let visits = walking.lessons.filter { $0.school == s && after.teachers[$0.teacher].school != s }
        section(.visiting, [.teacher, .home, .className, .subject, .day, .period, .time], visits.map { l in
            let t = after.teachers[l.teacher], p = after.calendar?.periods[l.period - 1]
            return [t.name, after.schools[t.school].name, l.className, l.subject.name(lang),
                    ReportColumns.weekdays.header(l.day - 1, lang), String(l.period),
                    p.map { WalkingReport.clock($0.start) + "–" + WalkingReport.clock($0.end) } ?? ""]
        })
        let cost = costs.first { $0.school == s }
        section(.costs, [.allowance, .transport, .walkingWeekly, .walkingYearly], cost.map { c in
            [[HTMLPage.fmt(c.allowance, 0), HTMLPage.fmt(c.transport, 0), HTMLPage.fmt(c.walking.weekly, 2),
              HTMLPage.fmt(c.walking.weekly * weeksPerYear, 0)]]
        } ?? [])
        h += "<p class=\"sign\">\(esc(word(.signature)))：<span></span> \(esc(word(.date)))：<span></span></p>\n"
        h += "</body></html>\n"
        return SchoolNotice(file: "notices/\(school.id.rawValue).html", html: h)
    }

    /// A4 portrait with 18 mm margins; tables never split a row across pages.
    static let printStyle = """
        @page { size: A4 portrait; margin: 18mm; }
        @media print { body { max-width: none; margin: 0; } }
        tr { break-inside: avoid; }
        .sign { margin-top: 3em; }
        .sign span { display: inline-block; min-width: 12em; border-bottom: 1px solid #000; margin-right: 2em; }
        """
}
