import GLPK
import RotaplanDomain

extension Solution.Status {
    /// The status a solution file states for GLPK's answer (MODEL.md §8): optimal,
    /// feasible (with a gap), infeasible (unbounded cannot happen: every model here has a
    /// bounded objective), or no-solution within the limits.
    init(_ r: SolveResult) {
        switch r.status {
        case .optimal: self = .optimal
        case .feasible: self = .feasible
        case .infeasible, .unbounded: self = .infeasible
        case .noSolutionWithinTimeLimit, .stoppedWithoutSolution: self = .noSolution
        }
    }
}

extension Solution {
    /// The fields every solve fills the same way (MODEL.md §8): the status of GLPK's
    /// answer, the seconds spent (loading included), the model's size and, for a plan,
    /// its `objective` (the formula's value for the plan written), the bound (never above
    /// the objective: every problem minimises) and the relative gap (0 when proven
    /// optimal).
    init(_ problem: Problem, _ instance: Instance, _ result: SolveResult, _ model: Model, objective: Double?) {
        self.init(problem: problem, instance: instance.name, status: Status(result))
        seconds = result.seconds + result.loadSeconds
        let size = model.size
        self.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
        guard let objective else { return }
        self.objective = objective
        if let b = result.bestBound { bound = min(b, objective) }
        gap = result.termination == .optimal ? 0 : bound.map { abs(objective - $0) / max(1e-10, abs(objective)) }
    }
}
