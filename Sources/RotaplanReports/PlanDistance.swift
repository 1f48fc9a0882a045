import Foundation
import RotaplanDomain

/// How far an edited plan is from the plan it was edited from (docs/hand-edits.md), in the
/// figures a principal reads (``PlanMetrics``, MODEL.md §10): the objective, then per stage
/// of a plan its objective, movers, quality spread, subject shortfall, hires placed,
/// uncovered periods and yuan a year, each as the edited value against the original's.
/// `rotaplan check --from` and the workbench's edit page render the same rows.
public struct PlanDistance: Sendable {
    public enum Figure: String, Sendable, CaseIterable {
        case exchangeObjective, trainingObjective, walkingObjective
        case movers, qualitySpread, subjectShortfall, hiresPlaced, uncoveredPeriods, yuanPerYear

        /// A stage's own objective (shown for plans only).
        public var isStageObjective: Bool { self == .exchangeObjective || self == .trainingObjective || self == .walkingObjective }
    }

    public struct Row: Sendable {
        public var figure: Figure
        public var value: String
        public var base: String
    }

    /// The figures of `edited`'s problem, edited value against `original`'s.
    public let rows: [Row]

    public init(_ edited: Solution, against original: Solution, instance x: Instance) {
        let facts = InstanceFacts(x)
        let a = PlanMetrics(facts: facts, solution: edited), b = PlanMetrics(facts: facts, solution: original)
        let problem = edited.problem
        var rows: [Row] = []
        func add(_ f: Figure, _ value: String, _ base: String) { rows.append(Row(figure: f, value: value, base: base)) }
        if problem == .plan {
            add(.exchangeObjective, Self.fixed(a.exchangeObjective), Self.fixed(b.exchangeObjective))
            add(.trainingObjective, Self.fixed(a.trainingObjective), Self.fixed(b.trainingObjective))
            add(.walkingObjective, Self.fixed(a.walkingObjective), Self.fixed(b.walkingObjective))
        }
        if problem == .exchange || problem == .plan {
            add(.movers, Self.whole(a.teachersMoved), Self.whole(b.teachersMoved))
            add(.qualitySpread, Self.fixed(a.qualitySpreadAfter), Self.fixed(b.qualitySpreadAfter))
            add(.subjectShortfall, Self.whole(a.shortfallAfter), Self.whole(b.shortfallAfter))
        }
        if problem == .training || problem == .plan { add(.hiresPlaced, Self.whole(a.hiresPlaced), Self.whole(b.hiresPlaced)) }
        if problem == .walking || problem == .plan { add(.uncoveredPeriods, Self.whole(a.uncoveredPeriods), Self.whole(b.uncoveredPeriods)) }
        let yuan = { (m: PlanMetrics) in m.totalYuanPerYear ?? m.exchangeYuan ?? m.walkingYuanPerYear }
        if problem != .training { add(.yuanPerYear, Self.fixed(yuan(a), 0), Self.fixed(yuan(b), 0)) }
        self.rows = rows
    }

    /// `+31.611, +4.63%`: the objective above the optimum (minimised, MODEL.md §9); a
    /// difference within 1e-9 of zero is `+0.000`.
    public static func difference(_ value: Double, _ optimum: Double) -> String {
        let d = value - optimum
        let sign = d >= -1e-9 ? "+" : "−"
        let percent = abs(optimum) < 1e-9 ? "" : ", " + sign + String(format: "%.2f%%", abs(d) / abs(optimum) * 100)
        return sign + String(format: "%.3f", abs(d)) + percent
    }

    public static func fixed(_ v: Double?, _ digits: Int = 3) -> String { v.map { String(format: "%.\(digits)f", $0) } ?? "—" }
    public static func whole(_ v: Int?) -> String { v.map(String.init) ?? "—" }
}
