import RotaplanDomain

/// The value of each objective term of a solution (MODEL.md §8 rev 2
/// `metrics.objectiveTerms`), from the plan it writes with the formulas the models'
/// `term…` methods state (§4 ExchangeObjective, §5 TrainingModel, §6 WalkingModel, §12
/// `termChange`), weights and constants included: the terms add up to the objective the
/// models evaluate for the same plan, for an optimiser's, a greedy or a time-limited plan.
/// Independent parts (``ExchangeParts``, walking scopes) need no sum: the plan is theirs.
public enum ObjectiveTermValues {
    /// `solution`'s terms in §8's order keyed by its problem; empty for a solution without
    /// an objective (no plan, a partial training plan) and for a plan (``merge(_:)``).
    public static func of(_ solution: Solution, _ x: Instance) -> [Solution.Problem: [ObjectiveTerm]] {
        guard solution.objective != nil else { return [:] }
        let values: [String: Double]
        switch solution.problem {
        case .exchange: values = exchange(solution, x)
        case .training: values = training(solution, x)
        case .walking: values = walking(solution, x)
        case .plan: return [:]
        }
        var all = values
        if let near = x.near { all[ObjectiveTerms.change] = change(solution, x, near) }
        return [solution.problem: ObjectiveTerms.ordered(solution.problem, all, near: x.near != nil)]
    }

    /// A plan's terms: each stage's own.
    public static func merge(_ stages: [Solution]) -> [Solution.Problem: [ObjectiveTerm]] {
        stages.reduce(into: [:]) { out, s in out.merge(s.objectiveTerms) { a, _ in a } }
    }

    /// §4: balance over the grouped schools with n(s) > 0 (n before any move), travel
    /// hours, preference cost, shortage over every school with `required` (§10: the
    /// schools without flows add their constant), yearly cost in 10k yuan, rural service.
    static func exchange(_ s: Solution, _ x: Instance) -> [String: Double] {
        let facts = InstanceFacts(x), w = x.policy.weights.exchange
        let moves = facts.moves(s.exchanges)
        let after = facts.quality(after: moves).sumAfter
        var balance = 0.0
        for g in x.groups.indices {
            guard let mean = facts.groupMeanQuality(g) else { continue }
            for school in x.groups[g].schools where facts.headcount[school] > 0 {
                balance += abs(Double(after[school]) / Double(facts.headcount[school]) - mean)
            }
        }
        var flow: [Int: [Subject: Int]] = [:]
        for m in moves {
            let k = x.teachers[m.teacher].subject
            flow[m.to, default: [:]][k, default: 0] += 1
            flow[m.from, default: [:]][k, default: 0] -= 1
        }
        var shortage = 0.0
        for (school, data) in x.schools.enumerated() {
            for (k, required) in data.required {
                let before = x.teachersBySchool[school].count { x.teachers[$0].subject == k }
                shortage += Double(max(0, required - before - (flow[school]?[k] ?? 0)))
            }
        }
        let hours = moves.reduce(0.0) { $0 + (x.travel.minutes($1.from, $1.to) ?? 0) / 60 }
        let rank = moves.reduce(0.0) { $0 + Instance.preferenceCost(x.teachers[$1.teacher].preferences, school: $1.to) }
        let yuan = moves.reduce(0.0) { $0 + facts.moveCost(teacher: $1.teacher, to: $1.to).yearly }
        let rural = moves.count { x.teachers[$0.teacher].seekingSeniorTitle && x.schools[$0.to].has(.rural) }
        return ["balance": w.balance * balance, "travelHour": w.travelHour * hours, "preferenceRank": w.preferenceRank * rank,
                "shortage": w.shortage * shortage, "costPer10k": w.costPer10k * yuan / 10000,
                "ruralForTitle": -w.ruralForTitle * Double(rural)]
    }

    /// §5: mentor quality 5 − v(m), preference cost, priority tags of the destination,
    /// years of training, per placement.
    static func training(_ s: Solution, _ x: Instance) -> [String: Double] {
        let w = x.policy.weights.training
        var mentor = 0.0, rank = 0.0, tags = 0.0, years = 0.0
        let hires = Dictionary(x.newHires.indices.map { (x.newHires[$0].id.rawValue, $0) }) { a, _ in a }
        for p in s.placements {
            guard let n = hires[p.newHire], let m = x.teacherIndex[TeacherID(p.mentor)],
                  let d = x.schoolIndex[SchoolID(p.destination)] else { continue }
            mentor += Double(5 - x.teachers[m].quality)
            rank += Instance.preferenceCost(x.newHires[n].preferences, school: d)
            tags += Double(x.schools[d].tags.intersection(TrainingModel.priorityTags).count)
            years += Double(p.years)
        }
        return ["mentor": w.mentor * mentor, "preferenceRank": w.preferenceRank * rank, "priorityTag": -w.priorityTag * tags,
                "year": w.year * years]
    }

    /// §6: uncovered periods; each visit day of a teacher at a school not their home, its
    /// fixed cost and its travel in half hours.
    static func walking(_ s: Solution, _ x: Instance) -> [String: Double] {
        let w = x.policy.weights.walking
        var days = Set<[Int]>(), visits = 0.0, halfHours = 0.0
        for lesson in s.lessons {
            guard let t = x.teacherIndex[TeacherID(lesson.teacher)], let school = x.schoolIndex[SchoolID(lesson.school)],
                  school != x.teachers[t].school, days.insert([t, lesson.day, school]).inserted else { continue }
            visits += 1
            halfHours += (x.travel.minutes(x.teachers[t].school, school) ?? 0) / 30
        }
        let uncovered = s.uncovered.reduce(0) { $0 + $1.periods }
        return ["uncovered": w.uncovered * Double(uncovered), "visit": w.visit * visits, "travelHalfHour": w.travelHalfHour * halfHours]
    }

    /// §12: the decisions of the previous plan changed (exchange: moves dropped and added;
    /// training: 1 for another mentor, 1 for another destination or length, 2 for a hire
    /// not placed now; walking: previous lessons not repeated), times the problem's weight.
    static func change(_ s: Solution, _ x: Instance, _ near: Near) -> Double {
        let c = NearChanges(previous: near, solution: s), w = x.policy.weights
        switch s.problem {
        case .exchange: return w.exchange.change * Double(c.movesDropped.count + c.movesAdded.count)
        case .training:
            let count = c.placementsChanged.reduce(0) { n, p in
                guard let a = p.after else { return n + 2 }
                return n + (a.mentor != p.before.mentor ? 1 : 0) + (a.destination != p.before.destination || a.years != p.before.years ? 1 : 0)
            }
            return w.training.change * Double(count)
        case .walking: return w.walking.change * Double(c.lessonsDropped.count)
        case .plan: return 0
        }
    }
}

extension StageOutcome {
    /// The outcome with its solution's ``ObjectiveTermValues`` (§8 rev 2).
    func withObjectiveTerms(_ x: Instance) -> StageOutcome {
        var out = self
        out.solution.objectiveTerms = ObjectiveTermValues.of(solution, x)
        return out
    }
}
