import GLPK
import RotaplanDomain
import RotaplanText

/// When training has no plan because of the principal's pins (docs/pins.md), which pins:
/// those that cannot hold on their own (``TrainingPins/conflicts(_:)``), or else a
/// deletion filter over the training pins.
extension TrainingSolve {
    /// The outcome of a training whose pins cannot hold whatever the other hires do:
    /// infeasible, explained pin by pin, nothing solved. nil when there is no such pin.
    static func pinConflictOutcome(_ x: Instance) -> Outcome? {
        let conflicts = TrainingPins.conflicts(x)
        guard !conflicts.isEmpty else { return nil }
        var solution = Solution(problem: .training, of: x, status: .infeasible)
        solution.seconds = 0
        return Outcome(solution: solution, explanations: conflicts, parts: 0)
    }

    /// Explains an infeasible training. Without training pins, or when it is infeasible
    /// without them too, ``explainInfeasibility(_:formulation:options:)``. Otherwise a
    /// deletion filter finds a smallest set of pins that keeps it infeasible (each pin
    /// dropped in file order, kept only if training becomes feasible without it); the
    /// explanation names those pins, then what §5 cannot give with them. One feasibility
    /// solve per pin. Each sentence in English and Chinese.
    static func explain(_ x: Instance, formulation: TrainingModel.Formulation, options: SolverOptions) throws -> [Bilingual] {
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
        var culprits = mine
        var i = 0
        while i < culprits.count {
            var without = culprits
            without.remove(at: i)
            if try feasible(without) == false { culprits = without } else { i += 1 }
        }
        let one = culprits.count == 1
        var out = [Bilingual(
            en: "the pins make the training plan impossible (without \(one ? "it" : "them") a plan exists): "
                + culprits.map { x.pins[$0].label }.joined(separator: "; "),
            zh: "固定规则使首站式培育无可行方案（去掉\(one ? "该规则" : "这些规则")即有可行方案）："
                + culprits.map { x.pins[$0].labelZh }.joined(separator: "；"))]
        let rules = try explainInfeasibility(only(culprits), formulation: formulation, options: options)
        out += rules.map { $0.prefixed(en: "with \(one ? "this pin" : "these pins"): ", zh: "在\(one ? "该固定规则" : "这些固定规则")下：") }
        return out
    }
}
