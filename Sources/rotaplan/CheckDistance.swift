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
        let names: [PlanDistance.Figure: String] = [
            .exchangeObjective: "exchange objective", .trainingObjective: "training objective", .walkingObjective: "walking objective",
            .movers: "movers", .qualitySpread: "quality spread", .subjectShortfall: "subject shortfall",
            .hiresPlaced: "hires placed", .uncoveredPeriods: "uncovered periods", .yuanPerYear: "yuan a year"]
        let parts = ["objective \(Self.fixed(objective)) vs \(Self.fixed(optimum)) (\(Self.difference(objective, optimum)))"]
            + PlanDistance(s, against: original, instance: x).rows.map { "\(names[$0.figure]!) \($0.value) vs \($0.base)" }
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

    static func difference(_ value: Double, _ optimum: Double) -> String { PlanDistance.difference(value, optimum) }
    static func fixed(_ v: Double?, _ digits: Int = 3) -> String { PlanDistance.fixed(v, digits) }
}
