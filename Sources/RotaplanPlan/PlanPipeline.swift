import Foundation
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels
import RotaplanReports
import RotaplanText

/// The yearly plan (MODEL.md §7): exchange (§4), then training with the vacancies as
/// given (§5) on the roster after the exchange (§7 "Settled": the mentors at host c are
/// the teachers whose school after the exchange is c), then walking (§6) with every
/// itinerant teacher's home taken after the exchange (``Instance/afterExchange(_:)``). One ``Solution`` with `problem: plan`
/// holds the three plans and each stage's figures (`stages`, docs/plan.md); its
/// objective is the sum of the stages' objectives (§10).
///
/// Every stage runs, also when an earlier one has no plan: training and walking then
/// start from the roster as it is (no one moved), so
/// the principal still sees what the other two stages would give. The plan as a whole has
/// a status only when every stage has a plan; otherwise it is `infeasible` (some stage is)
/// or `no-solution`.
///
/// Time: with a time limit, the exchange may use a third of what is left when it starts,
/// training half of what is left then, and walking the rest (the exchange and training
/// usually finish in far less, leaving walking, the hard stage, most of it).
///
/// Interrupts: once `cancellation` is set, the running stage returns its best plan and
/// the stages after it take their quickest plan (their checked greedy baseline,
/// ``StageSolve/checkedBaseline(_:)``); a stage left without any plan by the interrupt also
/// takes its baseline. The solution is marked `interrupted`.
public enum PlanPipeline {
    public enum Stage: String, Sendable, CaseIterable {
        case exchange, training, walking
        public var problem: Solution.Problem {
            switch self {
            case .exchange: .exchange
            case .training: .training
            case .walking: .walking
            }
        }
    }

    /// glpk: each stage's optimiser with its measured default options; greedy: each
    /// stage's baseline (checked), for comparison.
    public enum Solver: String, Sendable, CaseIterable { case glpk, greedy }

    public struct Outcome: Sendable {
        /// The plan (`problem: plan`) with its stages.
        public var solution: Solution
        /// The instance planned: the exchange's and training's findings name its people.
        public var instance: Instance
        /// The instance the training and walking stages were solved on (the roster after
        /// the exchange, §7): their findings name its mentors, lines and teachers.
        public var walkingInstance: Instance
        /// What the stages' solvers explain (why a stage has no plan, why a walking line is
        /// uncovered), as findings, stage by stage; ``explanation(_:)`` words them.
        public var stageExplanation: [StageExplanation] = []
        /// How the stages fit together, as the pipeline observed it.
        public var notes: [PlanNote] = []

        /// Every explanation line in `lang`: the stages' findings, each after its stage's
        /// name (`exchange: …`), then the notes.
        public func explanation(_ lang: ReportLanguage) -> [String] {
            stageExplanation.map { f in
                let y = StageText.stage(of: f, in: instance) == .exchange ? instance : walkingInstance
                return StageText.line(f, in: y).text(lang)
            } + notes.map { $0.text(lang) }
        }
        /// ``explanation(_:)`` in English (for stderr).
        public var explanation: [String] { explanation(.en) }
    }

    /// An input the stages cannot use (a travel figure a model needs and the instance
    /// lacks), naming the stage.
    public struct InputError: Error, CustomStringConvertible {
        public var stage: Stage
        public var message: String
        public var description: String { "\(stage.rawValue): \(message)" }
    }

    /// Runs the three stages. `options.timeLimit` is the whole pipeline's; its gap applies
    /// to every stage. `progress` is told which stage reports.
    public static func run(
        _ x: Instance, solver: Solver = .glpk, options: SolverOptions = SolverOptions(),
        progress: (@Sendable (Stage, SolveProgress) -> Void)? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        let clock = ContinuousClock()
        let deadline = options.timeLimit.map { clock.now + .seconds($0) }
        /// The options of a stage: its own defaults, the run's gap, and `share` of the time left.
        func stageOptions(_ base: SolverOptions, share: Double) -> SolverOptions {
            var o = base
            o.relativeGap = options.relativeGap
            o.memoryLimit = options.memoryLimit
            if let deadline {
                let left = clock.now.duration(to: deadline)
                let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
                o.timeLimit = max(0.05, seconds * share)
            }
            return o
        }
        var interrupted: Bool { cancellation?.isCancelled ?? false }
        // Each stage's findings, in stage order.
        var explanation: [StageExplanation] = []
        var notes: [PlanNote] = []
        var stages: [Solution] = []

        // §4 exchange, with rule 4.8 (the mentors the hires need stay at their cores, §7).
        let exchangeStage = try solveStage(PlanExchangeSolve.self, x, solver: solver, options: stageOptions(ExchangeSolve.defaultOptions, share: 1.0 / 3),
                                           progress: progress, cancellation: cancellation)
        var exchange = exchangeStage.solution
        explanation += exchangeStage.explanations
        stages.append(exchange)

        // The roster after the exchange (as it is when the exchange has no plan), §7.
        var walkingInstance = x.afterExchange(exchange.objective == nil ? [] : exchange.exchanges)

        // §5 training, vacancies as given, mentors where they teach after the exchange.
        let trainingStage = try solveStage(TrainingSolve.self, walkingInstance, solver: solver,
                                           options: stageOptions(TrainingSolve.defaultOptions, share: 0.5),
                                           progress: progress, cancellation: cancellation)
        var training = trainingStage.solution
        explanation += trainingStage.explanations
        stages.append(training)

        // §6 walking, homes after the exchange.
        let walkingStage = try solveStage(WalkingSolve.self, walkingInstance, solver: solver,
                                          options: stageOptions(WalkingSolve.defaultOptions, share: 1), progress: progress, cancellation: cancellation)
        var walking = walkingStage.solution
        explanation += walkingStage.explanations
        // Among the exchange's optima, prefer one that keeps walking teachers within reach
        // (training and walking both solved again on its roster, taken when together better).
        if solver == .glpk, !interrupted, exchange.status == .optimal, let exchangeObjective = exchange.objective,
           let trainingObjective = training.objective, let walkingObjective = walking.objective {
            let away = movedAwayTeachers(x, walkingInstance, uncovered: walking.uncovered)
            if !away.isEmpty, let better = try keepWithinReach(
                x, away, exchangeObjective: exchangeObjective, laterObjective: trainingObjective + walkingObjective,
                exchangeOptions: stageOptions(ExchangeSolve.defaultOptions, share: 0.5),
                trainingOptions: { stageOptions(TrainingSolve.defaultOptions, share: 0.5) },
                walkingOptions: { stageOptions(WalkingSolve.defaultOptions, share: 1) },
                progress: progress, cancellation: cancellation) {
                exchange = better.exchange
                stages[0] = exchange
                training = better.training.solution
                stages[1] = training
                walking = better.walking.solution
                walkingInstance = better.walkingInstance
                explanation.removeAll { $0.rule.family == .walking || $0.rule.family == .training }
                explanation += better.training.explanations + better.walking.explanations
                notes.append(.exchangeKeptWalkers(away.map { x.teachers[$0].id.rawValue }))
            }
        }
        stages.append(walking)
        notes += movedAway(x, walkingInstance, uncovered: walking.uncovered)
        var plan = merge(stages, instance: x)
        plan.interrupted = interrupted
        if exchange.objective == nil { notes.append(.walkingWithoutExchange) }
        return Outcome(solution: plan, instance: x, walkingInstance: walkingInstance, stageExplanation: explanation, notes: notes)
    }

    /// A stage's progress handler: `progress` told which stage reports.
    static func tell(_ progress: (@Sendable (Stage, SolveProgress) -> Void)?, _ stage: Stage) -> ProgressHandler? {
        guard let progress else { return nil }
        return { progress(stage, $0) }
    }

    /// The exchange re-solved with `teachers` pinned to stay (on top of the user's pins),
    /// taken only when it is proven optimal with the same objective (so the exchange stage
    /// stays optimal for §4) and training and walking, solved again on its roster (§7),
    /// then have a lower objective together. Nothing changes for the exchange's own rules;
    /// this only chooses among its optima.
    static func keepWithinReach(
        _ x: Instance, _ teachers: [Int], exchangeObjective: Double, laterObjective: Double,
        exchangeOptions: SolverOptions, trainingOptions: () -> SolverOptions, walkingOptions: () -> SolverOptions,
        progress: (@Sendable (Stage, SolveProgress) -> Void)?, cancellation: SolveCancellation?
    ) throws -> (exchange: Solution, training: StageOutcome, walking: StageOutcome, walkingInstance: Instance)? {
        guard let again = try exchangeKeeping(x, teachers, objective: exchangeObjective, options: exchangeOptions,
                                              progress: progress, cancellation: cancellation) else { return nil }
        let moved = x.afterExchange(again.exchanges)
        let training = try TrainingSolve.run(moved, options: trainingOptions(), progress: tell(progress, .training), cancellation: cancellation)
        guard let t = training.solution.objective else { return nil }
        let walking = try WalkingSolve.run(moved, options: walkingOptions(), progress: tell(progress, .walking), cancellation: cancellation)
        guard let w = walking.solution.objective, t + w < laterObjective - 1e-9 * max(1, abs(laterObjective)) else { return nil }
        return (again, training, walking, moved)
    }

    /// The exchange solved again with `teachers` pinned to stay (on top of the user's
    /// pins); nil unless it is proven optimal with the same objective (1e-6 relative, as
    /// `check`), i.e. another optimum of §4.
    static func exchangeKeeping(
        _ x: Instance, _ teachers: [Int], objective: Double, options: SolverOptions,
        progress: (@Sendable (Stage, SolveProgress) -> Void)?, cancellation: SolveCancellation?
    ) throws -> Solution? {
        var y = x
        for t in Set(teachers).sorted() {
            let text = "\(x.teachers[t].id) must-stay"
            y.pins.append(Pin(person: .teacher(t), rule: .mustStay,
                              origin: .init(file: "rotaplan (tie-break)", line: nil, record: y.pins.count, text: text, isJSON: false)))
        }
        var again = try ExchangeSolve.run(y, options: options, mentorReserve: true, progress: tell(progress, .exchange),
                                          cancellation: cancellation).solution
        again.objectiveTerms = ObjectiveTermValues.of(again, x)
        guard again.status == .optimal, let o = again.objective, CheckReport.close(o, objective) else { return nil }
        return again
    }

    /// The itinerant teachers ``movedAway(_:_:uncovered:)`` names, by index, in order.
    static func movedAwayTeachers(_ before: Instance, _ after: Instance, uncovered: [Solution.Uncovered]) -> [Int] {
        var out: [Int] = []
        for u in uncovered {
            for t in reachLost(before, after, u) where !out.contains(t.teacher) { out.append(t.teacher) }
        }
        return out
    }

    /// Itinerant teachers of `u`'s subject the exchange moved from within
    /// walking.maxTravelMinutes of `u`'s school to beyond it.
    static func reachLost(_ before: Instance, _ after: Instance, _ u: Solution.Uncovered)
        -> [(teacher: Int, near: Double, far: Double?)] {
        let limit = before.policy.walking.maxTravelMinutes
        guard let school = before.schoolIndex[SchoolID(u.school)],
              let line = before.walkingDemand.first(where: { $0.school == school && $0.className == u.class && $0.subject.key == u.subject })
        else { return [] }
        var out: [(teacher: Int, near: Double, far: Double?)] = []
        for (t, teacher) in before.teachers.enumerated() where teacher.itinerant != nil && teacher.teaches(line.subject) {
            let from = teacher.school, to = after.teachers[t].school
            guard from != to, let near = before.travel.minutes(from, school), near <= limit else { continue }
            let far = before.travel.minutes(to, school)
            if far.map({ $0 > limit }) ?? true { out.append((t, near, far)) }
        }
        return out
    }

    /// The sequential pipeline of §7 lets the exchange move an itinerant teacher out of
    /// reach of a class that then goes uncovered (measured on
    /// instances/nanchang-1plus1plusN.json, docs/plan.md). For every uncovered line, each
    /// itinerant teacher of its subject whom the exchange moved from within
    /// walking.maxTravelMinutes of the line's school to beyond it is named, with the pin
    /// that would keep them.
    static func movedAway(_ before: Instance, _ after: Instance, uncovered: [Solution.Uncovered]) -> [PlanNote] {
        uncovered.flatMap { u in
            reachLost(before, after, u).map { t, near, far in
                let teacher = before.teachers[t]
                return .walkerMovedAway(school: u.school, class: u.class, subject: u.subject, teacher: teacher.id.rawValue,
                                        name: teacher.name, from: before.schools[teacher.school].id.rawValue, near: near,
                                        to: before.schools[after.teachers[t].school].id.rawValue, far: far)
            }
        }
    }

    /// One `plan` solution from the three stages' solutions: their lists, their figures
    /// as `stages`, metrics prefixed by stage; status, objective, bound and gap of the
    /// whole when every stage has a plan.
    public static func merge(_ stages: [Solution], instance x: Instance) -> Solution {
        let hasPlan = stages.allSatisfy { $0.objective != nil }
        let status: Solution.Status
        if hasPlan {
            status = stages.allSatisfy { $0.status == .optimal } ? .optimal : .feasible
        } else {
            status = stages.contains { $0.status == .infeasible } ? .infeasible : .noSolution
        }
        var plan = Solution(problem: .plan, of: x, status: status)
        plan.objectiveTerms = ObjectiveTermValues.merge(stages)
        var seconds = 0.0
        var size = Solution.Size()
        for s in stages {
            var st = Solution.Stage(problem: s.problem, status: s.status)
            st.objective = s.objective; st.bound = s.bound; st.gap = s.gap; st.seconds = s.seconds; st.model = s.model
            plan.stages.append(st)
            seconds += s.seconds ?? 0
            if let m = s.model {
                size = .init(rows: size.rows + m.rows, columns: size.columns + m.columns,
                             nonzeros: size.nonzeros + m.nonzeros, integers: size.integers + m.integers)
            }
            plan.metrics += s.metrics.map { ("\(s.problem.rawValue).\($0.0)", $0.1) }
            // A partial training plan (docs/training.md) is kept with the hires it leaves out.
            if s.objective != nil || s.isPartial {
                plan.exchanges += s.exchanges
                plan.placements += s.placements
                plan.unplaced += s.unplaced
                plan.lessons += s.lessons
                plan.uncovered += s.uncovered
            }
        }
        plan.seconds = seconds
        plan.model = size
        if hasPlan {
            let objective = stages.reduce(0) { $0 + $1.objective! }
            plan.objective = objective
            // Each stage's bound is at most its objective; a stage without one bounds nothing.
            if stages.allSatisfy({ $0.bound != nil || $0.status == .optimal }) {
                let bound = stages.reduce(0) { $0 + ($1.bound ?? $1.objective!) }
                plan.bound = min(bound, objective)
                plan.gap = status == .optimal ? 0 : abs(objective - plan.bound!) / max(1e-10, abs(objective))
            }
        }
        return plan
    }
}
