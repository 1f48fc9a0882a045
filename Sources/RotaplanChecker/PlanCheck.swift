import RotaplanDomain
import RotaplanFormats

/// Re-checks a yearly plan (MODEL.md §7; `stages` as in docs/plan.md) from the instance
/// and the solution alone: each stage by its own check (§4, §5, and §6 on the instance
/// with the homes after the plan's exchanges), each stage's declared objective against
/// the recomputed one, and the plan's objective as the sum of the stages' (§10). A stage
/// without a plan (infeasible, no-solution, not run) is a claim the checker cannot verify,
/// reported with the stage's name; a walking stage said to be infeasible is false.
enum PlanCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        var report = CheckReport()
        func violate(_ rule: String, _ message: String) { report.violations.append(.init(rule: rule, message: message)) }
        let order: [Solution.Problem] = [.exchange, .training, .walking]
        // A plan as MODEL.md §8 writes it, without the `stages` extension (the shared
        // conformance plans): every stage has the plan's status, and only the plan's
        // total objective is declared, checked against the sum of the stages'.
        let perStage = !solution.stages.isEmpty
        let stages = perStage ? solution.stages : order.map { Solution.Stage(problem: $0, status: solution.status) }
        guard stages.map(\.problem) == order else {
            violate("8", "a plan solution lists its stages exchange, training and walking, in that order (found: \(solution.stages.map(\.problem.rawValue).joined(separator: ", ")))")
            report.recomputedObjective = nil
            return report
        }
        let exchangeStage = stages[0]
        let moves = exchangeStage.status == .optimal || exchangeStage.status == .feasible ? solution.exchanges : []
        let instances = [x, x, x.afterExchange(moves)]
        var total: Double? = 0
        for (stage, y) in zip(stages, instances) {
            var part = Solution(problem: stage.problem, instance: solution.instance, status: stage.status ?? .noSolution)
            part.objective = stage.objective
            part.bound = stage.bound
            part.gap = stage.gap
            switch stage.problem {
            case .exchange: part.exchanges = solution.exchanges
            case .training: part.placements = solution.placements
            default: part.lessons = solution.lessons; part.uncovered = solution.uncovered
            }
            let r = SolutionChecker.check(part, against: y)
            report.violations += r.violations.map { .init(rule: $0.rule, message: "\(stage.problem.rawValue) stage: \($0.message)") }
            // A stage that did not run states nothing, but leaves the plan without that part.
            let claims = stage.status == nil
                ? [CheckReport.Unverified(claim: "not run", message: "the plan has no \(stage.problem.rawValue) part to verify; re-solve to complete it")]
                : r.unverified
            report.unverified += claims.map { .init(claim: "\(stage.problem.rawValue) stage: \($0.claim)", message: $0.message) }
            if perStage && !r.objectiveMatches {
                violate("8", "\(stage.problem.rawValue) stage: objective declared \(stage.objective.map(JSONText.number) ?? "none"), recomputed \(r.recomputedObjective.map(JSONText.number) ?? "none")")
            }
            total = total.flatMap { t in r.recomputedObjective.map { t + $0 } }
        }
        let statuses = stages.map(\.status)
        let allPlans = statuses.allSatisfy { $0 == .optimal || $0 == .feasible }
        if allPlans != (solution.status == .optimal || solution.status == .feasible) {
            violate("8", "the plan's status \(solution.status.rawValue) does not agree with its stages' (\(statuses.map { $0?.rawValue ?? "not run" }.joined(separator: ", ")))")
        }
        report.recomputedObjective = allPlans ? total : nil
        return report
    }
}
