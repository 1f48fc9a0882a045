import Foundation
import GLPK
import RotaplanDomain

/// Solving walking teaching and turning GLPK's answer into a ``Solution`` (MODEL.md §8).
///
/// Plain: one model of §6 as written, solved as it is. Strong: the instance is split
/// into parts that share no teacher, line or class (``WalkingScope/components()``; the
/// optimum is the sum of the parts' optima, so nothing is lost), and each part is solved
/// with the greedy plan, improved by local moves, handed to GLPK as its first incumbent. A part the time limit
/// stops keeps its best plan; the bound is the sum of the parts' bounds.
///
/// The time limit covers the whole run: the greedy plan's local moves stop at 80% of it,
/// building the models is charged to it, and each part gets the time left shared by
/// columns (GLPK charges its LP relaxation to that share). Parts reached after the
/// deadline or a stop keep their greedy plan, and city-size parts get the neighbourhood
/// search on it, without their model being built.
public enum WalkingSolve {
    /// GLPK options for walking, chosen by measurement on the bench suite (docs/walking.md,
    /// "Measured"): no cut generation (on the district instances GLPK's cut rounds made
    /// nodes five times slower without moving the bound), best-projection node order and
    /// Driebeck–Tomlin branching. Best local bound raises the bound a little faster
    /// (nanchang-small, 30 s: 93.18 against 92.09) but on a quiet machine, with the
    /// neighbourhood search, best projection gave as good or better plans on all six
    /// bench files measured and smaller gaps on four (zhengzhou-medium 151.21 against
    /// 162.26; benchmarks/README.md, "Walking", "Final code on a quiet machine").
    /// Pseudocost branching (the library default) initialises
    /// each fractional variable's pseudocosts by copying the whole LP and running dual
    /// simplex on it, twice per variable, without looking at the clock: on a 12,000-row
    /// district part that took 35 s at one node and ran 10–15 s past `--time-limit`
    /// (Driebeck–Tomlin reads tableau rows instead and was as good or better on every
    /// bench file measured). Proximity search was tried and left off: it overran the time limit.
    public static var defaultOptions: SolverOptions {
        SolverOptions(cuts: .none, branching: .driebeckTomlin, backtracking: .bestProjection)
    }

    public static func run(
        _ x: Instance, formulation: WalkingModel.Formulation = .strong, options: SolverOptions = defaultOptions,
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> Outcome {
        let clock = ContinuousClock(), began = clock.now
        let deadline = options.timeLimit.map { began + .seconds($0) }
        /// Seconds left before the deadline (may be negative).
        func left(_ deadline: ContinuousClock.Instant) -> Double { seconds(deadline - clock.now) }
        let whole = try WalkingScope(x)
        let parts = formulation == .plain ? [whole] : try whole.components()
        // The greedy plan's local moves get at most `greedyShare` of the time limit.
        let greedyUntil = options.timeLimit.map { began + .seconds($0 * Self.greedyShare) }
        let greedy = formulation == .plain ? nil
            : WalkingGreedy.improved(whole, until: greedyUntil, cancellation: cancellation).lessons
        var plan: WalkingModel.Plan = []
        var objective = 0.0, bound: Double? = 0
        var allOptimal = true, anyWithout = false
        var size = ModelSize(rows: 0, columns: 0, nonzeros: 0, integers: 0)
        // Share the time between parts by their number of columns, re-shared as parts finish.
        let columns = parts.map(\.columnCount)
        var remainingColumns = columns.reduce(0, +)
        var done = 0.0, doneBound = 0.0
        for (k, part) in parts.enumerated() {
            let share = Double(columns[k]) / Double(max(1, remainingColumns))
            remainingColumns -= columns[k]
            let greedyPart = greedy.map { g in
                let inPart = Set(part.lines)
                return g.filter { inPart.contains($0.line) }
            }
            // After a stop, or with a time limit past the deadline, a part keeps its greedy
            // plan; with a time limit a city-size part gets the neighbourhood search on it for
            // its share. Neither builds the part's model, which alone takes seconds on a city
            // part (6.7 s for nanchang-large's 448,210 columns) and would overrun the limit.
            let stopped = cancellation?.isCancelled == true
            let late = deadline.map { left($0) <= 0.01 || columns[k] >= Self.cityColumns } ?? false
            if let first = greedyPart, stopped || late {
                var partPlan = first
                let mine = deadline.map { max(0, left($0)) * share } ?? 0
                if formulation == .strong, mine > 0.5, cancellation?.isCancelled != true {
                    partPlan = try WalkingNeighbourhood.improve(
                        part, plan: first, options: options, perSolve: Self.neighbourhoodSeconds,
                        until: clock.now + .seconds(mine), cancellation: cancellation)
                }
                let value = Self.objective(part, plan: partPlan)
                objective += value
                done += value
                allOptimal = false
                bound = nil
                plan += partPlan
                continue
            }
            let model = try WalkingModel(part, formulation: formulation)
            size.rows += model.model.constraintCount
            size.columns += model.model.variableCount
            size.nonzeros += model.model.nonzeroCount
            size.integers += model.model.integerCount
            var o = options
            var start = greedyPart.map { model.values(of: $0) }
            var r: SolveResult?
            // With a time limit, a strong part is shared three ways (docs/walking.md, point 9):
            // neighbourhood search on the greedy plan when it leaves demand uncovered, GLPK
            // (its LP relaxation gives the bound), and neighbourhood search on GLPK's plan
            // once GLPK is past its root.
            var partEnd: ContinuousClock.Instant?
            var softStop: ContinuousClock.Instant?
            if let deadline {
                // The time left, shared by columns, less what GLPK spends outside its own
                // clock: loading the part and stopping its simplex (measured ≈ 6 µs per
                // column on a 240,000-column city part). A part reached after the deadline
                // keeps its greedy plan (plain, without one, still gets a token 0.01 s).
                let now = left(deadline)
                if now > 0.01 || start == nil {
                    var mine = max(0.01, now) * share
                    // (City-size strong parts never get here under a time limit; see above.)
                    if let first = start, formulation == .strong, mine > 0.5 {
                        let began = clock.now
                        partEnd = began + .seconds(mine)
                        let greedyPlan = model.plan(first)
                        if WalkingNeighbourhood.leavesDemandUncovered(model.scope, greedyPlan) {
                            let better = try WalkingNeighbourhood.improve(
                                model.scope, plan: greedyPlan, options: options, perSolve: Self.neighbourhoodSeconds,
                                until: began + .seconds(mine * Self.neighbourhoodShare), cancellation: cancellation)
                            start = model.values(of: better)
                            mine -= seconds(clock.now - began)
                        }
                        softStop = clock.now + .seconds(mine * (1 - Self.polishShare))
                    }
                    o.timeLimit = max(0.01, mine - min(mine / 2, Self.glpkSecondsPerColumn * Double(model.model.variableCount)))
                } else {
                    o.timeLimit = nil
                }
            }
            if deadline == nil || o.timeLimit != nil {
                let relay = shifted(progress, incumbent: done, bound: doneBound)
                if let softStop {
                    // GLPK reports progress only once its root LP is solved, so the stop never
                    // loses the bound; the user's Ctrl-C still stops it.
                    let stop = SolveCancellation(), user = cancellation
                    let watch: ProgressHandler = { s in
                        relay?(s)
                        if user?.isCancelled == true || (ContinuousClock.now >= softStop && (s.bound ?? -.infinity) > -1e300) {
                            stop.cancel()
                        }
                    }
                    r = try model.model.solve(options: o, start: start, progress: watch, cancellation: stop)
                } else {
                    r = try model.model.solve(options: o, start: start, progress: relay, cancellation: cancellation)
                }
            }
            if r?.termination == .unbounded { throw UnboundedModel(problem: .walking) }
            var values: [Double]
            if let r, r.hasSolution {
                values = model.tightened(r.values)
            } else if let start {
                values = start  // the greedy plan keeps every rule
            } else {
                anyWithout = true
                allOptimal = false
                bound = nil
                continue
            }
            if let partEnd, r?.termination != .optimal, cancellation?.isCancelled != true, seconds(partEnd - clock.now) > 0.1 {
                let better = try WalkingNeighbourhood.improve(
                    model.scope, plan: model.plan(values), options: options, perSolve: Self.neighbourhoodSeconds,
                    until: partEnd, cancellation: cancellation)
                values = model.values(of: better)
            }
            if r?.termination != .optimal { allOptimal = false }
            let value = model.model.objectiveValue(values)
            objective += value
            done += value
            if let b = r?.bestBound, var sum = bound {
                sum += min(b, value)
                bound = sum
                doneBound += min(b, value)
            } else {
                bound = nil
            }
            plan += model.plan(values)
        }
        // Lines outside every part: nobody may serve them.
        let inParts = Set(parts.flatMap(\.lines))
        let w = x.policy.weights.walking.uncovered
        let unserved = x.walkingDemand.indices.filter { !inParts.contains($0) }.reduce(0.0) { $0 + w * Double(x.walkingDemand[$1].periodsPerWeek) }
        let unmatched = WalkingNear.outside(x, lines: inParts)
        objective += unserved + unmatched
        bound = bound.map { $0 + unserved + unmatched }

        plan.sort { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }
        let status: Solution.Status = anyWithout ? .noSolution : allOptimal ? .optimal : .feasible
        var solution = status == .noSolution
            ? Solution(problem: .walking, of: x, status: .noSolution)
            : Self.solution(whole, plan: plan, objective: objective, status: status)
        if status != .noSolution {
            solution.bound = status == .optimal ? objective : bound
            solution.gap = status == .optimal ? 0 : bound.map { abs(objective - $0) / max(1e-10, abs(objective)) }
        }
        solution.seconds = seconds(clock.now - began)
        solution.model = .init(rows: size.rows, columns: size.columns, nonzeros: size.nonzeros, integers: size.integers)
        let uncovered = status == .noSolution ? [] : WalkingExplanation.explain(whole, plan: plan)
        return StageOutcome(solution: solution, explanations: uncovered, parts: parts.count)
    }

    /// Shares of a strong part's time for ``WalkingNeighbourhood`` (it proves nothing):
    /// at most `neighbourhoodShare` on the greedy plan before GLPK when that plan leaves
    /// demand uncovered (it stops earlier when a round over the teachers finds nothing), and `polishShare` of what is left on GLPK's
    /// plan after GLPK is stopped — never before GLPK has solved its LP relaxation, which
    /// gives the bound (on the district files, with the machine shared, that relaxation
    /// alone took 4–20 s). The longest single neighbourhood solve, in seconds.
    static let neighbourhoodShare = 0.15
    static let polishShare = 0.15
    static let neighbourhoodSeconds = 1.0
    /// Parts at least this large get the neighbourhood search for their whole share and
    /// no GLPK search: GLPK did not finish the LP relaxation of any city part (74,000–
    /// 450,000 columns) within 120 s, so it gave neither a bound nor a plan there.
    static let cityColumns = 40_000

    /// The most of the time limit the greedy plan's local moves may take; the rest is the
    /// parts'. On nanchang-large with `--time-limit 10` the moves took all of it before,
    /// and the run ended 6.7 s late building a model there was no time to solve; with
    /// 0.5 the plan was 1% worse than with 0.8 (benchmarks/README.md, "Limits").
    static let greedyShare = 0.8

    /// GLPK's time outside its own limit, per column of a part (see ``run``).
    static let glpkSecondsPerColumn = 5e-6

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// A part's progress reported as progress of the whole: the parts solved before are added.
    static func shifted(_ progress: ProgressHandler?, incumbent: Double, bound: Double) -> ProgressHandler? {
        guard let progress else { return nil }
        return { s in
            var s = s
            s.incumbent = s.incumbent.map { $0 + incumbent }
            s.bound = s.bound.map { $0 + bound }
            if let i = s.incumbent, let b = s.bound { s.gap = abs(i - b) / max(1e-10, abs(i)) } else { s.gap = nil }
            progress(s)
        }
    }

    /// §6's objective for a plan of `scope`'s lines: uncovered · Σ_l (h(l) − lessons of l)
    /// over those lines + the cost of every visit day (t, s, d) away from home. For the
    /// whole instance's scope that is every line; for a part, its own lines.
    public static func objective(_ scope: WalkingScope, plan: WalkingModel.Plan) -> Double {
        let x = scope.instance
        var taught = [Int](repeating: 0, count: x.walkingDemand.count)
        var visits = Set<[Int]>()
        for lesson in plan {
            taught[lesson.line] += 1
            visits.insert([lesson.teacher, x.walkingDemand[lesson.line].school, lesson.slot.day])
        }
        let w = x.policy.weights.walking.uncovered
        var total = 0.0
        for l in scope.lines { total += w * Double(max(0, x.walkingDemand[l].periodsPerWeek - taught[l])) }
        for v in visits.sorted(by: { $0.lexicographicallyPrecedes($1) }) { total += scope.visitCost(v[0], v[1]) }
        return total + WalkingNear.term(scope, plan: plan)
    }

    /// The solution file of a plan: its lessons in the given order, the uncovered periods
    /// of every line in file order, and the figures a bureau reads.
    public static func solution(_ scope: WalkingScope, plan: WalkingModel.Plan, objective: Double,
                                status: Solution.Status) -> Solution {
        let x = scope.instance
        var s = Solution(problem: .walking, of: x, status: status)
        s.objective = objective
        var taught = [Int](repeating: 0, count: x.walkingDemand.count)
        for lesson in plan {
            let line = x.walkingDemand[lesson.line]
            taught[lesson.line] += 1
            s.lessons.append(.init(teacher: x.teachers[lesson.teacher].id.rawValue, school: x.schools[line.school].id.rawValue,
                                   class: line.className, subject: line.subject.key,
                                   day: lesson.slot.day, period: lesson.slot.period))
        }
        var uncoveredPeriods = 0
        for (l, line) in x.walkingDemand.enumerated() where taught[l] < line.periodsPerWeek {
            let n = line.periodsPerWeek - taught[l]
            uncoveredPeriods += n
            s.uncovered.append(.init(school: x.schools[line.school].id.rawValue, class: line.className,
                                     subject: line.subject.key, periods: n))
        }
        var visitDays = Set<[Int]>()
        var awayDays = 0, minutes = 0.0, km = 0.0
        for lesson in plan {
            let school = x.walkingDemand[lesson.line].school
            guard visitDays.insert([lesson.teacher, school, lesson.slot.day]).inserted else { continue }
            let home = x.teachers[lesson.teacher].school
            guard school != home else { continue }
            awayDays += 1
            minutes += scope.minutes(home, school)
            km += x.travel.km(home, school) ?? 0
        }
        let demand = x.walkingDemand.reduce(0) { $0 + $1.periodsPerWeek }
        s.metrics = [
            ("demandPeriods", Double(demand)),
            ("lessons", Double(plan.count)),
            ("uncoveredPeriods", Double(uncoveredPeriods)),
            ("teachersUsed", Double(Set(plan.map(\.teacher)).count)),
            ("visitDays", Double(awayDays)),
            ("travelMinutesOneWay", minutes),
            ("weeklyTransportCost", x.walkingTransport(km: km)),
        ]
        return s
    }
}
