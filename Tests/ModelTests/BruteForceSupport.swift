import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats

/// What the brute-force property tests share (`ExchangeBruteForceTests`,
/// `TrainingBruteForceTests`, `WalkingBruteForceTests`): a seeded generator, the seed
/// list and how it is split into chunks, and the comparison of a solver's answer with the
/// best plan the independent checker accepts.
///
/// The seeds are 1…N with N = 1,000 unless `ROTAPLAN_PROPERTY_SEEDS` says otherwise
/// (`ROTAPLAN_PROPERTY_SEEDS=20000 swift test --filter BruteForce` for a longer local
/// run). They are split into ``chunks`` parameterised cases so that the cases run in
/// parallel and each can judge its own mix of feasible and infeasible instances.
enum BruteForce {
    /// A small deterministic generator (64-bit LCG, high bits).
    struct Random {
        var state: UInt64
        init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[next(xs.count)] }
        /// True with probability 1/n.
        mutating func oneIn(_ n: Int) -> Bool { next(n) == 0 }
        /// Up to `count` distinct elements of `xs`, in random order.
        mutating func some<T>(_ xs: [T], upTo count: Int) -> [T] {
            var pool = xs, out: [T] = []
            for _ in 0..<next(count + 1) where !pool.isEmpty { out.append(pool.remove(at: next(pool.count))) }
            return out
        }
    }

    /// How many seeds each problem runs: `ROTAPLAN_PROPERTY_SEEDS`, else 1,000.
    static let seedCount: Int = {
        let text = ProcessInfo.processInfo.environment["ROTAPLAN_PROPERTY_SEEDS"] ?? ""
        return Int(text).map { max(1, $0) } ?? 1000
    }()

    static let chunks = 10

    /// `ROTAPLAN_PROPERTY_SEED`: the one seed to run (to reproduce a failure).
    static let onlySeed: UInt64? = ProcessInfo.processInfo.environment["ROTAPLAN_PROPERTY_SEED"].flatMap { UInt64($0) }

    /// The seeds of chunk `c`: 1…``seedCount`` cut into ``chunks`` consecutive runs (only
    /// ``onlySeed``, in chunk 0, when it is set).
    static func seeds(chunk c: Int) -> [UInt64] {
        if let only = onlySeed { return c == 0 ? [only] : [] }
        let size = (seedCount + chunks - 1) / chunks
        let first = c * size + 1, last = min(seedCount, (c + 1) * size)
        return first <= last ? (first...last).map(UInt64.init) : []
    }

    /// With `ROTAPLAN_PROPERTY_STATS` set, prints a chunk's tally (for tuning the generators).
    static func note(_ problem: String, chunk: Int, _ text: String) {
        guard ProcessInfo.processInfo.environment["ROTAPLAN_PROPERTY_STATS"] != nil else { return }
        print("\(problem) chunk \(chunk): \(text)")
    }

    /// With ``onlySeed`` set, prints the instance and the brute force's best plan.
    static func show(_ x: Instance, _ best: (objective: Double, plan: Solution)?) {
        guard onlySeed != nil else { return }
        print(InstanceWriter.json(x))
        print(best.map { SolutionFile.json($0.plan, timing: false) } ?? "the checker accepts no plan")
    }

    /// One JSON string literal.
    static func quoted(_ s: String) -> String { JSONText.string(s) }
    static func quoted(_ xs: [String]) -> String { "[" + xs.map { JSONText.string($0) }.joined(separator: ", ") + "]" }

    static func load(_ json: String) throws -> Instance {
        try InstanceLoader.load(bytes: Array(json.utf8), file: "property.json").instance
    }

    /// The best plan the checker accepts among `count` candidates (`plan(i)` builds the
    /// i-th), or nil when it accepts none. Ties keep the first.
    static func best(count: Int, against x: Instance, _ plan: (Int) -> Solution) -> (objective: Double, plan: Solution)? {
        var best: (objective: Double, plan: Solution)?
        for i in 0..<count {
            let candidate = plan(i)
            let report = SolutionChecker.check(candidate, against: x)
            guard report.violations.isEmpty, let v = report.recomputedObjective else { continue }
            if best.map({ v < $0.objective - 1e-9 }) ?? true {
                var s = candidate
                s.objective = v
                best = (v, s)
            }
        }
        return best
    }

    /// Whether the solver's `solution` is what the brute force says: optimal with the best
    /// checked objective (1e-6 relative, §10) and a plan the checker accepts, or infeasible
    /// when the checker accepts no plan. On a disagreement, records an issue that prints
    /// the seed, both plans and the instance (so the case can be pinned as a test).
    @discardableResult
    static func agree(
        _ solution: Solution, best: (objective: Double, plan: Solution)?, instance x: Instance, seed: UInt64,
        solver: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        var problems: [String] = []
        if let best {
            if solution.status != .optimal { problems.append("status \(solution.status.rawValue), but the brute force finds a plan") }
            if let got = solution.objective {
                if !CheckReport.close(got, best.objective) {
                    problems.append("objective \(got), brute-force optimum \(best.objective)")
                }
            } else {
                problems.append("no objective")
            }
            let report = SolutionChecker.check(solution, against: x)
            if !report.verified {
                problems.append("the checker rejects the solver's plan: \(report.violations) \(report.unverified), recomputed \(String(describing: report.recomputedObjective)), declared \(String(describing: solution.objective))")
            } else {
                problems += spoiltClaimsAccepted(solution, x).map { "the checker accepts the solver's plan with \($0)" }
            }
        } else if solution.status != .infeasible {
            problems.append("status \(solution.status.rawValue) (objective \(String(describing: solution.objective))), but the checker accepts no plan")
        }
        guard !problems.isEmpty else { return true }
        Issue.record(Comment(rawValue: """
            seed \(seed), \(solver): \(problems.joined(separator: "; "))
            solver's plan:
            \(SolutionFile.json(solution, timing: false))
            brute force's best plan (objective \(best.map { String($0.objective) } ?? "none")):
            \(best.map { SolutionFile.json($0.plan, timing: false) } ?? "none")
            instance:
            \(InstanceWriter.json(x))
            """), sourceLocation: sourceLocation)
        return false
    }

    /// The solver's verified plan with one claim spoilt — its status, gap, bound, a section
    /// of another problem, a self-move — must each be rejected; returns the spoils the
    /// checker still verified.
    static func spoiltClaimsAccepted(_ solution: Solution, _ x: Instance) -> [String] {
        let objective = solution.objective ?? 0
        var spoils: [(String, Solution)] = []
        func spoil(_ name: String, _ change: (inout Solution) -> Void) {
            var s = solution
            change(&s)
            spoils.append((name, s))
        }
        spoil("status infeasible") { $0.status = .infeasible }
        spoil("status no-solution") { $0.status = .noSolution }
        spoil("status optimal with gap 0.5") { $0.status = .optimal; $0.gap = 0.5 }
        spoil("a bound above the objective") { $0.bound = objective + max(1, abs(objective)) }
        spoil("a negative gap") { $0.status = .feasible; $0.bound = objective; $0.gap = -0.1 }
        spoil("a gap that does not match the bound") {
            $0.status = .feasible; $0.bound = objective - max(1, abs(objective)); $0.gap = 0
        }
        let school = x.schools[0].id.rawValue, teacher = x.teachers.first?.id.rawValue ?? "T1"
        spoil("a self-move") { $0.exchanges.append(.init(teacher: teacher, from: school, to: school)) }
        switch solution.problem {
        case .exchange:
            spoil("a placement") { $0.placements.append(.init(newHire: "N1", host: school, mentor: teacher, years: 1, destination: school)) }
        case .training, .walking:
            spoil("a move") { $0.exchanges.append(.init(teacher: teacher, from: school, to: x.schools.last!.id.rawValue)) }
        case .plan:
            spoil("a stage with gap 0.5") { $0.stages[0].status = .optimal; $0.stages[0].gap = 0.5 }
        }
        if solution.problem != .walking {
            spoil("a lesson") { $0.lessons.append(.init(teacher: teacher, school: school, class: "1-1", subject: "math", day: 1, period: 1)) }
        }
        return spoils.filter { SolutionChecker.check($0.1, against: x).verified }.map(\.0)
    }

    /// Judges a greedy baseline's plan against the brute force: a plan the checker
    /// accepts must be priced as the checker prices it and be no better than the optimum.
    /// `mustHold`: the baseline promises a plan that keeps every rule (training when it
    /// places everyone, walking always); otherwise a plan with violations is not judged.
    static func judgeGreedy(
        _ greedy: Solution, best: (objective: Double, plan: Solution)?, instance x: Instance, seed: UInt64,
        mustHold: Bool, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let report = SolutionChecker.check(greedy, against: x)
        if !report.violations.isEmpty && !mustHold { return true }
        guard !report.passed || best == nil || greedy.objective! < best!.objective - 1e-9 else { return true }
        Issue.record(Comment(rawValue: "seed \(seed): greedy \(String(describing: greedy.objective)) \(report.violations), recomputed \(String(describing: report.recomputedObjective)), brute force \(String(describing: best?.objective))\n\(InstanceWriter.json(x))"),
                     sourceLocation: sourceLocation)
        return false
    }
}
