import GLPK
import RotaplanDomain

/// The plan a careful principal would make by hand, as a baseline for the optimiser
/// (`rotaplan exchange --solver greedy`): group by group, the longest-serving eligible
/// teachers are swapped one for one with a teacher of the same subject at the nearest
/// other school of the group (backbone teachers first while the backbone share is short),
/// keeping every rule of §4 after each swap, until the group's volume is met. Swaps keep
/// headcounts unchanged, so §4.5 holds for any tolerance. The objective is §4's formula
/// for the plan, evaluated on the same model the optimiser solves.
///
/// Pins (docs/pins.md) hold by construction: closed moves are not in the model the
/// greedy picks from, and every `must-move-to` move is taken first, each swapped with a
/// partner from the destination when one keeps the rules (else it stays one-way and the
/// checker may reject the plan: the baseline then has no plan, it never breaks a pin).
///
/// With `mentorReserve` (rule 4.8, §7 "Settled": the greedy plan of `plan` and its starts)
/// a swap is taken only when it keeps every reserved core's mentoring, so no start and
/// no baseline breaks 4.8.
public enum ExchangeGreedy {
    public static func run(_ x: Instance, mentorReserve: Bool = false) throws -> Solution {
        let built = try ExchangeModel(x, formulation: .plain, mentorReserve: mentorReserve)
        let chosen = choose(x, built)
        var solution = Solution(problem: .exchange, of: x, status: .feasible)
        let size = built.model.size
        solution.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
        // A pinned move the greedy could not take, or pins that contradict each other: no plan.
        let taken = Set(chosen.map { "\(built.moves[$0].teacher)|\(built.moves[$0].to)" })
        // A pinned move that breaks rule 4.8 (the swaps never do): no plan either.
        let breaksReserve = mentorReserve && !keepsMentorReserve(x, chosen.map { (built.moves[$0].teacher, built.moves[$0].to) })
        if built.pins.forced.contains(where: { !taken.contains("\($0.key)|\($0.value.school)") }) || !ExchangePins.conflicts(x).isEmpty
            || breaksReserve {
            solution.status = .noSolution
            return solution
        }
        var values = [Double](repeating: 0, count: built.model.variableCount)
        for i in chosen { values[built.moves[i].variable.index] = 1 }
        values = built.tightened(values)
        let plan = built.chosenMoves(values)
        solution.objective = built.model.objectiveValue(values)
        ExchangeSolve.describe(plan, of: x, in: &solution)
        return solution
    }

    /// The greedy plan as (teacher, destination) pairs, in the order chosen; a starting
    /// plan for the optimiser (``ExchangeModel/startValues(_:)``).
    public static func plan(_ x: Instance, mentorReserve: Bool = false) throws -> [(teacher: Int, to: Int)] {
        let built = try ExchangeModel(x, formulation: .plain, mentorReserve: mentorReserve)
        return choose(x, built).map { (built.moves[$0].teacher, built.moves[$0].to) }
    }

    /// Indices into `built.moves` of the greedy plan.
    private static func choose(_ x: Instance, _ built: ExchangeModel) -> [Int] {
        let p = x.policy.exchange
        // Allowed plain moves by (teacher, destination).
        var moveIndex: [Int: [Int: Int]] = [:]
        for (i, m) in built.moves.enumerated() { moveIndex[m.teacher, default: [:]][m.to] = i }
        var moved = Set<Int>()
        var chosen: [Int] = []  // move indices
        var subjectCount: [Int: [Subject: Int]] = [:]
        for teacher in x.teachers { subjectCount[teacher.school, default: [:]][teacher.subject, default: 0] += 1 }
        /// count_k(s) before any move: §4.6's floor is min(R, count_k(s)).
        let originalCount = subjectCount
        var spent = [Double](repeating: 0, count: x.groups.count)
        var coreBackboneOut = [Int](repeating: 0, count: x.groups.count)
        // Rule 4.8 (only with the reserve): Σ cap′ of subject k at each reserved core c now.
        var mentoring: [Int: [Subject: (now: Int, need: Int)]] = [:]
        if built.mentorReserve {
            for r in x.mentorReserves() where r.need > 0 { mentoring[r.core, default: [:]][r.subject] = (r.capacity, r.need) }
        }

        for (g, group) in x.groups.enumerated() {
            let eligible = built.facts.eligibleByGroup[g], need = built.facts.requiredMovers[g]
            let order = eligible.sorted {
                let a = x.teachers[$0], b = x.teachers[$1]
                return a.yearsAtSchool != b.yearsAtSchool ? a.yearsAtSchool > b.yearsAtSchool : $0 < $1
            }
            let coreBackbone = x.teachersBySchool[group.core].filter { x.teachers[$0].backbone }.count
            var movers = 0, backbone = 0

            func allowed(_ t: Int, _ to: Int) -> Int? { moveIndex[t]?[to] }
            /// Takes the move of t to `dest` into the plan.
            func take(_ t: Int, _ dest: Int) {
                moved.insert(t)
                chosen.append(allowed(t, dest)!)
                spent[g] += built.moves[allowed(t, dest)!].cost
                let teacher = x.teachers[t]
                if teacher.school == group.core && teacher.backbone { coreBackboneOut[g] += 1 }
                if teacher.backbone { backbone += 1 }
                subjectCount[teacher.school, default: [:]][teacher.subject, default: 0] -= 1
                subjectCount[dest, default: [:]][teacher.subject, default: 0] += 1
                let cap = x.mentorCapacity(ofTeacher: t)
                mentoring[teacher.school]?[teacher.subject]?.now -= cap
                mentoring[dest]?[teacher.subject]?.now += cap
                movers += 1
            }
            func keepsRules(_ pair: [(Int, Int)]) -> Bool {
                // §4.4 core protection, §4.6 subject floors, §4.7 budget after the swap.
                var out = coreBackboneOut[g], cost = spent[g]
                var delta: [Int: [Subject: Int]] = [:]
                var mentors: [Int: [Subject: Int]] = [:]
                for (t, to) in pair {
                    let teacher = x.teachers[t]
                    let cap = x.mentorCapacity(ofTeacher: t)
                    mentors[teacher.school, default: [:]][teacher.subject, default: 0] -= cap
                    mentors[to, default: [:]][teacher.subject, default: 0] += cap
                    if teacher.school == group.core && teacher.backbone { out += 1 }
                    cost += built.moves[allowed(t, to)!].cost
                    delta[teacher.school, default: [:]][teacher.subject, default: 0] -= 1
                    delta[to, default: [:]][teacher.subject, default: 0] += 1
                }
                if Double(out) > p.maxCoreBackboneOutShare * Double(coreBackbone) + 1e-9 { return false }
                if let budget = x.policy.cost.budgetPerGroup, cost > budget + 1e-9 { return false }
                for (c, bySubject) in mentors {
                    for (k, d) in bySubject where d < 0 {
                        if let m = mentoring[c]?[k], m.now + d < m.need { return false }
                    }
                }
                for (s, bySubject) in delta {
                    for (k, d) in bySubject where d < 0 {
                        let now = subjectCount[s]?[k] ?? 0
                        if let r = x.schools[s].required[k], now + d < min(r, originalCount[s]?[k] ?? 0) { return false }
                    }
                }
                return true
            }

            /// One swap: the longest-serving candidate (a backbone one if `backboneOnly`) with a
            /// partner at the nearest school (of the same subject if `sameSubject`).
            func swapOnce(backboneOnly: Bool, sameSubject: Bool) -> Bool {
                for a in order where !moved.contains(a) && (!backboneOnly || x.teachers[a].backbone) {
                    let home = x.teachers[a].school
                    let targets = (moveIndex[a] ?? [:]).keys.sorted {
                        let ta = x.travel.minutes(home, $0) ?? .infinity, tb = x.travel.minutes(home, $1) ?? .infinity
                        return ta != tb ? ta < tb : $0 < $1
                    }
                    for to in targets {
                        let partners = order.filter {
                            !moved.contains($0) && $0 != a && x.teachers[$0].school == to && allowed($0, home) != nil
                                && (!sameSubject || x.teachers[$0].subject == x.teachers[a].subject)
                        }
                        for b in partners where keepsRules([(a, to), (b, home)]) {
                            take(a, to)
                            take(b, home)
                            return true
                        }
                    }
                }
                return false
            }

            // Pinned moves first, each with a partner from its destination when one fits.
            for a in order where !moved.contains(a) {
                guard let dest = built.pins.forced[a]?.school, allowed(a, dest) != nil else { continue }
                take(a, dest)
                let home = x.teachers[a].school
                let partners = order.filter { !moved.contains($0) && x.teachers[$0].school == dest && allowed($0, home) != nil }
                    .sorted { (x.teachers[$0].subject == x.teachers[a].subject ? 0 : 1, $0) < (x.teachers[$1].subject == x.teachers[a].subject ? 0 : 1, $1) }
                if let b = partners.first(where: { keepsRules([($0, home)]) }) { take(b, home) }
            }

            // Until the volume is met and the backbone share holds.
            while movers < need || Double(backbone) < p.minBackboneShare * Double(movers) - 1e-9 {
                let volumeMet = movers >= need
                let backboneShort = Double(backbone + 1) < p.minBackboneShare * Double(movers + 2) - 1e-9
                // By hand: backbone teachers first while their share is short, same-subject
                // partners first; widen the search only when nothing fits.
                let attempts: [(Bool, Bool)] = volumeMet ? [(true, true), (true, false)]
                    : backboneShort ? [(true, true), (true, false), (false, true), (false, false)]
                    : [(false, true), (false, false)]
                guard attempts.contains(where: { swapOnce(backboneOnly: $0.0, sameSubject: $0.1) }) else { break }
            }
        }

        return chosen
    }
}
