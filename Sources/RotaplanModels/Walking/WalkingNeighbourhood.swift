import GLPK
import RotaplanDomain

/// Large-neighbourhood search on one part (docs/walking.md, "The strong formulation",
/// 7): a few teachers' weeks are re-solved by GLPK with every other teacher's lessons
/// fixed, and kept when §6's objective drops. It only finds plans; it proves nothing.
///
/// The sub-problem is a ``WalkingModel`` of a smaller scope: the group's teachers, the
/// lines they teach or that nobody teaches yet and one of them may serve, and each of
/// those lines' slots A(l) without the slots where the class already has a lesson of a
/// fixed line (rule 4). Rules 1, 3, 5–8 concern one line or one teacher's week, and the
/// group's weeks and lines are wholly inside the sub-problem, so every plan it returns,
/// joined to the fixed lessons, keeps every rule of §6. Lines taught by a teacher outside
/// the group stay with that teacher.
enum WalkingNeighbourhood {
    /// Teachers re-solved together.
    static let size = 6

    /// `plan` (lessons of `scope`'s lines) improved until `deadline`, or until a round finds
    /// nothing. A round tries the groups of ``classGroups(_:_:)`` (lines with uncovered
    /// periods and the teachers holding their class's slots), then one neighbourhood per
    /// teacher, those who may serve uncovered lines first. Each sub-problem gets at most
    /// `perSolve` seconds (without limit when `perSolve` is nil).
    static func improve(_ scope: WalkingScope, plan: WalkingModel.Plan, options: SolverOptions, perSolve: Double?,
                        until deadline: ContinuousClock.Instant?, cancellation: SolveCancellation? = nil) throws -> WalkingModel.Plan {
        let clock = ContinuousClock()
        let teachers = scope.teachers.filter { !scope.linesOfTeacher[$0].isEmpty }
        guard teachers.count > 1 else { return plan }
        var plan = plan
        var queue: [[Int]] = []
        var round = 0, improvedInRound = true
        while true {
            if queue.isEmpty {
                guard improvedInRound else { break }
                improvedInRound = false
                var seen = Set<[Int]>()
                queue = (classGroups(scope, plan) + uncoveredFirst(scope, teachers, plan).map { neighbourhood(scope, of: $0, round: round) })
                    .filter { seen.insert($0).inserted }
                round += 1
            }
            let left = deadline.map { WalkingSolve.seconds($0 - clock.now) } ?? .infinity
            guard left > 0.05, cancellation?.isCancelled != true else { break }
            let group = queue.removeFirst()
            var o = options
            o.timeLimit = perSolve.map { min($0, left) } ?? (left.isFinite ? left : nil)
            o.progressInterval = 3600
            if let better = try resolve(scope, plan: plan, group: group, options: o, cancellation: cancellation) {
                plan = better
                improvedInRound = true
            }
        }
        return plan
    }

    /// For each line with uncovered periods that a teacher may serve: up to three of its
    /// qualified teachers with up to three teachers who teach other lines of its class in
    /// `plan` — their lessons hold the class's slots (rule 4), so moving them can make room.
    static func classGroups(_ scope: WalkingScope, _ plan: WalkingModel.Plan) -> [[Int]] {
        let x = scope.instance
        var taught: [Int: Int] = [:]
        var teachersOfClass: [String: [Int]] = [:]
        func key(_ l: Int) -> String { "\(x.walkingDemand[l].school)|\(x.walkingDemand[l].className)" }
        for lesson in plan.sorted(by: { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }) {
            taught[lesson.line, default: 0] += 1
            if !(teachersOfClass[key(lesson.line)] ?? []).contains(lesson.teacher) {
                teachersOfClass[key(lesson.line), default: []].append(lesson.teacher)
            }
        }
        return scope.lines.compactMap { l in
            guard !scope.candidates[l].isEmpty, (taught[l] ?? 0) < x.walkingDemand[l].periodsPerWeek else { return nil }
            let near = Array(scope.candidates[l].prefix(size / 2))
            let holders = (teachersOfClass[key(l)] ?? []).filter { !near.contains($0) }.prefix(size - near.count)
            return Set(near + holders).sorted()
        }
    }

    /// `plan` with the weeks of `group` re-solved, or nil when that does not lower §6's objective.
    static func resolve(_ scope: WalkingScope, plan: WalkingModel.Plan, group: [Int], options: SolverOptions,
                        cancellation: SolveCancellation?) throws -> WalkingModel.Plan? {
        let x = scope.instance
        let free = Set(group)
        var teacherOf: [Int: Int] = [:]
        var classBusy: [String: Set<Slot>] = [:]
        func key(_ l: Int) -> String { "\(x.walkingDemand[l].school)|\(x.walkingDemand[l].className)" }
        for lesson in plan {
            teacherOf[lesson.line] = lesson.teacher
            if !free.contains(lesson.teacher) { classBusy[key(lesson.line), default: []].insert(lesson.slot) }
        }
        let lines = scope.lines.filter { l in
            if let t = teacherOf[l] { return free.contains(t) }
            return scope.candidates[l].contains { free.contains($0) }
        }
        guard !lines.isEmpty else { return nil }
        var sub = x
        for l in lines {
            if let busy = classBusy[key(l)] { sub.walkingDemand[l].slots.removeAll { busy.contains($0) } }
        }
        let model = try WalkingModel(WalkingScope(sub, teachers: group, lines: lines))
        let mine = plan.filter { free.contains($0.teacher) }
        let start = model.values(of: mine)
        let before = model.model.objectiveValue(start)
        let r = try model.model.solve(options: options, start: start, cancellation: cancellation)
        guard r.hasSolution else { return nil }
        let values = model.tightened(r.values)
        guard model.model.objectiveValue(values) < before - 1e-6 else { return nil }
        return plan.filter { !free.contains($0.teacher) } + model.plan(values)
    }

    /// Whether some line that a teacher of `scope` may serve has uncovered periods in `plan`.
    static func leavesDemandUncovered(_ scope: WalkingScope, _ plan: WalkingModel.Plan) -> Bool {
        var taught: [Int: Int] = [:]
        for lesson in plan { taught[lesson.line, default: 0] += 1 }
        return scope.lines.contains { !scope.candidates[$0].isEmpty && (taught[$0] ?? 0) < scope.instance.walkingDemand[$0].periodsPerWeek }
    }

    /// The teachers who may serve a line with uncovered periods first (covering demand is
    /// worth most, §6 objective), then the others; each in instance order.
    static func uncoveredFirst(_ scope: WalkingScope, _ teachers: [Int], _ plan: WalkingModel.Plan) -> [Int] {
        var taught: [Int: Int] = [:]
        for lesson in plan { taught[lesson.line, default: 0] += 1 }
        var wanted = Set<Int>()
        for l in scope.lines where (taught[l] ?? 0) < scope.instance.walkingDemand[l].periodsPerWeek {
            wanted.formUnion(scope.candidates[l])
        }
        return teachers.filter { wanted.contains($0) } + teachers.filter { !wanted.contains($0) }
    }

    /// Teacher t and `size − 1` other teachers, nearest first in the graph where two
    /// teachers are joined when they may serve a common line: t's direct neighbours ranked
    /// by lines shared (ties: instance order), then theirs, and so on. Round r takes the
    /// ranks from r·(size − 1) on, cyclically, so successive rounds pair t with different
    /// teachers; the second ring lets a teacher's line go to a neighbour whose own line
    /// goes further on.
    static func neighbourhood(_ scope: WalkingScope, of t: Int, round: Int) -> [Int] {
        func ranked(_ u: Int) -> [Int] {
            var shared: [Int: Int] = [:]
            for l in scope.linesOfTeacher[u] { for other in scope.candidates[l] where other != u { shared[other, default: 0] += 1 } }
            return shared.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        }
        var seen: Set<Int> = [t]
        var order: [Int] = []
        var ring = [t]
        while !ring.isEmpty && order.count < 4 * size {
            var next: [Int] = []
            for u in ring { for w in ranked(u) where seen.insert(w).inserted { next.append(w) } }
            order += next
            ring = next
        }
        guard !order.isEmpty else { return [t] }
        let n = min(size - 1, order.count)
        let from = (round * (size - 1)) % order.count
        return ([t] + (0..<n).map { order[(from + $0) % order.count] }).sorted()
    }
}
