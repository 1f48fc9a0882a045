import GLPK
import RotaplanDomain

extension ExchangeSolve {
    /// Solves the exchange of `instance`: part by part (`separateParts`, the default; see
    /// ``ExchangeParts``), or as one model of every group.
    ///
    /// Under a time limit, each part first gets an equal share of the time left (time a
    /// part does not use goes to the next); a part left without a plan starts from the
    /// greedy plan (``ExchangeGreedy``) when that plan keeps its rules; parts still
    /// unproven are then solved again, from their best plan, with what is left (the greedy
    /// plan is made before any solve, inside the limit). Once a part is infeasible, the
    /// later parts are only checked for feasibility (the instance has no plan anyway) and
    /// every infeasible part is explained. The instance's pins (docs/pins.md) hold in every
    /// plan; pins that cannot hold are the explanation (``explainPart(_:formulation:part:options:mentorReserve:)``).
    ///
    /// `mentorReserve` adds rule 4.8 (§7 "Settled"; `plan` sets it, `rotaplan exchange` does
    /// not) to every part's model, its size estimate, its explanation and the greedy start.
    public static func run(
        _ instance: Instance, formulation: ExchangeModel.Formulation = .aggregated, separateParts: Bool = true,
        balanceChords: Bool = true, options: SolverOptions = defaultOptions, mentorReserve: Bool = false,
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        if let pinned = pinConflictOutcome(instance) { return pinned }
        let parts = separateParts ? ExchangeParts.of(instance)
            : [ExchangeParts.Part(groups: Array(instance.groups.indices), ungrouped: true)]
        // A model that would not fit in memory is refused before it is built (GLPK would
        // abort the process): no plan, and the explanation says what to change.
        if let big = partTooLarge(instance, parts, formulation: formulation, options: options, mentorReserve: mentorReserve) {
            var solution = Solution(problem: .exchange, of: instance, status: .noSolution)
            solution.model = .init(rows: big.size.rows, columns: big.size.columns, nonzeros: big.size.nonzeros, integers: big.size.integers)
            return Outcome(solution: solution, explanations: [
                tooLargeExplanation(instance, parts, big.part, size: big.size, needed: big.needed, budget: big.budget),
            ], parts: parts.count, tooLarge: true)
        }
        let clock = ContinuousClock(), start = clock.now
        func elapsed() -> Double {
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }

        var states: [PartState] = []
        // Each part's LP relaxation first (one simplex run each): a part whose relaxation
        // is infeasible makes the whole exchange infeasible, and then no other part needs
        // to be proven optimal.
        let facts = InstanceFacts(instance)
        let built = try parts.map {
            try ExchangeModel(instance, formulation: formulation, part: $0, balanceChords: balanceChords, facts: facts, mentorReserve: mentorReserve)
        }
        // Under a time limit the greedy plan (what a part left without a plan starts from)
        // is made first, so that its time comes out of the limit instead of after it
        // (about a second on the cross-group luohe-large bench file, 270,000 columns).
        // Past ``greedyFirstColumns`` it would take longer than a solve can gain (35 s at
        // 5 million columns) and is made only if a part needs it.
        let greedyUpFront = options.timeLimit != nil && built.reduce(0, { $0 + $1.model.variableCount }) <= Self.greedyFirstColumns
            ? try ExchangeGreedy.plan(instance, mentorReserve: mentorReserve) : nil
        var anyInfeasible = false
        for m in built where cancellation?.isCancelled != true {
            var lp = options
            lp.timeLimit = options.timeLimit.map { max(0, $0 - elapsed()) }
            if try m.model.relaxation().solve(options: lp, cancellation: cancellation).termination == .infeasible {
                anyInfeasible = true
                break
            }
        }
        for (i, part) in parts.enumerated() {
            var o = options
            if let limit = options.timeLimit { o.timeLimit = max(0, limit - elapsed()) / Double(parts.count - i) }
            if anyInfeasible { o.relativeGap = .greatestFiniteMagnitude }  // feasibility only
            var state = PartState(part: part, built: built[i])
            let shown = progressOffset(states, elapsed(), progress)
            try state.solve(options: o, start: nil, progress: shown, cancellation: cancellation)
            anyInfeasible = anyInfeasible || state.status == .infeasible
            states.append(state)
        }
        // A part left without a plan by its time share starts from the greedy plan, when
        // that plan keeps every rule of the part (checked on the part's own model).
        if !anyInfeasible, states.contains(where: { $0.status == .noSolution }) {
            let greedy = try greedyUpFront ?? ExchangeGreedy.plan(instance, mentorReserve: mentorReserve)
            for i in states.indices where states[i].status == .noSolution {
                if let v = states[i].built.startValues(greedy), states[i].built.model.isFeasible(v) { states[i].adopt(v) }
            }
        }
        if let limit = options.timeLimit, !anyInfeasible, cancellation?.isCancelled != true {
            let unproven = states.indices.filter { states[$0].status == .feasible }
            for (k, i) in unproven.enumerated() {
                let left = limit - elapsed()
                guard left > 0.5 else { break }
                var o = options
                o.timeLimit = left / Double(unproven.count - k)
                try states[i].solve(options: o, start: states[i].values, progress: progressOffset(states, elapsed(), progress, skipping: i),
                                    cancellation: cancellation)
            }
        }
        return try combine(states, instance, formulation: formulation, options: options, mentorReserve: mentorReserve)
    }

    /// Columns up to which the greedy plan is made before the solves under a time limit.
    static let greedyFirstColumns = 1_000_000

    /// A progress handler that shows the whole plan: the parts already solved added to the
    /// running part's incumbent and bound.
    private static func progressOffset(_ states: [PartState], _ before: Double, _ progress: ProgressHandler?,
                                       skipping: Int? = nil) -> ProgressHandler? {
        guard let report = progress else { return nil }
        var done = 0.0, doneBound: Double? = 0
        for (i, s) in states.enumerated() where i != skipping {
            done += s.objective ?? 0
            doneBound = doneBound.flatMap { b in s.bound.map { b + $0 } }
        }
        let objective = done, bound = doneBound
        return { (p: SolveProgress) in
            var q = p
            q.incumbent = p.incumbent.map { $0 + objective }
            q.bound = p.bound.flatMap { (b: Double) -> Double? in bound.map { $0 + b } }
            q.elapsed = before + p.elapsed
            if let i = q.incumbent, let b = q.bound { q.gap = abs(i - b) / max(1e-10, abs(i)) }
            report(q)
        }
    }

    /// The plan of every part together (§8): infeasible if a part is, no solution if a part
    /// has none, optimal only if every part is proven.
    private static func combine(_ states: [PartState], _ instance: Instance, formulation: ExchangeModel.Formulation,
                                options: SolverOptions, mentorReserve: Bool) throws -> Outcome {
        var outcome = Outcome(solution: Solution(problem: .exchange, of: instance, status: .optimal), parts: states.count)
        var size = ModelSize(rows: 0, columns: 0, nonzeros: 0, integers: 0)
        var seconds = 0.0
        for s in states {
            let m = s.built.model.size
            size = ModelSize(rows: size.rows + m.rows, columns: size.columns + m.columns,
                             nonzeros: size.nonzeros + m.nonzeros, integers: size.integers + m.integers)
            seconds += s.seconds
        }
        var solution = outcome.solution
        solution.seconds = seconds
        solution.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
        let infeasible = states.filter { $0.status == .infeasible }
        if !infeasible.isEmpty || states.contains(where: { $0.objective == nil }) {
            solution.status = infeasible.isEmpty ? .noSolution : .infeasible
            for s in infeasible {
                outcome.explanations += try explainPart(instance, formulation: formulation, part: s.part, options: options,
                                                        mentorReserve: mentorReserve)
            }
            outcome.solution = solution
            return outcome
        }
        let proven = states.allSatisfy { $0.status == .optimal }
        let objective = states.reduce(0.0) { $0 + $1.objective! }
        let bound = states.reduce(Double?(0)) { b, s in b.flatMap { b in s.bound.map { b + $0 } } }
        solution.status = proven ? .optimal : .feasible
        solution.objective = objective
        solution.bound = bound
        solution.gap = proven ? 0 : bound.map { abs(objective - $0) / max(1e-10, abs(objective)) }
        let chosen = states.flatMap { $0.built.chosenMoves($0.values!) }.sorted { $0.teacher < $1.teacher }
        describe(chosen, of: instance, in: &solution)
        outcome.solution = solution
        return outcome
    }
}

/// One part's model and the best answer found for it so far.
private struct PartState {
    let part: ExchangeParts.Part
    let built: ExchangeModel
    var status: Solution.Status = .noSolution
    /// Tightened values of the best plan (see ``ExchangeModel/tightened(_:)``).
    var values: [Double]?
    var objective: Double?
    var bound: Double?
    var seconds = 0.0

    init(part: ExchangeParts.Part, built: ExchangeModel) {
        self.part = part
        self.built = built
    }

    /// Takes a plan found outside the solver (the greedy plan) as the part's best so far.
    mutating func adopt(_ v: [Double]) {
        values = v
        objective = built.model.objectiveValue(v)
        status = .feasible
    }

    /// Solves (again), keeping the better plan and the stronger bound of all solves.
    mutating func solve(options: SolverOptions, start: [Double]?, progress: ProgressHandler?,
                        cancellation: SolveCancellation?) throws {
        let r = try built.model.solve(options: options, start: start, progress: progress, cancellation: cancellation)
        seconds += r.seconds + r.loadSeconds
        let answer = try Solution.Status(r, problem: .exchange)
        guard r.hasSolution else {
            if values == nil { status = answer }
            return
        }
        let v = built.tightened(r.values)
        let value = built.model.objectiveValue(v)
        if objective == nil || value < objective! {
            values = v
            objective = value
        }
        // A part proven optimal is its own bound; a bound never exceeds the plan (minimisation).
        if r.termination == .optimal {
            status = .optimal
            bound = objective
        } else {
            if let b = r.bestBound { bound = max(bound ?? -.infinity, min(b, objective!)) }
            if status != .optimal { status = .feasible }
        }
    }
}
