import RotaplanDomain

/// Re-checks a yearly plan (MODEL.md §7; `stages` as in docs/plan.md) from the instance
/// and the solution alone: each stage by its own check (§4 with rule 4.8, the mentor
/// reserve, ``MentorReserveCheck``; §5 and §6 on the roster after the plan's exchanges,
/// §7 "Settled"), each stage's declared objective against
/// the recomputed one, and the plan's objective as the sum of the stages' (§10). A stage
/// without a plan (infeasible, no-solution, not run) is a claim the checker cannot verify,
/// reported with the stage's name; a walking stage said to be infeasible is false.
enum PlanCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        var report = CheckReport()
        let order: [Solution.Problem] = [.exchange, .training, .walking]
        // A plan as MODEL.md §8 writes it, without the `stages` extension (the shared
        // conformance plans): every stage has the plan's status, and only the plan's
        // total objective is declared, checked against the sum of the stages'.
        let perStage = !solution.stages.isEmpty
        let stages = perStage ? solution.stages : order.map { Solution.Stage(problem: $0, status: solution.status) }
        guard stages.map(\.problem) == order else {
            report.violate(.solutionFile, .stageOrder(solution.stages.map(\.problem)))
            report.recomputedObjective = nil
            return report
        }
        let exchangeStage = stages[0]
        let moves = exchangeStage.status == .optimal || exchangeStage.status == .feasible ? solution.exchanges : []
        // §7 settled: training and walking read the roster after the plan's exchange.
        let after = x.afterExchange(moves)
        report.violations += MentorReserveCheck.violations(moves, x).map { .init($0, stage: .exchange) }
        let instances = [x, after, after]
        var total: Double? = 0
        for (stage, y) in zip(stages, instances) {
            var part = Solution(problem: stage.problem, instance: solution.instance, status: stage.status ?? .noSolution)
            part.objective = stage.objective
            part.bound = stage.bound
            part.gap = stage.gap
            part.near = solution.near
            switch stage.problem {
            case .exchange: part.exchanges = solution.exchanges
            case .training: part.placements = solution.placements; part.unplaced = solution.unplaced
            default: part.lessons = solution.lessons; part.uncovered = solution.uncovered
            }
            let r = SolutionChecker.check(part, against: y)
            report.recomputedTerms[stage.problem] = r.recomputedTerms[stage.problem]
            report.violations += r.violations.map { .init($0.finding, stage: stage.problem) }
            // A stage that did not run states nothing, but leaves the plan without that part.
            let claims = stage.status == nil ? [CheckReport.Unverified(.notRun)] : r.unverified
            report.unverified += claims.map { .init($0.claim, stage: stage.problem) }
            if perStage && !r.objectiveMatches && !r.nearNotComparable {
                let figures = [stage.objective.map { Amount(.before, $0) }, r.recomputedObjective.map { Amount(.actual, $0) }]
                report.violations.append(.init(Finding(.solutionFile, .objectiveDiffers, amounts: figures.compactMap { $0 }),
                                               stage: stage.problem))
            }
            total = total.flatMap { t in r.recomputedObjective.map { t + $0 } }
        }
        let statuses = stages.map(\.status)
        let allPlans = statuses.allSatisfy { $0 == .optimal || $0 == .feasible }
        if allPlans != (solution.status == .optimal || solution.status == .feasible) {
            report.violate(.solutionFile, .planStatus(solution.status, stages: statuses))
        }
        report.recomputedObjective = allPlans ? total : nil
        return report
    }
}
