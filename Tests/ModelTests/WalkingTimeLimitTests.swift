import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// The walking time limit covers the whole solve (docs/walking.md, "The strong
/// formulation", 5–7): greedy start, building, every part's LP relaxation and search.
/// Not a benchmark: the margins are generous, the behaviour is what is checked — the
/// solve stops near the limit and still returns a plan that keeps every rule.
@Suite struct WalkingTimeLimitTests {
    static func bench(_ name: String) throws -> Instance {
        try instance(root.appendingPathComponent("instances/bench/\(name).json").path)
    }

    /// District files not proven within 30 s (benchmarks/README.md): luohe-medium has
    /// three parts, the largest needing seconds for its LP relaxation alone (the file
    /// that ran 10 s past its limit); zhengzhou-medium is one part.
    @Test(arguments: [("luohe-medium-s1", 1.0), ("luohe-medium-s1", 0.3), ("zhengzhou-medium-s1", 0.5)])
    func aTinyLimitIsHonouredAndThePlanChecks(_ name: String, _ limit: Double) throws {
        let x = try Self.bench(name)
        var o = WalkingSolve.defaultOptions
        o.timeLimit = limit
        let out = try WalkingSolve.run(x, options: o)
        if name.hasPrefix("luohe") { #expect(out.parts == 3) }
        let s = out.solution
        let seconds = try #require(s.seconds)
        // Debug build, suites running in parallel on two cores: the margin is for the load
        // (failures were seen at + 2 s); the figures are in benchmarks/README.md, "Limits".
        #expect(seconds <= limit + 5, "\(name): \(seconds) s with a \(limit) s limit")
        // The greedy plan is always at hand, so a plan is always returned, and it checks.
        #expect(s.status == .feasible || s.status == .optimal, "\(name): \(s.status)")
        let report = SolutionChecker.check(s, against: x)
        #expect(report.passed, "\(name): \(report.violations)")
        #expect(report.objectiveMatches, "\(name): declared \(String(describing: s.objective)), recomputed \(String(describing: report.recomputedObjective))")
    }

    /// A limit of zero: every part is past the deadline, keeps its greedy plan, and the
    /// answer is still a checked plan (with no bound, since GLPK was never asked).
    @Test func aZeroLimitKeepsTheGreedyPlan() throws {
        let x = try Self.bench("luohe-medium-s1")
        var o = WalkingSolve.defaultOptions
        o.timeLimit = 0
        let out = try WalkingSolve.run(x, options: o)
        #expect(out.parts > 1)
        let s = out.solution
        #expect(s.status == .feasible && s.bound == nil)
        #expect(try #require(s.seconds) <= 5)  // no model is built: the greedy plan alone
        #expect(SolutionChecker.check(s, against: x).passed)
        let greedy = try WalkingGreedy.run(x)
        #expect(s.objective! <= greedy.objective! + 1e-9, "no worse than first-fit")
    }

    /// A stop asked for before the solve: every part keeps its greedy plan and no model
    /// is built (on a city part building alone took 6.7 s, so Ctrl-C waited for it).
    @Test func aStopKeepsTheGreedyPlanWithoutBuilding() throws {
        let x = try Self.bench("luohe-medium-s1")
        let stop = SolveCancellation()
        stop.cancel()
        let out = try WalkingSolve.run(x, cancellation: stop)
        let s = out.solution
        #expect(s.status == .feasible && s.bound == nil)
        #expect(s.model?.columns == 0, "no part's model is built after a stop")
        #expect(SolutionChecker.check(s, against: x).passed)
    }

    /// The solve shares its time and picks the city-size parts by `columnCount`, counted
    /// without building: it must be the column count of the model built.
    @Test(arguments: ["luohe-small-s1", "nanchang-small-s1", "qingdao-tiny-s1"])
    func columnCountIsTheModelsColumnCount(_ name: String) throws {
        let x = try Self.bench(name)
        for part in try WalkingScope(x).components() {
            #expect(part.columnCount == (try WalkingModel(part).model.variableCount))
            #expect(part.columnCount == (try WalkingModel(part, formulation: .plain).model.variableCount))
        }
    }

    /// GLPK's pseudocost branching initialises pseudocosts by LP solves that never look at
    /// the clock (35 s at one node of luohe-medium, 10–15 s past a 30 s limit); showing
    /// that overrun takes a limit above the 5 s root LP, too slow for this suite, so the
    /// choice itself is pinned here.
    @Test func branchingNeverInitialisesPseudocosts() {
        #expect(WalkingSolve.defaultOptions.branching != .pseudocost)
    }
}
