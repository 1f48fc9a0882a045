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
    /// The greedy plan improved by local moves, as the optimiser's first incumbent: a
    /// lesson moves to another usable slot of its line when that saves a visit day (the
    /// teacher is already at that school that day, or at home), then incomplete lines get
    /// further lessons where a slot has come free, then an incomplete line moves to
    /// another qualified teacher when that lowers §6's objective; repeated until nothing
    /// changes (at most `rounds` times). Every move keeps every rule of §6. With a
    /// deadline, the moves stop when it passes (the plan so far keeps every rule).
    public static func improved(_ scope: WalkingScope, rounds: Int = 20,
                                until deadline: ContinuousClock.Instant? = nil,
                                cancellation: SolveCancellation? = nil) -> WalkingTimetable {
        var table = plan(scope)
        let x = scope.instance
        let clock = ContinuousClock()
        func late() -> Bool { cancellation?.isCancelled == true || (deadline.map { clock.now >= $0 } ?? false) }
        func cost(_ t: Int, _ l: Int, _ d: Int, in table: WalkingTimetable) -> Double {
            let s = x.walkingDemand[l].school
            return table.visits(t, s, d) ? 0 : scope.visitCost(t, s)
        }
        for _ in 0..<rounds {
            var changed = false
            for lesson in table.lessons.sorted(by: { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }) {
                if late() { return table }
                var trial = table
                trial.remove(lesson.teacher, lesson.slot)
                let now = cost(lesson.teacher, lesson.line, lesson.slot.day, in: trial)
                guard now > 0 else { continue }
                let better = scope.usableSlots(lesson.teacher, lesson.line).first { slot in
                    slot != lesson.slot && trial.obstacle(lesson.teacher, lesson.line, slot) == nil
                        && cost(lesson.teacher, lesson.line, slot.day, in: trial) < now - 1e-9
                }
                if let better {
                    trial.add(lesson.teacher, lesson.line, better)
                    table = trial
                    changed = true
                }
            }
            for l in scope.lines where (table.taught[l] ?? 0) < x.walkingDemand[l].periodsPerWeek {
                if late() { return table }
                let teachers = table.teacherOfLine[l].map { [$0] } ?? scope.candidates[l]
                for t in teachers {
                    while (table.taught[l] ?? 0) < x.walkingDemand[l].periodsPerWeek, let slot = nextSlot(table, t, l) {
                        table.add(t, l, slot)
                        changed = true
                    }
                    if table.teacherOfLine[l] != nil { break }
                }
            }
            // An incomplete line moves to another qualified teacher when the plan gets better.
            for l in scope.lines where (table.taught[l] ?? 0) < x.walkingDemand[l].periodsPerWeek {
                guard let t = table.teacherOfLine[l] else { continue }
                if late() { return table }
                let before = WalkingSolve.objective(scope, plan: table.lessons)
                for other in scope.candidates[l] where other != t {
                    var trial = table
                    for lesson in table.lessons where lesson.line == l { trial.remove(t, lesson.slot) }
                    while (trial.taught[l] ?? 0) < x.walkingDemand[l].periodsPerWeek, let slot = nextSlot(trial, other, l) {
                        trial.add(other, l, slot)
                    }
                    if WalkingSolve.objective(scope, plan: trial.lessons) < before - 1e-9 {
                        table = trial
                        changed = true
                        break
                    }
                }
            }
            // A whole line moves to another qualified teacher (or is re-placed by its own)
            // when that lowers §6's objective: this shares visit days between lines.
            for l in scope.lines {
                guard let t = table.teacherOfLine[l] else { continue }
                if late() { return table }
                if let better = reassigned(table, l, from: t) {
                    table = better
                    changed = true
                }
            }
            if !changed { break }
        }
        return table
    }

    /// The cost in §6's objective that depends on teacher t's week and on line l: t's
    /// visit days away from home and l's uncovered periods.
    static func localCost(_ table: WalkingTimetable, teachers: [Int], line l: Int) -> Double {
        let scope = table.scope, x = scope.instance
        var total = x.policy.weights.walking.uncovered * Double(max(0, x.walkingDemand[l].periodsPerWeek - (table.taught[l] ?? 0)))
        for t in Set(teachers).sorted() {
            var seen = Set<[Int]>()
            for (slot, line) in table.busy[t] ?? [:] {
                let s = x.walkingDemand[line].school
                if seen.insert([s, slot.day]).inserted { total += scope.visitCost(t, s) }
            }
        }
        return total
    }

    /// Line l taken from teacher t and given to the first qualified teacher (t included,
    /// lessons re-placed by ``nextSlot``) for whom §6's objective drops, or `nil`.
    static func reassigned(_ table: WalkingTimetable, _ l: Int, from t: Int) -> WalkingTimetable? {
        let h = table.scope.instance.walkingDemand[l].periodsPerWeek
        var without = table
        for lesson in table.lessons where lesson.line == l { without.remove(t, lesson.slot) }
        for other in table.scope.candidates[l] {
            let before = localCost(table, teachers: [t, other], line: l)
            var trial = without
            while (trial.taught[l] ?? 0) < h, let slot = nextSlot(trial, other, l) { trial.add(other, l, slot) }
            if localCost(trial, teachers: [t, other], line: l) < before - 1e-9 { return trial }
        }
        return nil
    }

    /// The greedy plan as a solution file (status `feasible`) with §6's objective.
    public static func run(_ x: Instance) throws -> Solution { try run(WalkingScope(x)).solution }

    /// The greedy plan of a scope as a solution file and as lessons (teacher, line, slot).
    public static func run(_ scope: WalkingScope) -> (solution: Solution, plan: WalkingModel.Plan) {
        let lessons = plan(scope).lessons.sorted { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }
        let objective = WalkingSolve.objective(scope, plan: lessons) + WalkingNear.outside(scope.instance, lines: Set(scope.lines))
        return (WalkingSolve.solution(scope, plan: lessons, objective: objective, status: .feasible), lessons)
    }
}
