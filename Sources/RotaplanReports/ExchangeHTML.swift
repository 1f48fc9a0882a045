import Foundation
import RotaplanDomain

/// A self-contained HTML page (no scripts, fonts or images from the network; opens from
/// a USB stick) for an exchange plan: summary, per-school before/after, the flows as a
/// table and an SVG diagram, and the list of moves. Printable on A4.
extension ExchangeReport {
    /// The page; `section` (HTML, e.g. the reasons table) goes before the solver figures.
    public func html(appending section: String = "") -> String {
        let s = solution
        let sp = spread
        var h = HTMLPage.head(title: "\(instance.name) — 交流轮岗方案 exchange plan", extraStyle: FlowsDiagram.style) + """
        <h1>交流轮岗方案 Exchange plan — \(esc(instance.name))</h1>
        <div class="kpi">
        <div>状态 status<b>\(esc(s.status.rawValue))</b></div>
        <div>交流人数 teachers moving<b>\(moves.count)</b></div>
        <div>骨干 backbone<b>\(moves.filter { instance.teachers[$0.teacher].backbone }.count)</b></div>
        <div>人均质量极差 quality spread<b>\(fmt(sp.before, 2)) → \(fmt(sp.after, 2))</b></div>
        <div>年度费用 yearly cost<b>\(fmt(moves.reduce(0) { $0 + $1.yearlyCost }, 0)) 元</b></div>
        <div>目标值 objective<b>\(s.objective.map { fmt($0, 4) } ?? "—")</b></div>
        </div>

        """
        h += HTMLPage.gapParagraph(s)
        h += "<h2>各校变化 Schools before → after</h2>\n<div class=\"wrap\"><table><tr><th>学校 school</th><th>集团 group</th><th>人数 headcount</th><th>人均质量 quality/teacher</th><th>骨干 backbone %</th><th>高级 senior %</th><th>学科缺口 shortfall</th><th>派出 sent</th><th>接收 received</th><th>年度费用 yearly cost</th></tr>\n"
        for r in schools where instance.schools[r.school].group != nil || r.sent + r.received > 0 {
            let school = instance.schools[r.school]
            let group = school.group.map { instance.groups[$0].name } ?? "—"
            h += "<tr><td>\(esc(school.id.rawValue)) \(esc(school.name))</td><td>\(esc(group))</td>"
            h += "<td class=n>\(r.headcountBefore) → \(r.headcountAfter)</td>"
            h += "<td class=n>\(fmt(r.qualityBefore, 2)) → \(change(r.qualityBefore, r.qualityAfter, 2))</td>"
            h += "<td class=n>\(fmt(r.backboneBefore * 100, 0)) → \(change(r.backboneBefore * 100, r.backboneAfter * 100, 0))</td>"
            h += "<td class=n>\(fmt(r.seniorBefore * 100, 0)) → \(change(r.seniorBefore * 100, r.seniorAfter * 100, 0))</td>"
            h += "<td class=n>\(r.shortfallBefore) → \(change(Double(r.shortfallBefore), Double(r.shortfallAfter), 0, lowerIsBetter: true))</td>"
            h += "<td class=n>\(r.sent)</td><td class=n>\(r.received)</td><td class=n>\(fmt(r.yearlyCost, 0))</td></tr>\n"
        }
        h += "</table></div>\n<h2>流向 Flows between schools</h2>\n" + FlowsDiagram(instance: instance, flows: flows, lang: nil).html()
        h += "<div class=\"wrap\"><table><tr><th>从 from</th><th>到 to</th><th>人数 teachers</th></tr>\n"
        for (a, b, n) in flowList() {
            h += "<tr><td>\(esc(instance.schools[a].name))</td><td>\(esc(instance.schools[b].name))</td><td class=n>\(n)</td></tr>\n"
        }
        h += "</table></div>\n<h2>交流名单 Moves</h2>\n<div class=\"wrap\"><table><tr><th>教师 teacher</th><th>学科 subject</th><th>职称 title</th><th>骨干</th><th>从 from</th><th>到 to</th><th>分钟 minutes</th><th>年度费用 cost</th></tr>\n"
        for m in moves {
            let t = instance.teachers[m.teacher]
            h += "<tr><td>\(esc(t.id.rawValue)) \(esc(t.name))</td><td>\(esc(t.subject.chineseName ?? t.subject.key))</td><td>\(t.title.zh)</td><td>\(t.backbone ? "是" : "")</td>"
            h += "<td>\(esc(instance.schools[m.from].name))</td><td>\(esc(instance.schools[m.to].name))</td>"
            h += "<td class=n>\(m.minutes.map { fmt($0, 0) } ?? "")</td><td class=n>\(fmt(m.yearlyCost, 0))</td></tr>\n"
        }
        h += "</table></div>\n"
        return h + section + HTMLPage.solver(s) + "</body></html>\n"
    }

    func change(_ before: Double, _ after: Double, _ digits: Int, lowerIsBetter: Bool = false) -> String {
        let text = fmt(after, digits)
        let diff = after - before
        if abs(diff) < pow(10, -Double(digits)) / 2 { return text }
        let good = lowerIsBetter ? diff < 0 : diff > 0
        return "<span class=\"\(good ? "up" : "down")\">\(text)</span>"
    }

    func esc(_ s: String) -> String { HTMLPage.esc(s) }
}
