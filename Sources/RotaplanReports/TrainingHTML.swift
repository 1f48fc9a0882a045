import Foundation
import RotaplanDomain

/// A self-contained HTML page for a first-station training plan, in the style of the
/// exchange report (``HTMLPage``): key figures, placements, mentor load and arrivals by
/// school and year. Printable on A4.
extension TrainingReport {
    public func html() -> String {
        let s = solution, fmt = HTMLPage.fmt
        let maxYears = instance.policy.training.maxYears
        var h = HTMLPage.head(title: "\(instance.name) — 首站式培育方案 first-station training plan")
        h += "<h1>首站式培育方案 First-station training — \(HTMLPage.esc(instance.name))</h1>\n"
        h += HTMLPage.shortfallBanner(s, instance)
        h += HTMLPage.kpis([
            ("状态 status", s.status.rawValue),
            ("新教师 new hires placed", "\(placements.count) / \(instance.newHires.count)"),
            ("平均培育年限 mean years", fmt(meanYears, 2)),
            ("薄弱/新建/乡村校 priority schools", "\(priorityPlacements)"),
            ("导师 mentors used", "\(Set(placements.map(\.mentor)).count)"),
            ("目标值 objective", s.objective.map { fmt($0, 4) } ?? "—"),
        ])
        h += HTMLPage.gapParagraph(s)
        h += "<h2>培育安排 Placements</h2>\n"
        h += HTMLPage.table(
            ["新教师 new hire", "学科 subject", "培育学校 host", "导师 mentor", "年限 years", "去向 destination", "到岗学年 arrives in year"],
            placements.map { p in
                let hire = instance.newHires[p.hire], mentor = instance.teachers[p.mentor]
                return ["\(hire.id) \(hire.name)", hire.subject.chineseName ?? hire.subject.key, instance.schools[p.host].name,
                        "\(mentor.id) \(mentor.name)", "\(p.years)", instance.schools[p.destination].name, "\(p.arrivalYear)"]
            }, numeric: [4, 6])
        h += "<h2>导师带教 Mentor load</h2>\n"
        h += HTMLPage.table(
            ["导师 mentor", "学校 school", "学科 subject", "职称 title", "骨干", "容量 capacity", "带教 hires", "新教师 new hires"],
            mentors.filter { !$0.hires.isEmpty }.map { m in
                let t = instance.teachers[m.teacher]
                return ["\(t.id) \(t.name)", instance.schools[t.school].name, t.subject.chineseName ?? t.subject.key,
                        t.title.zh, t.backbone ? "是" : "", "\(m.capacity)", "\(m.hires.count)",
                        m.hires.map { instance.newHires[$0].id.rawValue }.joined(separator: " ")]
            }, numeric: [5, 6])
        let free = mentors.filter { $0.hires.count < $0.capacity }.reduce(0) { $0 + $1.capacity - $1.hires.count }
        h += "<p>Free mentoring capacity left at the hosts: \(free) (every possible mentor is in mentors.csv).</p>\n"
        h += "<h2>各校到岗 Places and arrivals by year</h2>\n"
        let years = Array(0...maxYears)
        h += HTMLPage.table(
            ["学校 school", "学科 subject"] + years.map { "第\($0)年 year \($0): 空编 places / 到岗 arrivals" },
            arrivals.map { r in
                var open = 0, arrived = 0
                return ["\(instance.schools[r.school].id) \(instance.schools[r.school].name)", r.subject.chineseName ?? r.subject.key]
                    + years.map { y in
                        open += r.opening[y]
                        arrived += r.arriving[y]
                        return "\(open) / \(arrived)"
                    }
            }, numeric: Set(2..<(2 + years.count)))
        h += "<p>Cumulative: places open by that year / hires arrived by then (MODEL.md §5 rule 4 keeps arrivals ≤ places every year).</p>\n"
        return h + HTMLPage.solver(s) + "</body></html>\n"
    }
}
