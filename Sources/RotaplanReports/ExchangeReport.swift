import Foundation
import RotaplanDomain
import RotaplanText

/// The exchange plan as a principal reads it (MODEL.md §4, §8): per school before/after,
/// the flows between schools, and the moves. Computed from the instance and the solution
/// file alone, so any solution (rotaplan's, another solver's, a hand-made one) can be
/// reported.
public struct ExchangeReport {
    public typealias Language = ReportLanguage

    /// Before/after figures of one school.
    public struct SchoolRow {
        public var school: Int
        public var headcountBefore = 0, headcountAfter = 0
        /// F(s)/n(s) before and after the moves, n(s) before any move (§10).
        public var qualityBefore = 0.0, qualityAfter = 0.0
        public var backboneBefore = 0.0, backboneAfter = 0.0  // share
        public var seniorBefore = 0.0, seniorAfter = 0.0  // share
        public var shortfallBefore = 0, shortfallAfter = 0  // Σ_k max(0, R − count)
        public var sent = 0, received = 0
        /// Yearly cost of the moves of this school's teachers (charged to the home group).
        public var yearlyCost = 0.0
    }

    public struct MoveRow {
        public var teacher: Int
        public var from: Int
        public var to: Int
        public var minutes: Double?
        public var yearlyCost: Double
    }

    public let instance: Instance
    public let solution: Solution
    public private(set) var schools: [SchoolRow] = []
    public private(set) var moves: [MoveRow] = []
    /// flows[a][b] = teachers moving from a to b.
    public private(set) var flows: [[Int]]
    /// Quality sums before and after the moves, per capita on n(s) before any move (§10).
    public let quality: PlanQuality

    public init(instance x: Instance, solution: Solution) { self.init(facts: InstanceFacts(x), solution: solution) }

    /// The report of `solution`, reading the move costs and the quality per capita from
    /// `facts` (§4.7; §10: divided by n(s) before any move, as the plan's key figures).
    public init(facts: InstanceFacts, solution: Solution) {
        let x = facts.instance
        self.instance = x
        self.solution = solution
        flows = Array(repeating: Array(repeating: 0, count: x.schools.count), count: x.schools.count)
        var destination = [Int?](repeating: nil, count: x.teachers.count)
        let resolved = facts.moves(solution.exchanges)
        for m in resolved {
            destination[m.teacher] = m.to
            moves.append(MoveRow(teacher: m.teacher, from: m.from, to: m.to, minutes: x.travel.minutes(m.from, m.to),
                                 yearlyCost: facts.moveCost(from: m.from, to: m.to).yearly))
            flows[m.from][m.to] += 1
        }
        quality = facts.quality(after: resolved)
        var rows = x.schools.indices.map { SchoolRow(school: $0) }
        var after = [[Int]](repeating: [], count: x.schools.count)
        for t in x.teachers.indices { after[destination[t] ?? x.teachers[t].school].append(t) }
        func shares(_ list: [Int]) -> (Double, Double) {
            guard !list.isEmpty else { return (0, 0) }
            let n = Double(list.count)
            return (Double(list.filter { x.teachers[$0].backbone }.count) / n,
                    Double(list.filter { x.teachers[$0].title == .senior }.count) / n)
        }
        func shortfall(_ s: Int, _ list: [Int]) -> Int {
            x.schools[s].required.reduce(0) { acc, req in
                acc + max(0, req.value - list.filter { x.teachers[$0].subject == req.key }.count)
            }
        }
        for s in x.schools.indices {
            let before = x.teachersBySchool[s]
            rows[s].qualityBefore = quality.perCapitaBefore(s)
            rows[s].qualityAfter = quality.perCapitaAfter(s)
            (rows[s].backboneBefore, rows[s].seniorBefore) = shares(before)
            (rows[s].backboneAfter, rows[s].seniorAfter) = shares(after[s])
            rows[s].headcountBefore = before.count
            rows[s].headcountAfter = after[s].count
            rows[s].shortfallBefore = shortfall(s, before)
            rows[s].shortfallAfter = shortfall(s, after[s])
        }
        for m in moves {
            rows[m.from].sent += 1
            rows[m.to].received += 1
            rows[m.from].yearlyCost += m.yearlyCost
        }
        schools = rows
    }

    /// Per-capita quality spread (max − min) over grouped schools with teachers (§10).
    public var spread: (before: Double, after: Double) { quality.spread }

    // MARK: exchanges.csv

    public func exchangesCSV(_ lang: Language) -> String { exchangesTable(lang).text }

    /// The rows of exchanges.csv as cells (the workbook's sheet too).
    public func exchangesTable(_ lang: Language) -> CSVTable {
        var table = CSVTable(header: ReportColumns.exchangesCSV.headers(lang))
        for m in moves {
            let t = instance.teachers[m.teacher]
            table.append([
                .text(t.id.rawValue), .text(t.name), .text(t.subject.name(lang)),
                .text(t.title.name(lang)), .text((t.backbone ? ReportText.yes : .no).text(lang)),
                .text(instance.schools[m.from].id.rawValue), .text(instance.schools[m.from].name),
                .text(instance.schools[m.to].id.rawValue), .text(instance.schools[m.to].name),
                m.minutes.map { .number(($0 * 10).rounded() / 10) } ?? .text(""), .number(m.yearlyCost.rounded()),
            ])
        }
        return table
    }

    // MARK: summary.md

    public func summaryMarkdown() -> String {
        let s = solution
        let sp = spread
        var out = "# Exchange plan 交流轮岗方案: \(md(instance.name))\n\n"
        out += HTMLPage.summary(s, body: """
            - teachers moving: **\(moves.count)** (backbone \(moves.filter { instance.teachers[$0.teacher].backbone }.count))
            - per-capita quality spread across grouped schools: \(fmt(sp.before, 3)) → \(fmt(sp.after, 3))
            - yearly cost: \(fmt(moves.reduce(0) { $0 + $1.yearlyCost }, 0)) yuan

            """)
        out += "\n## Schools 各校变化\n\n| school | group | headcount | quality per teacher | backbone % | senior % | subject shortfall | sent | received | yearly cost |\n|---|---|---|---|---|---|---|---|---|---|\n"
        for r in schools where instance.schools[r.school].group != nil || r.sent + r.received > 0 {
            let school = instance.schools[r.school]
            let group = school.group.map { instance.groups[$0].id.rawValue } ?? "—"
            out += "| \(md(school.id.rawValue)) \(md(school.name)) | \(md(group)) | \(r.headcountBefore) → \(r.headcountAfter) | \(fmt(r.qualityBefore, 2)) → \(fmt(r.qualityAfter, 2)) | \(fmt(r.backboneBefore * 100, 0)) → \(fmt(r.backboneAfter * 100, 0)) | \(fmt(r.seniorBefore * 100, 0)) → \(fmt(r.seniorAfter * 100, 0)) | \(r.shortfallBefore) → \(r.shortfallAfter) | \(r.sent) | \(r.received) | \(fmt(r.yearlyCost, 0)) |\n"
        }
        out += "\n## Flows 流向\n\n| from | to | teachers |\n|---|---|---|\n"
        for (a, b, n) in flowList() { out += "| \(md(instance.schools[a].name)) | \(md(instance.schools[b].name)) | \(n) |\n" }
        out += "\n## Moves 交流名单\n\nSee `exchanges.csv` (opens in Excel).\n"
        return out
    }

    func flowList() -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        for a in flows.indices { for b in flows.indices where flows[a][b] > 0 { out.append((a, b, flows[a][b])) } }
        return out
    }

    func fmt(_ x: Double, _ digits: Int) -> String { HTMLPage.fmt(x, digits) }
    func md(_ s: String) -> String { HTMLPage.md(s) }
}
