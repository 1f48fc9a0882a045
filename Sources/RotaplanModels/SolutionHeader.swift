import GLPK
import RotaplanDomain
import RotaplanFormats

/// A model whose objective can fall without limit. Every model here is bounded for a
/// valid instance (the weights that would unbind one are input errors,
/// `RotaplanFormats/Loading/BoundedWeights.swift`), so this is a bug, not an answer: it is
/// never written as "infeasible" (which would be false) and the command reports an
/// internal error.
public struct UnboundedModel: Error, Sendable, CustomStringConvertible {
    public var problem: Solution.Problem
    public var description: String {
        "the \(problem.rawValue) model is unbounded (its objective can fall without limit): no plan is optimal. "
            + "The instance's weights should have prevented this (docs/instance-format.md, §3.3 Weights); please report it with the instance"
    }
}

extension Solution.Status {
    /// The status a solution file states for GLPK's answer (MODEL.md §8): optimal,
    /// feasible (with a gap), infeasible, or no-solution within the limits. An unbounded
    /// model is none of these: it throws ``UnboundedModel``.
    init(_ r: SolveResult, problem: Solution.Problem) throws(UnboundedModel) {
        switch r.status {
        case .optimal: self = .optimal
        case .feasible: self = .feasible
        case .infeasible: self = .infeasible
        case .unbounded: throw UnboundedModel(problem: problem)
        case .noSolutionWithinTimeLimit, .stoppedWithoutSolution, .tooLarge: self = .noSolution
        }
    }
}

extension Solution {
    /// The fields every solve fills the same way (MODEL.md §8): the status of GLPK's
    /// answer, the seconds spent (loading included), the model's size and, for a plan,
    /// its `objective` (the formula's value for the plan written), the bound (never above
    /// the objective: every problem minimises) and the relative gap (0 when proven
    /// optimal).
    init(_ problem: Problem, _ instance: Instance, _ result: SolveResult, _ model: Model, objective: Double?) throws(UnboundedModel) {
        self.init(problem: problem, of: instance, status: try Status(result, problem: problem))
        seconds = result.seconds + result.loadSeconds
        let size = model.size
        self.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
        guard let objective else { return }
        self.objective = objective
        if let b = result.bestBound { bound = min(b, objective) }
        gap = result.termination == .optimal ? 0 : bound.map { abs(objective - $0) / max(1e-10, abs(objective)) }
    }
}
