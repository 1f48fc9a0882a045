import RotaplanDomain

/// The change terms of MODEL.md §12, recomputed from the instance's previous plan
/// (`check --near PREVIOUS.json`) and the solution's own lists, without the models:
/// - exchange: change · (|P \ N| + |N \ P|), P the previous moves and N the plan's (a
///   previous move no plan can make is in P \ N);
/// - training: change · Σ over previous placements of [mentor differs] + [destination or
///   years differ], 2 for a hire gone or not placed;
/// - walking: change · |previous lessons the plan does not repeat| (lessons matched by
///   school, class and canonical subject).
/// Without `--near`, a solution solved near a previous plan is checked on its rules and
/// its objective is not comparable (``CheckReport/nearNotComparable``).
enum NearCheck {
    /// Adds the term to the recomputed objective of a single problem's solution, or marks
    /// the objective as not comparable.
    static func apply(_ solution: Solution, _ x: Instance, to report: inout CheckReport) {
        guard let near = x.near else {
            report.nearNotComparable = solution.near != nil
            return
        }
        guard solution.problem != .plan, let value = report.recomputedObjective else { return }
        let change = term(solution, x, near)
        report.recomputedObjective = value + change
        report.recomputedTerms[solution.problem]?.append(ObjectiveTerm(ObjectiveTerms.change, change))
    }

    /// The change term of `solution`'s problem.
    static func term(_ solution: Solution, _ x: Instance, _ near: Near) -> Double {
        let w = x.policy.weights
        switch solution.problem {
        case .exchange:
            guard let before = near.moves else { return 0 }
            let after = Set(solution.exchanges.map { Near.Move(teacher: $0.teacher, to: $0.to) })
            return w.exchange.change * Double(before.subtracting(after).count + after.subtracting(before).count)
        case .training:
            guard let before = near.placements else { return 0 }
            var placed: [String: Solution.Placement] = [:]
            for p in solution.placements where placed[p.newHire] == nil { placed[p.newHire] = p }
            let hires = Set(x.newHires.map(\.id.rawValue))
            var count = 0
            for (hire, b) in before {
                guard hires.contains(hire), let p = placed[hire] else { count += 2; continue }
                if p.mentor != b.mentor { count += 1 }
                if p.destination != b.destination || p.years != b.years { count += 1 }
            }
            return w.training.change * Double(count)
        case .walking:
            guard let before = near.lessons else { return 0 }
            let after = Set(solution.lessons.map(Near.canonical))
            return w.walking.change * Double(before.subtracting(after).count)
        case .plan:
            return 0
        }
    }
}
