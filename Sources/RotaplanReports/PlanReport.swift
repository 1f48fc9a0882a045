import Foundation
import RotaplanDomain
import RotaplanText

/// The whole year's plan (MODEL.md §7: exchange, then training, then walking from the
/// homes after the exchange) as one report a principal hands to the bureau: a page
/// (`report.html`, in Chinese or English), a Markdown summary and the tables a principal
/// opens in Excel. Computed from the instance and the `problem: plan` solution file
/// alone; a stage without a plan (infeasible, not run after Ctrl-C) shows as such and
/// its figures as "—". docs/report.md describes every section and file.
public struct PlanReport {
    /// The report folder's files, in the order ``files(_:)`` returns their text.
    public static let files = [
        "metrics.csv", "schools.csv", "exchanges.csv", "placements.csv", "lessons.csv", "costs.csv", "reasons.csv", "summary.md",
        "report.html",
    ]

    /// One school before and after the plan.
    public struct SchoolRow {
        public var school: Int
        public var teachersBefore = 0, teachersAfter = 0
        public var backboneBefore = 0, backboneAfter = 0
        /// Quality per teacher (v of §2), on the school's headcount before any move (§10).
        public var qualityBefore = 0.0, qualityAfter = 0.0
        /// Σ_k max(0, required − teachers of primary subject k).
        public var shortfallBefore = 0, shortfallAfter = 0
        public var sent = 0, received = 0
        /// New hires whose destination this is (arriving after their training).
        public var hiresArriving = 0
        /// Lessons a week given here by teachers of other schools (walking).
        public var visitingLessons = 0
    }

    /// What one school pays: the yearly cost of its teachers' exchange moves (charged to
    /// the sending school, as §10 charges the budget to the sending group) and the
    /// transport of the walking visits it receives (§6 "Money").
    public struct CostRow {
        public var school: Int
        public var allowance = 0.0, transport = 0.0
        /// The walking visits the school receives: days, yuan a week, days without km.
        public var walking: WalkingReport.SchoolCost
    }

    public let instance: Instance
    public let solution: Solution
    /// Why the plan looks as it does (infeasibility, uncovered demand), one sentence each.
    public let explanations: [String]
    public let metrics: PlanMetrics
    /// The instance after the exchange (walking is solved and reported on it).
    public let after: Instance
    let exchange: ExchangeReport
    let training: TrainingReport
    let walking: WalkingReport
    public private(set) var schools: [SchoolRow] = []
    public private(set) var costs: [CostRow] = []
    /// Why each teacher moves or stays (reasons.csv, a section of the page and summary);
    /// reasons.csv holds only its header when the reasons were not computed.
    public let reasons: ReasonsTable?

    public init(instance x: Instance, solution: Solution, explanations: [String] = [], reasons: ExchangeReasons? = nil) {
        instance = x
        self.solution = solution
        self.explanations = explanations
        self.reasons = reasons.map { ReasonsTable(instance: x, reasons: $0) }
        let facts = InstanceFacts(x)
        metrics = PlanMetrics(facts: facts, solution: solution)
        after = x.afterExchange(solution.exchanges)
        exchange = ExchangeReport(facts: facts, solution: solution)
        training = TrainingReport(instance: x, solution: solution)
        walking = WalkingReport(instance: after, solution: solution, explanations: [])
        let bySchool = PlanMetrics.counts(x, moves: [])
        let byAfter = PlanMetrics.counts(x, moves: facts.moves(solution.exchanges))
        schools = exchange.schools.map { e in
            let s = e.school
            var r = SchoolRow(school: s)
            r.teachersBefore = e.headcountBefore
            r.teachersAfter = e.headcountAfter
            r.backboneBefore = x.teachersBySchool[s].filter { x.teachers[$0].backbone }.count
            r.backboneAfter = after.teachersBySchool[s].filter { after.teachers[$0].backbone }.count
            r.qualityBefore = e.qualityBefore
            r.qualityAfter = e.qualityAfter
            r.shortfallBefore = PlanMetrics.shortfall(x, s, bySchool[s])
            r.shortfallAfter = PlanMetrics.shortfall(x, s, byAfter[s])
            r.sent = e.sent
            r.received = e.received
            return r
        }
        for p in training.placements { schools[p.destination].hiresArriving += 1 }
        for l in walking.lessons where after.teachers[l.teacher].school != l.school { schools[l.school].visitingLessons += 1 }
        var money = x.schools.indices.map { CostRow(school: $0, walking: WalkingReport.SchoolCost(school: $0)) }
        for m in exchange.moves {
            let c = facts.moveCost(from: m.from, to: m.to)
            money[m.from].allowance += c.allowance
            money[m.from].transport += c.transport ?? 0
        }
        for c in walking.costs { money[c.school].walking = c }
        costs = money.filter { $0.allowance + $0.transport + $0.walking.weekly > 0 || $0.walking.visitDays > 0 }
    }

    /// School weeks in a year: cost.workdaysPerYear / calendar.days (as PlanMetrics).
    public var weeksPerYear: Double { instance.policy.cost.workdaysPerYear / Double(instance.calendar?.days ?? 5) }

    /// Schools shown in the per-school tables: in a group, or touched by the plan.
    var shownSchools: [SchoolRow] {
        schools.filter { instance.schools[$0.school].group != nil || $0.sent + $0.received + $0.hiresArriving + $0.visitingLessons > 0 }
    }

    /// Whether stage `p` produced a plan.
    func ran(_ p: Solution.Problem) -> Bool { PlanMetrics.hasPlan(PlanMetrics.stage(p, of: solution)) }

    /// The stages in order, with "did not run" for a stage missing from the file.
    var stages: [Solution.Stage] {
        [Solution.Problem.exchange, .training, .walking].map { PlanMetrics.stage($0, of: solution) ?? Solution.Stage(problem: $0, status: nil) }
    }

    static func stageName(_ p: Solution.Problem, _ lang: ReportLanguage) -> String { p.stageName.text(lang) }

    /// The text of each file of ``files``, in that order.
    public func files(_ lang: ReportLanguage) -> [String] {
        [metricsCSV(lang), schoolsCSV(lang), exchange.exchangesCSV(lang), training.placementsCSV(lang), walking.lessonsCSV(lang),
         costsCSV(lang), (reasons ?? ReasonsTable(instance: instance, reasons: .empty)).csv(lang), summaryMarkdown(lang), html(lang)]
    }

    // MARK: CSV

    /// Every PlanMetrics row: key, label, value (numbers as numbers, statuses as text,
    /// missing figures empty).
    public func metricsCSV(_ lang: ReportLanguage) -> String { metricsTable(lang).text }

    /// The rows of metrics.csv as cells (the workbook's sheet too).
    public func metricsTable(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReportColumns.metricsCSV.headers(lang))
        for row in PlanMetrics.rows { table.append([.text(row.key), .text(row.label(lang)), row.cell(metrics, lang)]) }
        return table
    }

    public func schoolsCSV(_ lang: ReportLanguage) -> String { schoolsTable(lang).text }

    /// The rows of schools.csv as cells (the workbook's sheet too).
    public func schoolsTable(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReportColumns.schoolsCSV.headers(lang))
        for r in shownSchools {
            let school = instance.schools[r.school], group = school.group.map { instance.groups[$0] }
            table.append([
                .text(school.id.rawValue), .text(school.name), .text(group?.id.rawValue ?? ""), .text(group?.name ?? ""),
                .integer(r.teachersBefore), .integer(r.teachersAfter), .integer(r.backboneBefore), .integer(r.backboneAfter),
                .number((r.qualityBefore * 100).rounded() / 100), .number((r.qualityAfter * 100).rounded() / 100),
                .integer(r.shortfallBefore), .integer(r.shortfallAfter), .integer(r.sent), .integer(r.received),
                .integer(r.hiresArriving), .integer(r.visitingLessons),
            ])
        }
        return table
    }

    public func costsCSV(_ lang: ReportLanguage) -> String { costsTable(lang).text }

    /// The rows of costs.csv as cells (the workbook's sheet too).
    public func costsTable(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReportColumns.costsCSV.headers(lang))
        for c in costs {
            let school = instance.schools[c.school]
            table.append([
                .text(school.id.rawValue), .text(school.name), .text(school.group.map { instance.groups[$0].id.rawValue } ?? ""),
                .number(c.allowance.rounded()), .number(c.transport.rounded()), .integer(c.walking.visitDays),
                .number((c.walking.weekly * 100).rounded() / 100), .number((c.walking.weekly * weeksPerYear).rounded()),
                .number((c.allowance + c.transport + c.walking.weekly * weeksPerYear).rounded()), .integer(c.walking.unknownKm),
            ])
        }
        return table
    }
}
