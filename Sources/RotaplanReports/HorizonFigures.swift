import RotaplanDomain

/// The figures of a horizon (MODEL.md §13), one row per planned year, computed from each
/// year's instance and plan alone: movers, distinct teachers rotated so far, the share of
/// the teachers eligible at some point who have rotated, backbone share, quality spread,
/// costs, hires placed and uncovered walking periods. Teachers are followed across years
/// by their id (rollover keeps ids; a hire who becomes a teacher keeps the hire's id).
public struct HorizonFigures: Sendable {
    public struct Row: Sendable, Equatable {
        public var year: Int
        public var movers: Int
        public var backboneMovers: Int
        /// Distinct teachers moved in this year or before.
        public var rotatedSoFar: Int
        /// Distinct teachers eligible (§4) in this year or before.
        public var eligibleSoFar: Int
        public var spreadBefore: Double
        public var spreadAfter: Double?
        public var yuanPerYear: Double?
        public var newHires: Int
        public var hiresPlaced: Int?
        public var uncoveredPeriods: Int?
        /// Teachers in the middle of an exchange term at the start of the year (§11).
        public var onExchange: Int
        public var trainees: Int
        /// The stages of the year's plan without a plan (that year nobody moved, or nobody
        /// was placed, or no walking timetable was made).
        public var withoutPlan: [Solution.Problem]

        /// backbone movers / movers (nil without movers).
        public var backboneShare: Double? { movers == 0 ? nil : Double(backboneMovers) / Double(movers) }
        /// rotated so far / eligible so far (nil when nobody was ever eligible).
        public var shareRotated: Double? { eligibleSoFar == 0 ? nil : Double(rotatedSoFar) / Double(eligibleSoFar) }
    }

    public var rows: [Row]

    /// `years`: each year's instance and its plan, in year order.
    public init(_ years: [(instance: Instance, plan: Solution)]) {
        var rotated = Set<String>(), eligible = Set<String>()
        rows = years.map { x, plan in
            let facts = InstanceFacts(x)
            for t in x.teachers.indices where facts.isEligible(t) { eligible.insert(x.teachers[t].id.rawValue) }
            for e in plan.exchanges { rotated.insert(e.teacher) }
            let m = PlanMetrics(facts: facts, solution: plan)
            // A year whose exchange has no plan is rolled over with nobody moving: its
            // spread after is its spread before, and the exchange costs nothing.
            let noExchange = plan.stages.contains { $0.problem == .exchange && $0.objective == nil }
            let spreadAfter = m.qualitySpreadAfter ?? (noExchange ? m.qualitySpreadBefore : nil)
            let yuan = noExchange ? (m.walkingYuanPerYear ?? (m.demandPeriods == 0 ? 0 : nil)) : m.totalYuanPerYear
            return Row(year: x.year ?? 0, movers: plan.exchanges.count, backboneMovers: m.backboneMoved ?? 0,
                       rotatedSoFar: rotated.count, eligibleSoFar: eligible.count,
                       spreadBefore: m.qualitySpreadBefore, spreadAfter: spreadAfter,
                       yuanPerYear: yuan, newHires: m.newHires, hiresPlaced: m.hiresPlaced,
                       uncoveredPeriods: m.uncoveredPeriods,
                       onExchange: x.teachers.filter { $0.onExchange != nil }.count, trainees: x.trainees.count,
                       withoutPlan: plan.stages.filter { $0.objective == nil }.map { $0.problem })
        }
    }
}
