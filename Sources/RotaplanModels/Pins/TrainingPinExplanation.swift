import GLPK
import RotaplanDomain

/// When training has no plan because of the principal's pins (docs/pins.md), which pins:
/// those that cannot hold on their own (``TrainingPins/conflicts(_:)``), or else a
/// deletion filter over the training pins.
extension TrainingSolve {
    /// The outcome of a training whose pins cannot hold whatever the other hires do:
    /// infeasible, explained pin by pin, nothing solved. nil when there is no such pin.
    static func pinConflictOutcome(_ x: Instance) -> Outcome? {
        let conflicts = TrainingPins.conflicts(x)
        return unsolved(.training, x, conflicts).map { Outcome(solution: $0, explanations: conflicts, parts: 0) }
    }

    /// Explains an infeasible training. Without training pins, or when it is infeasible
    /// without them too, ``explainInfeasibility(_:formulation:options:)``. Otherwise a
    /// deletion filter finds a smallest set of pins that keeps it infeasible (each pin
    /// dropped in file order, kept only if training becomes feasible without it); the
    /// explanation names those pins, then what §5 cannot give with them. One feasibility
    /// solve per pin. Each sentence in English and Chinese.
    static func explain(_ x: Instance, formulation: TrainingModel.Formulation, options: SolverOptions) throws -> [StageExplanation] {
        let mine = x.pins.indices.filter { x.pins[$0].problem == .training }
        guard !mine.isEmpty else { return try explainInfeasibility(x, formulation: formulation, options: options) }
        func only(_ kept: [Int]) -> Instance {
            var y = x
            let keptSet = Set(kept)
            y.pins = x.pins.indices.filter { x.pins[$0].problem != .training || keptSet.contains($0) }.map { x.pins[$0] }
            return y
        }
        var o = options
        o.relativeGap = 0
        o.timeLimit = min(options.timeLimit ?? 20, 20)
        func feasible(_ kept: [Int]) throws -> Bool? {
            // Feasibility only: the first plan found ends the search (objective 0).
            var m = try TrainingModel(only(kept), formulation: formulation).model
            try m.minimize(LinearExpression())
            let r = try m.solve(options: o)
            if r.hasSolution { return true }
            return r.termination == .infeasible ? false : nil
        }
        guard try feasible([]) == true else { return try explainInfeasibility(x, formulation: formulation, options: options) }
        let culprits = try deletionFilter(mine, feasible: feasible)
        return try blockedBy(culprits) { try explainInfeasibility(only(culprits), formulation: formulation, options: options) }
    }
}
