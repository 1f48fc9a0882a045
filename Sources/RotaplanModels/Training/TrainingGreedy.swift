import GLPK
import RotaplanDomain

/// The plan a personnel office would make by hand, as a baseline for the optimiser
/// (`rotaplan training --solver greedy`): each hire in id order goes to the first host
/// (group order) where the first mentor in id order with free capacity works, and to the
/// first school of the host's group, in the hire's preference order and then in file
/// order, with a vacancy of the hire's subject still open, after the shortest training
/// that keeps §5 rule 4 in every year. A hire that fits nowhere leaves the plan
/// incomplete (status no-solution). Pins hold by construction: pinned hires are placed
/// first, with their pinned mentor and only at schools their pins allow. The objective is §5's formula for the plan, evaluated
/// on the same model the optimiser solves.
public enum TrainingGreedy {
    /// The baseline plan (status feasible), or status no-solution when a hire fits nowhere.
    public static func run(_ x: Instance) throws -> Solution { try plan(x).solution }

    /// The baseline plan and the hires it could not place, in the order it tried them
    /// (then the solution has status no-solution and no placements).
    public static func plan(_ x: Instance) throws -> (solution: Solution, unplaced: [Int]) {
        let built = try TrainingModel(x, formulation: .plain)
        if !TrainingPins.conflicts(x).isEmpty {
            // Pins that cannot hold (docs/pins.md): no plan, every hire unplaced.
            var solution = Solution(problem: .training, of: x, status: .noSolution)
            let size = built.model.size
            solution.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
            return (solution, Array(x.newHires.indices))
        }
        let maxYears = x.policy.training.maxYears
        var load = [Int](repeating: 0, count: x.teachers.count)
        // arrivals[s][k][L]: hires of subject k placed at s after L years.
        var arrivals: [Int: [Subject: [Int]]] = [:]
        var plans: [TrainingModel.Plan] = []
        var unplaced: [Int] = []

        /// Whether one more hire of subject k can arrive at s after L years (rule 4, every Y ≥ L).
        func fits(_ s: Int, _ k: Subject, _ years: Int) -> Bool {
            let a = arrivals[s]?[k] ?? [Int](repeating: 0, count: maxYears + 1)
            var arrived = 0
            for y in stride(from: 1, through: maxYears, by: 1) {
                arrived += a[y] + (y == years ? 1 : 0)
                if y >= years && arrived > built.openBy(s, k, year: y) { return false }
            }
            return true
        }

        // Hires with pins first, so that a pinned mentor's capacity and a pinned school's
        // vacancy go to them (docs/pins.md).
        let pins = built.pins
        let pinned = Set(x.pins(of: .training).compactMap(\.newHire))
        let hireOrder = x.newHires.indices.filter { pinned.contains($0) } + x.newHires.indices.filter { !pinned.contains($0) }
        for n in hireOrder {
            let hire = x.newHires[n]
            let lo = TrainingModel.shortest(ofHire: n, in: x)
            var placed = false
            for c in TrainingModel.hosts(ofHire: n, in: x) where !placed && lo <= maxYears && pins.allows(n, host: c, in: x) {
                let named = pins.mentor[n]?.teacher
                guard let mentor = x.teachersBySchool[c].first(where: { t in
                    x.teachers[t].subject == hire.subject && load[t] < x.mentorCapacity(ofTeacher: t) && (named == nil || named == t)
                }) else { continue }
                let members = x.groups[x.schools[c].group!].members.filter { pins.allows(n, destination: $0) }
                let order = hire.preferences.filter { members.contains($0) } + members.filter { !hire.preferences.contains($0) }
                search: for s in order {
                    for years in lo...maxYears where fits(s, hire.subject, years) {
                        load[mentor] += 1
                        var a = arrivals[s]?[hire.subject] ?? [Int](repeating: 0, count: maxYears + 1)
                        a[years] += 1
                        arrivals[s, default: [:]][hire.subject] = a
                        plans.append(.init(hire: n, host: c, mentor: mentor, years: years, school: s))
                        placed = true
                        break search
                    }
                }
            }
            if !placed { unplaced.append(n) }
        }

        plans.sort { $0.hire < $1.hire }
        var solution = Solution(problem: .training, of: x, status: unplaced.isEmpty ? .feasible : .noSolution)
        let size = built.model.size
        solution.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
        guard unplaced.isEmpty else { return (solution, unplaced) }
        solution.objective = built.model.objectiveValue(built.values(for: plans))
        solution.placements = TrainingSolve.placements(x, plans)
        solution.metrics = TrainingSolve.metrics(x, plans)
        return (solution, [])
    }
}
