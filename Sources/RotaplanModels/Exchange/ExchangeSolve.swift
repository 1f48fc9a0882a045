import GLPK
import RotaplanDomain

/// Solving the exchange and turning GLPK's answers into a ``Solution`` (MODEL.md §8).
///
/// The groups are split into independent parts (``ExchangeParts``), each solved as its
/// own model; the plan is the union of the parts' plans and its objective the sum of
/// theirs, so the optimum is the same as one model of everything (tests and the benchmark
/// compare both).
public enum ExchangeSolve {
    /// GLPK options measured best on the exchange (benchmarks/README.md, "Exchange"):
    /// every cut family (Gomory cuts close much of what the balance term leaves open; on
    /// the parts of the small and medium bench instances all cuts with best-projection
    /// backtracking took 27 s in total, MIR + cover + clique with best-local-bound — the
    /// library's defaults, chosen on GAP — 67 s and more), pseudocost branching and
    /// best-projection backtracking (depth-first was as fast on the bench parts but
    /// stalled at a 5% gap on one part of small-zhengdong that best projection proves in
    /// under a second).
    public static var defaultOptions: SolverOptions {
        SolverOptions(cuts: .all, branching: .pseudocost, backtracking: .bestProjection)
    }

    /// Re-solves with a penalised slack on every rule of §4.2–§4.7 and says which rules
    /// had to give way, and by how much: the smallest total violation that makes a plan
    /// possible. `mentorReserve`: with rule 4.8 (§7, inside `plan`), whose finding names the
    /// core and the subject.
    public static func explainInfeasibility(
        _ instance: Instance, formulation: ExchangeModel.Formulation = .aggregated,
        part: ExchangeParts.Part? = nil, options: SolverOptions = defaultOptions, mentorReserve: Bool = false
    ) throws -> [StageExplanation] {
        let elastic = try ExchangeModel(instance, formulation: formulation, elastic: true, part: part, mentorReserve: mentorReserve)
        var o = options
        o.timeLimit = options.timeLimit ?? 60
        let r = try elastic.model.solve(options: o)
        guard r.hasSolution else { return [Finding(.exchangeModel, .notExplained, amounts: [Amount(.limit, Int(o.timeLimit!))])] }
        var out: [StageExplanation] = []
        for relaxation in elastic.relaxations {
            let total = relaxation.slack.reduce(0.0) { $0 + r.values[$1.index] }
            if total > 1e-6 { out.append(relaxation.explain(total)) }
        }
        if out.isEmpty { out.append(Finding(.exchangeOnce, .onlyTogether)) }
        return out
    }

    /// The moves of a plan as §8's `exchanges` list (in the order given) and its metrics.
    static func describe(_ plan: [ExchangeModel.Move], of x: Instance, in solution: inout Solution) {
        solution.exchanges = plan.map {
            Solution.Exchange(teacher: x.teachers[$0.teacher].id.rawValue,
                              from: x.schools[x.teachers[$0.teacher].school].id.rawValue, to: x.schools[$0.to].id.rawValue)
        }
        solution.metrics = metrics(x, plan)
    }

    /// Figures a bureau reads: movers, backbone movers, yearly cost, travel, and the
    /// spread of per-capita quality across grouped schools before and after (§10, read
    /// from ``InstanceFacts``).
    static func metrics(_ x: Instance, _ chosen: [ExchangeModel.Move]) -> [(String, Double)] {
        let facts = InstanceFacts(x)
        let spread = facts.quality(afterMoving: chosen.map { ($0.teacher, $0.to) }).spread
        return [
            ("teachersMoved", Double(chosen.count)),
            ("backboneMoved", Double(chosen.filter { x.teachers[$0.teacher].backbone }.count)),
            ("eligibleTeachers", Double(facts.eligibleCount)),
            ("qualitySpreadBefore", spread.before),
            ("qualitySpreadAfter", spread.after),
            ("yearlyCost", chosen.reduce(0) { $0 + $1.cost }),
            ("travelMinutes", chosen.reduce(0) { $0 + $1.minutes }),
        ]
    }
}

/// The exchange stage of `plan` (MODEL.md §7 "Settled"): §4 with rule 4.8, the mentor
/// reserve (``ExchangeModel/mentorReserve``), so that the training stage, which reads the
/// roster after the exchange, keeps the mentors the year's hires need. `rotaplan exchange`
/// solves ``ExchangeSolve`` (§4 alone); this is the same solve, parts, pins, greedy start,
/// explanation and size estimate, with the reserve on.
public enum PlanExchangeSolve: StageSolve {
    public static var problem: Solution.Problem { .exchange }
    public static var defaultFormulation: ExchangeModel.Formulation { ExchangeSolve.defaultFormulation }
    public static var defaultOptions: SolverOptions { ExchangeSolve.defaultOptions }

    public static func solve(
        _ x: Instance, formulation: ExchangeModel.Formulation, separateParts: Bool, options: SolverOptions,
        progress: ProgressHandler?, cancellation: SolveCancellation?
    ) throws -> StageOutcome {
        try ExchangeSolve.run(x, formulation: formulation, separateParts: separateParts, options: options, mentorReserve: true,
                              progress: progress, cancellation: cancellation).withObjectiveTerms(x)
    }

    /// ``ExchangeGreedy`` with the reserve: no swap that breaks rule 4.8.
    public static func baseline(_ x: Instance) throws -> StageOutcome {
        StageOutcome(solution: try ExchangeGreedy.run(x, mentorReserve: true)).withObjectiveTerms(x)
    }

    public static func wholeModel(_ x: Instance, formulation: ExchangeModel.Formulation) throws -> Model {
        try ExchangeModel(x, formulation: formulation, mentorReserve: true).model
    }

    public static func exportRefusal(_ x: Instance, formulation: ExchangeModel.Formulation, options: SolverOptions) -> StageExplanation? {
        let whole = [ExchangeParts.Part(groups: Array(x.groups.indices), ungrouped: true)]
        guard let big = ExchangeSolve.partTooLarge(x, whole, formulation: formulation, options: options, mentorReserve: true) else { return nil }
        return ExchangeSolve.tooLargeExplanation(x, whole, 0, size: big.size, needed: big.needed, budget: big.budget)
    }
}
