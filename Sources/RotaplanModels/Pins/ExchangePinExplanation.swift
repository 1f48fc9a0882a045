import GLPK
import RotaplanDomain

/// When the exchange has no plan because of the principal's pins (docs/pins.md), which
/// pins: the pins that cannot hold on their own (``ExchangePins/conflicts(_:)``), or else
/// a deletion filter over the pins of an infeasible part.
extension ExchangeSolve {
    /// The outcome of an exchange whose pins cannot hold whatever the rest of the plan
    /// does: infeasible, explained pin by pin, nothing solved. nil when there is no such pin.
    static func pinConflictOutcome(_ x: Instance) -> Outcome? {
        let conflicts = ExchangePins.conflicts(x)
        return unsolved(.exchange, x, conflicts).map { Outcome(solution: $0, explanations: conflicts) }
    }

    /// Explains an infeasible part. Without exchange pins of the part's teachers, or when
    /// the part is infeasible without them too, the elastic re-solve of §4's rules
    /// (``explainInfeasibility(_:formulation:part:options:)``). Otherwise a deletion
    /// filter finds a smallest set of pins that still makes the part infeasible (each pin
    /// dropped in file order, kept only if the part becomes feasible without it); the
    /// explanation names those pins, then the rules of §4 they push out of reach (the
    /// elastic re-solve with only those pins). Costs one feasibility solve per pin.
    static func explainPart(_ x: Instance, formulation: ExchangeModel.Formulation, part: ExchangeParts.Part,
                            options: SolverOptions, mentorReserve: Bool = false) throws -> [StageExplanation] {
        let groups = Set(part.groups)
        func inPart(_ pin: Pin) -> Bool {
            guard pin.problem == .exchange, let t = pin.teacher, let g = x.schools[x.teachers[t].school].group else { return false }
            return groups.contains(g)
        }
        let mine = x.pins.indices.filter { inPart(x.pins[$0]) }
        guard !mine.isEmpty else {
            return try explainInfeasibility(x, formulation: formulation, part: part, options: options, mentorReserve: mentorReserve)
        }
        var o = options
        o.relativeGap = 0
        o.timeLimit = min(options.timeLimit ?? 20, 20)
        /// x with the part's pins reduced to `kept` (indices into x.pins).
        func only(_ kept: [Int]) -> Instance {
            var y = x
            let keptSet = Set(kept)
            y.pins = x.pins.indices.filter { !inPart(x.pins[$0]) || keptSet.contains($0) }.map { x.pins[$0] }
            return y
        }
        func feasible(_ kept: [Int]) throws -> Bool? {
            let y = only(kept)
            // Feasibility only: the first plan found ends the search (objective 0).
            var m = try ExchangeModel(y, formulation: formulation, part: part, mentorReserve: mentorReserve).model
            try m.minimize(LinearExpression())
            let r = try m.solve(options: o)
            if r.hasSolution { return true }
            return r.termination == .infeasible ? false : nil
        }
        guard try feasible([]) == true else {
            return try explainInfeasibility(x, formulation: formulation, part: part, options: options, mentorReserve: mentorReserve)
        }
        let culprits = try deletionFilter(mine, feasible: feasible)
        return try blockedBy(culprits, groups: part.groups) {
            try explainInfeasibility(only(culprits), formulation: formulation, part: part, options: options, mentorReserve: mentorReserve)
        }
    }
}
