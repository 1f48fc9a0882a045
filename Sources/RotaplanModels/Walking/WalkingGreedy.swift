import GLPK
import RotaplanDomain

/// The plan a careful principal would make by hand (`rotaplan walking --solver
/// greedy`), a baseline for the optimiser and its first incumbent: line by line in file
/// order, the first qualified teacher within reach (in file order) who can take all of
/// the line's periods gets it, else the one who can take most; each lesson goes to the
/// first usable slot that keeps every rule of §6, preferring a day the teacher is
/// already at that school (no extra visit).
public enum WalkingGreedy {
    public static func plan(_ scope: WalkingScope) -> WalkingTimetable {
        var table = WalkingTimetable(scope)
        let x = scope.instance
        for l in scope.lines {
            let h = x.walkingDemand[l].periodsPerWeek
            var best: (teacher: Int, table: WalkingTimetable, count: Int)?
            for t in scope.candidates[l] {
                var trial = table
                var count = 0
                while count < h, let slot = nextSlot(trial, t, l) {
                    trial.add(t, l, slot)
                    count += 1
                }
                if count > (best?.count ?? 0) { best = (t, trial, count) }
                if count == h { break }
            }
            if let best { table = best.table }
        }
        return table
    }

    /// The first usable slot for a lesson of l by t, preferring days t is already at l's school.
    static func nextSlot(_ table: WalkingTimetable, _ t: Int, _ l: Int) -> Slot? {
        let school = table.scope.instance.walkingDemand[l].school
        let open = table.scope.usableSlots(t, l).filter { table.obstacle(t, l, $0) == nil }
        let home = table.scope.instance.teachers[t].school
        return open.first { school == home || table.visits(t, school, $0.day) } ?? open.first
    }
}

extension WalkingGreedy {
    /// The greedy plan as a solution file (status `feasible`) with §6's objective.
    public static func run(_ x: Instance) throws -> Solution { try run(WalkingScope(x)).solution }

    /// The greedy plan of a scope as a solution file and as lessons (teacher, line, slot).
    public static func run(_ scope: WalkingScope) -> (solution: Solution, plan: WalkingModel.Plan) {
        let lessons = plan(scope).lessons.sorted { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }
        let objective = WalkingSolve.objective(scope, plan: lessons)
        return (WalkingSolve.solution(scope, plan: lessons, objective: objective, status: .feasible), lessons)
    }
}
