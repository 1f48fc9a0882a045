import Foundation
import RotaplanDomain

/// A self-contained HTML page (no scripts, fonts or images from the network; opens from
/// a USB stick) for an exchange plan: summary, per-school before/after, the flows as a
/// table and an SVG diagram, and the list of moves. Printable on A4.
extension ExchangeReport {
    public func html() -> String {
        let s = solution
        let sp = spread
        var h = HTMLPage.head(title: "\(instance.name) — 交流轮岗方案 exchange plan") + """
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
        if s.status == .feasible, let g = s.gap {
            h += "<p>The solver stopped before proving optimality; the plan is within \(fmt(g * 100, 2))% of the best possible.</p>\n"
        }
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
        h += "</table></div>\n<h2>流向 Flows between schools</h2>\n" + flowsSVG()
        h += "<div class=\"wrap\"><table><tr><th>从 from</th><th>到 to</th><th>人数 teachers</th></tr>\n"
        for (a, b, n) in flowList() {
            h += "<tr><td>\(esc(instance.schools[a].name))</td><td>\(esc(instance.schools[b].name))</td><td class=n>\(n)</td></tr>\n"
        }
        h += "</table></div>\n<h2>交流名单 Moves</h2>\n<div class=\"wrap\"><table><tr><th>教师 teacher</th><th>学科 subject</th><th>职称 title</th><th>骨干</th><th>从 from</th><th>到 to</th><th>分钟 minutes</th><th>年度费用 cost</th></tr>\n"
        for m in moves {
            let t = instance.teachers[m.teacher]
            h += "<tr><td>\(esc(t.id.rawValue)) \(esc(t.name))</td><td>\(esc(t.subject.chineseName ?? t.subject.key))</td><td>\(Self.chineseTitle(t.title))</td><td>\(t.backbone ? "是" : "")</td>"
            h += "<td>\(esc(instance.schools[m.from].name))</td><td>\(esc(instance.schools[m.to].name))</td>"
            h += "<td class=n>\(m.minutes.map { fmt($0, 0) } ?? "")</td><td class=n>\(fmt(m.yearlyCost, 0))</td></tr>\n"
        }
        h += "</table></div>\n"
        return h + HTMLPage.solver(s) + "</body></html>\n"
    }

    /// Schools with flows on a circle, one arrow per (from, to) pair, width by count.
    func flowsSVG() -> String {
        let pairs = flowList()
        guard !pairs.isEmpty else { return "<p>No teacher moves.</p>\n" }
        var nodes: [Int] = []
        for (a, b, _) in pairs { for s in [a, b] where !nodes.contains(s) { nodes.append(s) } }
        nodes.sort()
        // Wide enough for long Chinese school names left and right of the circle.
        let width = 760.0, height = 560.0, cx = width / 2, cy = height / 2, r = height / 2 - 80
        func pos(_ s: Int) -> (Double, Double) {
            let k = Double(nodes.firstIndex(of: s)!)
            let angle = -Double.pi / 2 + 2 * Double.pi * k / Double(nodes.count)
            return (cx + r * cos(angle), cy + r * sin(angle))
        }
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" style=\"max-width:100%;height:auto\" role=\"img\" aria-label=\"flows between schools\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#3b6ea8\"/></marker></defs>\n"
        for (a, b, n) in pairs {
            let (x1, y1) = pos(a), (x2, y2) = pos(b)
            // Bend each arrow a little so a→b and b→a do not overlap.
            let mx = (x1 + x2) / 2 + (y2 - y1) * 0.12, my = (y1 + y2) / 2 - (x2 - x1) * 0.12
            let dx = x2 - mx, dy = y2 - my, len = max(1, (dx * dx + dy * dy).squareRoot())
            let ex = x2 - dx / len * 14, ey = y2 - dy / len * 14
            svg += "<path d=\"M\(fmt(x1, 1)),\(fmt(y1, 1)) Q\(fmt(mx, 1)),\(fmt(my, 1)) \(fmt(ex, 1)),\(fmt(ey, 1))\" fill=\"none\" stroke=\"#3b6ea8\" stroke-opacity=\"0.7\" stroke-width=\"\(fmt(1 + 1.5 * Double(n).squareRoot(), 1))\" marker-end=\"url(#arrow)\"/>\n"
            svg += "<text x=\"\(fmt(mx, 1))\" y=\"\(fmt(my, 1))\" fill=\"#3b6ea8\">\(n)</text>\n"
        }
        for s in nodes {
            let (x, y) = pos(s)
            let core = instance.groups.contains { $0.core == s }
            svg += "<circle cx=\"\(fmt(x, 1))\" cy=\"\(fmt(y, 1))\" r=\"10\" fill=\"\(core ? "#b42318" : "#777")\"/>\n"
            let anchor = x < cx - 5 ? "end" : (x > cx + 5 ? "start" : "middle")
            let lx = x + (x < cx - 5 ? -14 : (x > cx + 5 ? 14 : 0)), ly = y + (y < cy ? -14 : 22)
            svg += "<text x=\"\(fmt(lx, 1))\" y=\"\(fmt(ly, 1))\" text-anchor=\"\(anchor)\">\(esc(instance.schools[s].name))</text>\n"
        }
        return svg + "</svg>\n<p>Red: core schools 核心校. Arrow width grows with the number of teachers.</p>\n"
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
