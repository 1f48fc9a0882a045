import GLPK
import RotaplanDomain

/// Solving the exchange and turning GLPK's answers into a ``Solution`` (MODEL.md §8).
///
/// The groups are split into independent parts (``ExchangeParts``), each solved as its
/// own model; the plan is the union of the parts' plans and its objective the sum of
/// theirs, so the optimum is the same as one model of everything (tests and the benchmark
/// compare both).
public enum ExchangeSolve {
    /// What a solve produced.
    public struct Outcome {
        public var solution: Solution
        /// For an infeasible instance: which rules cannot hold together, in the user's
        /// terms (from an elastic re-solve of each infeasible part, §4 rule by rule).
        public var explanation: [String] = []
        /// One entry per independent part, in order.
        public var parts: [PartResult] = []
    }

    /// The figures of one part's solve.
    public struct PartResult: Sendable {
        public var groups: [String]
        public var status: Solution.Status
        public var objective: Double?
        public var bound: Double?
        public var seconds: Double
        public var nodes: Int
        public var size: ModelSize
    }

    /// GLPK options measured best on the exchange (benchmarks/README.md, "Exchange"):
    /// every cut family (Gomory cuts close much of what the balance term leaves open; on
    /// the parts of the small and medium bench instances all cuts with best-projection
    /// backtracking took 27 s in total, MIR + cover + clique with best-local-bound — the
    /// library's defaults, chosen on GAP — 67 s and more), pseudocost branching and
    /// best-projection backtracking (depth-first was as fast on the bench parts but
    /// stalled at a 5% gap on one part of small-zhengdong that best projection proves in
    /// under a second).
    public static var defaultOptions: SolverOptions {
        var o = SolverOptions()
        o.cuts = .all
        o.branching = .pseudocost
        o.backtracking = .bestProjection
        return o
    }

    /// Re-solves with a penalised slack on every rule of §4.2–§4.7 and says which rules
    /// had to give way, and by how much: the smallest total violation that makes a plan
    /// possible.
    public static func explainInfeasibility(
        _ instance: Instance, formulation: ExchangeModel.Formulation = .aggregated,
        part: ExchangeParts.Part? = nil, options: SolverOptions = defaultOptions
    ) throws -> [String] {
        let elastic = try ExchangeModel(instance, formulation: formulation, elastic: true, part: part)
        var o = options
        o.timeLimit = options.timeLimit ?? 60
        let r = try elastic.model.solve(options: o)
        guard r.hasSolution else { return ["no explanation found within \(Int(o.timeLimit!)) s"] }
        var out: [String] = []
        for relaxation in elastic.relaxations {
            let total = relaxation.slack.reduce(0.0) { $0 + r.values[$1.index] }
            if total > 1e-6 { out.append(relaxation.explain(total)) }
        }
        if out.isEmpty {
            out.append("§4.1: the rules of §4.2–§4.7 can each hold, but not with every teacher moving at most once")
        }
        return out
    }

    /// Solves the exchange of `instance`: part by part (`separateParts`, the default), or
    /// as one model of every group. A time limit is shared: each part gets an equal share
    /// of what is left, so time a part does not use goes to the next.
    public static func run(
        _ instance: Instance, formulation: ExchangeModel.Formulation = .aggregated, separateParts: Bool = true,
        balanceChords: Bool = true, options: SolverOptions = defaultOptions,
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        let parts = separateParts ? ExchangeParts.of(instance) : [ExchangeParts.Part(groups: Array(instance.groups.indices), ungrouped: true)]
        let clock = ContinuousClock(), start = clock.now
        func elapsed() -> Double { let d = clock.now - start; return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
        var outcome = Outcome(solution: Solution(problem: .exchange, instance: instance.name, status: .optimal))
        var chosen: [ExchangeModel.Move] = []
        var objective = 0.0, bound: Double? = 0.0, seconds = 0.0
        var size = ModelSize(rows: 0, columns: 0, nonzeros: 0, integers: 0)
        var infeasible: [ExchangeParts.Part] = [], unsolved = false, proven = true
        for (i, part) in parts.enumerated() {
            var o = options
            if let limit = options.timeLimit { o.timeLimit = max(0, limit - elapsed()) / Double(parts.count - i) }
            let built = try ExchangeModel(instance, formulation: formulation, part: part, balanceChords: balanceChords)
            let done = objective, doneBound = bound, before = elapsed()
            var partProgress: ProgressHandler? = nil
            if let report = progress {
                partProgress = { (p: SolveProgress) in
                    var q = p
                    q.incumbent = p.incumbent.map { $0 + done }
                    q.bound = p.bound.flatMap { (b: Double) -> Double? in doneBound.map { $0 + b } }
                    q.elapsed = before + p.elapsed
                    report(q)
                }
            }
            let r = try built.model.solve(options: o, progress: partProgress, cancellation: cancellation)
            let m = r.size
            size = ModelSize(rows: size.rows + m.rows, columns: size.columns + m.columns,
                             nonzeros: size.nonzeros + m.nonzeros, integers: size.integers + m.integers)
            seconds += r.seconds + r.loadSeconds
            var figures = PartResult(groups: part.groups.map { instance.groups[$0].id.rawValue }, status: Solution.Status(r),
                                     objective: nil, bound: nil, seconds: r.seconds + r.loadSeconds, nodes: r.nodes, size: m)
            if r.hasSolution {
                let values = built.tightened(r.values)
                let value = built.model.objectiveValue(values)
                figures.objective = value
                // A part proven optimal is its own bound; a bound cannot exceed the plan (minimisation).
                figures.bound = r.termination == .optimal ? value : r.bestBound.map { min($0, value) }
                objective += value
                bound = bound.flatMap { b in figures.bound.map { b + $0 } }
                chosen += built.chosenMoves(values)
                if r.termination != .optimal { proven = false }
            } else if figures.status == .infeasible {
                infeasible.append(part)
            } else {
                unsolved = true
            }
            outcome.parts.append(figures)
        }
        var solution = outcome.solution
        solution.seconds = seconds
        solution.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
        if !infeasible.isEmpty || unsolved {
            solution.status = infeasible.isEmpty ? .noSolution : .infeasible
            for part in infeasible {
                outcome.explanation += try explainInfeasibility(instance, formulation: formulation, part: part, options: options)
            }
        } else {
            solution.status = proven ? .optimal : .feasible
            solution.objective = objective
            solution.bound = bound
            solution.gap = proven ? 0 : bound.map { abs(objective - $0) / max(1e-10, abs(objective)) }
            chosen.sort { $0.teacher < $1.teacher }
            solution.exchanges = chosen.map {
                Solution.Exchange(teacher: instance.teachers[$0.teacher].id.rawValue,
                                  from: instance.schools[instance.teachers[$0.teacher].school].id.rawValue,
                                  to: instance.schools[$0.to].id.rawValue)
            }
            solution.metrics = metrics(instance, chosen)
        }
        outcome.solution = solution
        return outcome
    }

    /// Figures a bureau reads: movers, backbone movers, yearly cost, travel, and the
    /// spread of per-capita quality across grouped schools before and after.
    static func metrics(_ x: Instance, _ chosen: [ExchangeModel.Move]) -> [(String, Double)] {
        var quality = x.schools.indices.map { s in Double(x.teachersBySchool[s].reduce(0) { $0 + x.teachers[$1].quality }) }
        let before = quality
        for m in chosen {
            let v = Double(x.teachers[m.teacher].quality)
            quality[m.to] += v
            quality[x.teachers[m.teacher].school] -= v
        }
        func spread(_ q: [Double]) -> Double {
            let perCapita = x.schools.indices.filter { x.schools[$0].group != nil && x.headcount(ofSchool: $0) > 0 }
                .map { q[$0] / Double(x.headcount(ofSchool: $0)) }
            guard let lo = perCapita.min(), let hi = perCapita.max() else { return 0 }
            return hi - lo
        }
        return [
            ("teachersMoved", Double(chosen.count)),
            ("backboneMoved", Double(chosen.filter { x.teachers[$0.teacher].backbone }.count)),
            ("eligibleTeachers", Double(x.teachers.indices.filter { x.isEligible(teacher: $0) }.count)),
            ("qualitySpreadBefore", spread(before)),
            ("qualitySpreadAfter", spread(quality)),
            ("yearlyCost", chosen.reduce(0) { $0 + $1.cost }),
            ("travelMinutes", chosen.reduce(0) { $0 + $1.minutes }),
        ]
    }
}
