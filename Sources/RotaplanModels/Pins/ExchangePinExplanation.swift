import GLPK
import RotaplanDomain
import RotaplanText

/// When the exchange has no plan because of the principal's pins (docs/pins.md), which
/// pins: the pins that cannot hold on their own (``ExchangePins/conflicts(_:)``), or else
/// a deletion filter over the pins of an infeasible part.
extension ExchangeSolve {
    /// The outcome of an exchange whose pins cannot hold whatever the rest of the plan
    /// does: infeasible, explained pin by pin, nothing solved. nil when there is no such pin.
    static func pinConflictOutcome(_ x: Instance) -> Outcome? {
        let conflicts = ExchangePins.conflicts(x)
        guard !conflicts.isEmpty else { return nil }
        var solution = Solution(problem: .exchange, of: x, status: .infeasible)
        solution.seconds = 0
        return Outcome(solution: solution, explanations: conflicts)
    }

    /// Explains an infeasible part. Without exchange pins of the part's teachers, or when
    /// the part is infeasible without them too, the elastic re-solve of §4's rules
    /// (``explainInfeasibility(_:formulation:part:options:)``). Otherwise a deletion
    /// filter finds a smallest set of pins that still makes the part infeasible (each pin
    /// dropped in file order, kept only if the part becomes feasible without it); the
    /// explanation names those pins, then the rules of §4 they push out of reach (the
    /// elastic re-solve with only those pins). Costs one feasibility solve per pin.
    static func explainPart(_ x: Instance, formulation: ExchangeModel.Formulation, part: ExchangeParts.Part,
                            options: SolverOptions) throws -> [Bilingual] {
        let groups = Set(part.groups)
        func inPart(_ pin: Pin) -> Bool {
            guard pin.problem == .exchange, let t = pin.teacher, let g = x.schools[x.teachers[t].school].group else { return false }
            return groups.contains(g)
        }
        let mine = x.pins.indices.filter { inPart(x.pins[$0]) }
        guard !mine.isEmpty else { return try explainInfeasibility(x, formulation: formulation, part: part, options: options) }
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
            var m = try ExchangeModel(y, formulation: formulation, part: part).model
            try m.minimize(LinearExpression())
            let r = try m.solve(options: o)
            if r.hasSolution { return true }
            return r.termination == .infeasible ? false : nil
        }
        guard try feasible([]) == true else { return try explainInfeasibility(x, formulation: formulation, part: part, options: options) }
        var culprits = mine
        var i = 0
        while i < culprits.count {
            var without = culprits
            without.remove(at: i)
            if try feasible(without) == false { culprits = without } else { i += 1 }
        }
        let groupNames = part.groups.map { x.groups[$0].id.rawValue }
        let whose = groupNames.count == 1 ? "group \(groupNames[0])" : "groups \(groupNames.joined(separator: ", "))"
        var out = [Bilingual(
            en: "the pins make the exchange of \(whose) impossible (without \(culprits.count == 1 ? "it" : "them") a plan exists): "
                + culprits.map { x.pins[$0].label }.joined(separator: "; "),
            zh: "固定规则使集团 \(groupNames.joined(separator: "、")) 的交流轮岗无法实现（去掉后即有可行方案）："
                + culprits.map { x.pins[$0].labelZh }.joined(separator: "；"))]
        let rules = try explainInfeasibility(only(culprits), formulation: formulation, part: part, options: options)
        out += rules.map { $0.prefixed(en: "with \(culprits.count == 1 ? "this pin" : "these pins"): ", zh: "在上述固定规则下：") }
        return out
    }
}
