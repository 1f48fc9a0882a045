import GLPK
import RotaplanDomain

/// Solving first-station training and turning GLPK's answer into a ``Solution`` (MODEL.md §8).
public enum TrainingSolve {
    /// Hires that can share nothing — no host, hence no mentor, destination or vacancy —
    /// are independent: §5's model is block-diagonal with one block per set of group
    /// cores linked by district hires. Returns each block's hires in id order, blocks in
    /// order of their first hire. O(hires · hosts).
    public static func blocks(_ x: Instance) -> [[Int]] {
        var sets = DisjointSets(count: x.schools.count)
        let hosts = x.newHires.indices.map { TrainingModel.hosts(ofHire: $0, in: x) }
        for h in hosts { for c in h.dropFirst() { sets.union(c, h[0]) } }
        var index: [Int: Int] = [:]
        var out: [[Int]] = []
        for n in x.newHires.indices {
            // A hire without host is a block of its own (infeasible, explained).
            let key = hosts[n].first.map { sets.find($0) } ?? -1 - n
            if let b = index[key] { out[b].append(n) } else {
                index[key] = out.count
                out.append([n])
            }
        }
        return out
    }

    /// Solves §5 block by block (``blocks(_:)``), each block a ``TrainingModel`` of its own
    /// hires, and merges the plans: the same optimum as one model, found faster because
    /// GLPK's simplex grows faster than linearly with the model. A time limit is shared
    /// by the blocks in order. With `decompose: false`, one model of every hire. The
    /// instance's pins (docs/pins.md) hold in every plan; pins that cannot hold are the
    /// explanation. With `partialPlan` (what the solving commands and the pipeline ask
    /// for), an infeasible §5 still gets the plan that places every hire who can be placed
    /// (``withPartialPlan(_:_:formulation:options:)``, docs/training.md "Partial plans").
    public static func run(
        _ instance: Instance, formulation: TrainingModel.Formulation = .aggregated,
        options: SolverOptions = SolverOptions(), decompose: Bool = true, partialPlan: Bool = false,
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        if let pinned = pinConflictOutcome(instance) { return pinned }
        let blocks = decompose ? Self.blocks(instance) : []
        guard blocks.count > 1 else {
            return try solve(TrainingModel(instance, formulation: formulation), options: options, partialPlan: partialPlan,
                             progress: progress, cancellation: cancellation)
        }
        let all = Set(instance.newHires.indices)
        var plans: [TrainingModel.Plan] = []
        var objective = 0.0, bound: Double? = 0, seconds = 0.0
        var size = Solution.Size()
        var status = Solution.Status.optimal
        for block in blocks {
            let built = try TrainingModel(instance, formulation: formulation, excluding: all.subtracting(block))
            let m = built.model.size
            size = .init(rows: size.rows + m.rows, columns: size.columns + m.columns,
                         nonzeros: size.nonzeros + m.nonzeros, integers: size.integers + m.integers)
            // Once a block has no plan, the others are only counted (the model's size).
            guard status == .optimal || status == .feasible else { continue }
            var o = options
            if let limit = options.timeLimit {
                o.timeLimit = limit - seconds
                guard o.timeLimit! > 0 else { status = .noSolution; continue }
            }
            let r = try built.model.solve(options: o, progress: progress, cancellation: cancellation)
            seconds += r.seconds + r.loadSeconds
            let blockStatus = try Solution.Status(r, problem: .training)
            if blockStatus == .infeasible || blockStatus == .noSolution {
                status = blockStatus
                continue
            }
            if blockStatus == .feasible { status = .feasible }
            let values = built.rounded(r.values)
            let value = built.model.objectiveValue(values)
            objective += value
            bound = bound.flatMap { b in r.termination == .optimal ? b + value : r.bestBound.map { b + min($0, value) } }
            plans += built.chosenPlans(values)
        }
        var solution = Solution(problem: .training, of: instance, status: status)
        solution.seconds = seconds
        solution.model = size
        if status == .optimal || status == .feasible {
            solution.objective = objective
            solution.bound = bound
            solution.gap = status == .optimal ? 0 : bound.map { abs(objective - $0) / max(1e-10, abs(objective)) }
            plans.sort { $0.hire < $1.hire }
            solution.placements = placements(instance, plans)
            solution.metrics = metrics(instance, plans)
        }
        return try explainInfeasible(Outcome(solution: solution, parts: blocks.count), instance, formulation: formulation,
                                     options: options, partialPlan: partialPlan)
    }

    /// Solves one model already built (e.g. after exporting it).
    public static func solve(
        _ built: TrainingModel, options: SolverOptions = SolverOptions(), partialPlan: Bool = false,
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        let instance = built.instance
        let result = try built.model.solve(options: options, progress: progress, cancellation: cancellation)
        let values = result.hasSolution ? built.rounded(result.values) : []
        var solution = try Solution(.training, instance, result, built.model,
                                objective: result.hasSolution ? built.model.objectiveValue(values) : nil)
        if result.hasSolution {
            let plans = built.chosenPlans(values)
            solution.placements = placements(instance, plans)
            solution.metrics = metrics(instance, plans)
        }
        return try explainInfeasible(Outcome(solution: solution), instance, formulation: built.formulation, options: options,
                                     partialPlan: partialPlan)
    }

    /// Why an infeasible outcome has no plan; with `partialPlan`, first the partial plan
    /// that places every hire who can be placed, each hire left out named with the rule
    /// that stops them (``withPartialPlan(_:_:formulation:options:)``), then the reasons
    /// for the whole not said by those.
    static func explainInfeasible(_ outcome: Outcome, _ x: Instance, formulation: TrainingModel.Formulation,
                                  options: SolverOptions, partialPlan: Bool) throws -> Outcome {
        guard outcome.solution.status == .infeasible else { return outcome }
        var out = partialPlan ? try withPartialPlan(outcome, x, formulation: formulation, options: options) : outcome
        let whole = try explain(x, formulation: formulation, options: options)
        out.explanations += whole.filter { !out.explanations.contains($0) }
        return out
    }

    static func placements(_ x: Instance, _ plans: [TrainingModel.Plan]) -> [Solution.Placement] {
        plans.map {
            Solution.Placement(newHire: x.newHires[$0.hire].id.rawValue, host: x.schools[$0.host].id.rawValue,
                               mentor: x.teachers[$0.mentor].id.rawValue, years: $0.years,
                               destination: x.schools[$0.school].id.rawValue)
        }
    }

    /// Says why no plan exists, in the user's terms: first each hire that cannot be placed
    /// at all (minYears above training.maxYears, no host, no mentor, no vacancy); then,
    /// per group and subject, hires against places and mentor capacity; when these
    /// counts do not show it, an elastic re-solve with a penalised slack on every row of
    /// §5 rules 3 and 4 says which mentors and vacancies had to give way, and by how much.
    /// Each sentence in English and Chinese.
    public static func explainInfeasibility(
        _ instance: Instance, formulation: TrainingModel.Formulation = .aggregated, options: SolverOptions = SolverOptions()
    ) throws -> [StageExplanation] {
        let x = instance
        let plain = try TrainingModel(x, formulation: formulation)
        var out = plain.unplaceable.map(\.reason)
        let excluded = Set(plain.unplaceable.map(\.hire))
        out += countingReasons(x, excluding: excluded)
        if !out.isEmpty { return out }
        let elastic = try TrainingModel(x, formulation: formulation, elastic: true, excluding: excluded)
        var o = options
        o.timeLimit = options.timeLimit ?? 60
        let r = try elastic.model.solve(options: o)
        guard r.hasSolution else {
            return [Finding(.trainingModel, .notExplained, amounts: [Amount(.limit, Int(o.timeLimit!))])]
        }
        var total: [String: Double] = [:]
        var order: [(String, TrainingModel.Relaxation)] = []
        for relaxation in elastic.relaxations {
            let s = relaxation.slack.reduce(0.0) { $0 + r.values[$1.index] }
            guard s > 1e-6 else { continue }
            if let t = total[relaxation.key] {
                total[relaxation.key] = relaxation.summed ? t + s : max(t, s)
                if !relaxation.summed && s > t, let i = order.firstIndex(where: { $0.0 == relaxation.key }) {
                    order[i].1 = relaxation
                }
            } else {
                total[relaxation.key] = s
                order.append((relaxation.key, relaxation))
            }
        }
        out = order.map { $0.1.explain(total[$0.0]!) }
        if out.isEmpty { out.append(Finding(.trainingHostLink, .onlyTogether)) }
        return out
    }

    /// Group hires of one subject against the places their group offers within
    /// training.maxYears and against the mentoring capacity at its core.
    static func countingReasons(_ x: Instance, excluding excluded: Set<Int>) -> [StageExplanation] {
        let maxYears = x.policy.training.maxYears
        let cumulative = TrainingModel.cumulativeVacancies(x)
        var hires: [Int: [Subject: Int]] = [:]
        for (n, hire) in x.newHires.enumerated() where !excluded.contains(n) {
            if let g = hire.group { hires[g, default: [:]][hire.subject, default: 0] += 1 }
        }
        var out: [StageExplanation] = []
        for g in hires.keys.sorted() {
            let group = x.groups[g]
            for (k, count) in hires[g]!.sorted(by: { $0.key < $1.key }) {
                // District hires could only add to the demand, so these are lower bounds.
                let places = group.members.reduce(0) { $0 + (cumulative[$1]?[k]?[maxYears] ?? 0) }
                if count > places {
                    out.append(Finding(.trainingVacancies, .outnumbered, refs: [.group(g), .subject(k)],
                                       amounts: [Amount(.actual, count), Amount(.limit, places), Amount(.year, maxYears)]))
                }
                let capacity = x.teachersBySchool[group.core].filter { x.teachers[$0].subject == k }
                    .reduce(0) { $0 + max(0, x.mentorCapacity(ofTeacher: $1)) }
                if count > capacity {
                    out.append(Finding(.trainingCapacity, .outnumbered, refs: [.group(g), .school(group.core), .subject(k)],
                                       amounts: [Amount(.actual, count), Amount(.limit, capacity)]))
                }
            }
        }
        return out
    }

    /// Figures a principal reads: hires placed, mentors used, mean training length,
    /// placements at priority schools and at a preferred school.
    static func metrics(_ x: Instance, _ plans: [TrainingModel.Plan]) -> [(String, Double)] {
        let priority = plans.filter { !x.schools[$0.school].tags.isDisjoint(with: TrainingModel.priorityTags) }.count
        let preferred = plans.filter { x.newHires[$0.hire].preferences.first == $0.school }.count
        return [
            ("newHires", Double(x.newHires.count)),
            ("placed", Double(plans.count)),
            ("mentorsUsed", Double(Set(plans.map(\.mentor)).count)),
            ("meanYears", plans.isEmpty ? 0 : Double(plans.reduce(0) { $0 + $1.years }) / Double(plans.count)),
            ("priorityPlacements", Double(priority)),
            ("firstChoice", Double(preferred)),
        ]
    }
}
