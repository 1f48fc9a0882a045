import GLPK
import RotaplanDomain

/// Solving the exchange and turning GLPK's answer into a ``Solution`` (MODEL.md §8).
public enum ExchangeSolve {
    /// What a solve produced.
    public struct Outcome {
        public var solution: Solution
        public var result: SolveResult
        public var model: ExchangeModel
        /// For an infeasible instance: which rules cannot hold together, in the user's
        /// terms (from an elastic re-solve, MODEL.md §4 rule by rule).
        public var explanation: [String] = []
    }

    /// Re-solves with a penalised slack on every rule of §4.2–§4.7 and says which rules
    /// had to give way, and by how much: the smallest total violation that makes a plan
    /// possible.
    public static func explainInfeasibility(
        _ instance: Instance, formulation: ExchangeModel.Formulation = .aggregated, options: SolverOptions = SolverOptions()
    ) throws -> [String] {
        let elastic = try ExchangeModel(instance, formulation: formulation, elastic: true)
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

    public static func run(
        _ instance: Instance, formulation: ExchangeModel.Formulation = .aggregated,
        options: SolverOptions = SolverOptions(),
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        try solve(ExchangeModel(instance, formulation: formulation), options: options,
                  progress: progress, cancellation: cancellation)
    }

    /// Solves a model already built (e.g. after exporting it), so it is built once.
    public static func solve(
        _ built: ExchangeModel, options: SolverOptions = SolverOptions(),
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        let instance = built.instance, formulation = built.formulation
        let result = try built.model.solve(options: options, progress: progress, cancellation: cancellation)
        let values = result.hasSolution ? built.tightened(result.values) : []
        var solution = Solution(.exchange, instance, result, built.model,
                                objective: result.hasSolution ? built.model.objectiveValue(values) : nil)
        if result.hasSolution {
            let chosen = built.chosenMoves(values)
            solution.exchanges = chosen.map {
                Solution.Exchange(teacher: instance.teachers[$0.teacher].id.rawValue,
                                  from: instance.schools[instance.teachers[$0.teacher].school].id.rawValue,
                                  to: instance.schools[$0.to].id.rawValue)
            }
            solution.metrics = metrics(instance, chosen)
        }
        var outcome = Outcome(solution: solution, result: result, model: built)
        if solution.status == .infeasible {
            outcome.explanation = try explainInfeasibility(instance, formulation: formulation, options: options)
        }
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
