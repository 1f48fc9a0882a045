import GLPK
import RotaplanDomain

/// When §5 is infeasible as stated (MODEL.md §5 rule 1 cannot hold for every hire), the
/// plan that places every hire who can be placed (docs/training.md, "Partial plans").
///
/// Two solves, lexicographic: first ``TrainingModel/Placing/most`` finds the largest
/// number of hires that can be placed together (rule 1 as Σ z ≤ 1, rules 2–4 and the pins
/// as stated, objective −Σ z); then ``TrainingModel/Placing/exactly(_:)`` fixes that
/// number with one row (Σ_n Σ z = count) and minimises §5's objective. So the plan places
/// the most hires any plan can, and among such plans it is §5's best. Every hire left out
/// is named with the rule that stops them, in the user's terms.
extension TrainingSolve {
    /// A partial plan: the hires placed and those left out, each with the reason.
    public struct Partial: Sendable {
        public var plans: [TrainingModel.Plan]
        /// Hires left out, in id order, each with the finding that says why.
        public var unplaced: [(hire: Int, reason: StageExplanation)]
        /// §5's objective over the hires placed (every constant included).
        public var objective: Double
        public var size: Solution.Size
        public var seconds: Double
    }

    /// The partial plan of an instance whose §5 model is infeasible, or nil when even it
    /// cannot be found (a solve not proven optimal within the limits, or pins that
    /// cannot hold).
    public static func partial(_ x: Instance, formulation: TrainingModel.Formulation = .aggregated,
                               options: SolverOptions = SolverOptions()) throws -> Partial? {
        guard TrainingPins.conflicts(x).isEmpty else { return nil }
        let most = try TrainingModel(x, formulation: formulation, placing: .most)
        let first = try most.model.solve(options: options)
        guard first.termination == .optimal, let negated = first.objective else { return nil }
        let count = Int((-negated).rounded())
        let fixed = try TrainingModel(x, formulation: formulation, placing: .exactly(count))
        var o = options
        if let limit = options.timeLimit { o.timeLimit = max(0.05, limit - first.seconds - first.loadSeconds) }
        let second = try fixed.model.solve(options: o)
        guard second.termination == .optimal, second.hasSolution else { return nil }
        let values = fixed.rounded(second.values)
        let plans = fixed.chosenPlans(values)
        let placed = Set(plans.map(\.hire))
        let known = Dictionary(fixed.unplaceable.map { ($0.hire, $0.reason) }, uniquingKeysWith: { a, _ in a })
        let unplaced = x.newHires.indices.filter { !placed.contains($0) }.map { n in
            (hire: n, reason: known[n] ?? fixed.whyLeftOut(n, plans: plans))
        }
        let m = fixed.model.size
        return Partial(plans: plans, unplaced: unplaced, objective: fixed.model.objectiveValue(values),
                       size: .init(rows: m.rows, columns: m.columns, nonzeros: m.nonzeros, integers: m.integers),
                       seconds: first.seconds + first.loadSeconds + second.seconds + second.loadSeconds)
    }

    /// An infeasible outcome with the partial plan in it, when there is one: status stays
    /// `infeasible` (§5 as stated has no plan, MODEL.md §8) and the objective absent; the
    /// solution holds the placements, the hires left out (`unplaced`, with each one's
    /// rule) and the figures of the plan; the explanations name every hire left out.
    static func withPartialPlan(_ outcome: Outcome, _ x: Instance, formulation: TrainingModel.Formulation,
                                options: SolverOptions) throws -> Outcome {
        guard outcome.solution.status == .infeasible,
              let p = try partial(x, formulation: formulation, options: options), !p.unplaced.isEmpty else { return outcome }
        var out = outcome
        out.solution.placements = placements(x, p.plans)
        out.solution.unplaced = p.unplaced.map { .init(newHire: x.newHires[$0.hire].id.rawValue, rule: $0.reason.rule.rawValue) }
        out.solution.metrics = metrics(x, p.plans) + [("partialObjective", p.objective)]
        out.solution.seconds = (out.solution.seconds ?? 0) + p.seconds
        out.explanations = p.unplaced.map(\.reason)
        return out
    }
}

extension TrainingModel {
    /// Why hire n, who has places in the model, is left out of a plan that places the most
    /// hires (`plans`): at every host where n could train, either the mentors of n's
    /// subject mentor as many hires as they can, or every destination with a vacancy in
    /// reach is taken by the hires placed (§5 rules 3 and 4). Vacancies are named when some
    /// host still has mentoring capacity, mentors otherwise.
    func whyLeftOut(_ n: Int, plans: [Plan]) -> Finding {
        let x = instance, k = x.newHires[n].subject
        let maxYears = x.policy.training.maxYears
        let same = plans.filter { x.newHires[$0.hire].subject == k }
        func capacity(_ c: Int) -> Int {
            mentorClasses.filter { $0.host == c && $0.subject == k }.reduce(0) { $0 + $1.capacity }
        }
        let options = destinationsOfHire[n].map { destinations[$0] }
        let freeHosts = Set(options.map(\.host)).filter { c in same.filter { $0.host == c }.count < capacity(c) }
        if freeHosts.isEmpty {
            let hosts = Set(options.map(\.host)).sorted()
            let users = same.filter { hosts.contains($0.host) }.map(\.hire)
            return Finding(.trainingCapacity, .leftUnplaced(.mentorsTaken),
                           refs: [.newHire(n), .subject(k)] + hosts.map(EntityRef.school) + users.map(EntityRef.newHire),
                           amounts: [Amount(.limit, hosts.reduce(0) { $0 + capacity($1) })])
        }
        let schools = Set(options.filter { freeHosts.contains($0.host) }.map(\.school)).sorted()
        let users = same.filter { schools.contains($0.school) }.map(\.hire)
        return Finding(.trainingVacancies, .leftUnplaced(.vacanciesTaken),
                       refs: [.newHire(n), .subject(k)] + schools.map(EntityRef.school) + users.map(EntityRef.newHire),
                       amounts: [Amount(.limit, maxYears)])
    }
}
