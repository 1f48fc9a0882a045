import Foundation
import RotaplanChecker
import RotaplanDomain
import GLPK
import RotaplanFormats
import RotaplanModels
import RotaplanPlan
import RotaplanReports

/// How far a plan that holds is from the optimum (docs/hand-edits.md): from the plan it
/// was edited from (`--from`, which must hold too), or, when the file's objective is
/// stale, from the bound it still records (the edited plan's optimum). In the figures a
/// principal reads (``PlanMetrics``, MODEL.md §10): the objective, then movers, quality
/// spread, subject shortfall and yuan a year; per stage for a plan.
extension Check {
    func distance(_ report: CheckReport, _ s: Solution, _ x: Instance, _ given: (label: String, solution: Solution)?) throws -> String? {
        guard let objective = report.recomputedObjective else { return nil }
        guard let (from, original) = given else {
            guard !report.objectiveMatches, let bound = s.bound else { return nil }
            return "from the optimum (recorded bound \(Self.fixed(bound))): \(Self.difference(objective, bound))"
        }
        let base = SolutionChecker.check(original, against: x)
        guard base.violations.isEmpty, let optimum = base.recomputedObjective else {
            printError("\(from): the plan to compare with does not hold or has no plan; no distance given")
            throw Exit.noPlan
        }
        let word = original.status == .optimal ? "from the optimum" : "from the plan it was edited from"
        let a = PlanMetrics(instance: x, solution: s), b = PlanMetrics(instance: x, solution: original)
        var parts = ["objective \(Self.fixed(objective)) vs \(Self.fixed(optimum)) (\(Self.difference(objective, optimum)))"]
        if s.problem == .plan {
            parts += [("exchange objective", a.exchangeObjective, b.exchangeObjective), ("training objective", a.trainingObjective, b.trainingObjective),
                      ("walking objective", a.walkingObjective, b.walkingObjective)]
                .map { "\($0.0) \(Self.fixed($0.1)) vs \(Self.fixed($0.2))" }
        }
        if s.problem == .exchange || s.problem == .plan {
            parts.append("movers \(Self.whole(a.teachersMoved)) vs \(Self.whole(b.teachersMoved))")
            parts.append("quality spread \(Self.fixed(a.qualitySpreadAfter)) vs \(Self.fixed(b.qualitySpreadAfter))")
            parts.append("subject shortfall \(Self.whole(a.shortfallAfter)) vs \(Self.whole(b.shortfallAfter))")
        }
        if s.problem == .training || s.problem == .plan {
            parts.append("hires placed \(Self.whole(a.hiresPlaced)) vs \(Self.whole(b.hiresPlaced))")
        }
        if s.problem == .walking || s.problem == .plan {
            parts.append("uncovered periods \(Self.whole(a.uncoveredPeriods)) vs \(Self.whole(b.uncoveredPeriods))")
        }
        let yuan = { (m: PlanMetrics) in m.totalYuanPerYear ?? m.exchangeYuan ?? m.walkingYuanPerYear }
        if s.problem != .training { parts.append("yuan a year \(Self.fixed(yuan(a), 0)) vs \(Self.fixed(yuan(b), 0))") }
        return "\(word) (\(from), \(original.status.rawValue)): " + parts.joined(separator: "; ")
    }

    /// The solution's problem solved with the defaults of its command (the optimum within
    /// `timeLimit` seconds, pins included), for `--solve`.
    static func solved(_ problem: Solution.Problem, _ x: Instance, timeLimit: Double, instance: String) throws -> Solution {
        func stage<S: StageSolve>(_: S.Type, _ f: S.Formulation) throws -> Solution {
            var options = S.defaultOptions
            options.timeLimit = timeLimit
            return try S.solve(x, formulation: f, separateParts: true, options: options, progress: nil, cancellation: nil).solution
        }
        do {
            switch problem {
            case .exchange: return try stage(ExchangeSolve.self, .aggregated)
            case .training: return try stage(TrainingSolve.self, .aggregated)
            case .walking: return try stage(WalkingSolve.self, .strong)
            case .plan:
                var options = SolverOptions()
                options.timeLimit = timeLimit
                return try PlanPipeline.run(x, options: options).solution
            }
        } catch let e as any StageInputError {
            printError("\(instance): error: \(e)")
            throw Exit.invalidInput
        } catch let e as PlanPipeline.InputError {
            printError("\(instance): error: \(e)")
            throw Exit.invalidInput
        }
    }

    /// `+31.611 (+4.63%)`: the objective above the optimum (minimised, MODEL.md §9).
    static func difference(_ value: Double, _ optimum: Double) -> String {
        let d = value - optimum
        let sign = d >= 0 ? "+" : "−"
        let percent = abs(optimum) < 1e-9 ? "" : ", " + sign + String(format: "%.2f%%", abs(d) / abs(optimum) * 100)
        return sign + String(format: "%.3f", abs(d)) + percent
    }

    static func fixed(_ v: Double?, _ digits: Int = 3) -> String { v.map { String(format: "%.\(digits)f", $0) } ?? "—" }
    static func whole(_ v: Int?) -> String { v.map(String.init) ?? "—" }
}
