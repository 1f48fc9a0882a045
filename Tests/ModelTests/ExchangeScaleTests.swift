import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
@testable import RotaplanModels
import RotaplanFormats

/// A cross-group instance in the shape of the one that made GLPK abort (issue 15,
/// finding 1): `schools` schools of one district in groups of five, every school located
/// within a few km, `teachers` eligible teachers, `allowCrossGroup` on, so every teacher
/// may move to every other school.
func crossGroupInstance(schools: Int, teachers: Int, weights: String = "") throws -> Instance {
    var state: UInt64 = 11
    func next() -> UInt64 {  // a 64-bit LCG: deterministic, enough for a test instance
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    func unit() -> Double { Double(next() % 10_000) / 10_000 }
    var s: [String] = [], g: [String] = [], t: [String] = []
    for k in 0..<schools {
        s.append(#"{"id":"S\#(k)","name":"School \#(k)","district":"D1","stage":"primary","students":800,"location":{"lat":\#(34.7 + unit() * 0.05),"lon":\#(113.7 + unit() * 0.05)}}"#)
    }
    for k in stride(from: 0, to: schools - schools % 5, by: 5) {
        g.append(#"{"id":"G\#(k / 5)","name":"Group \#(k / 5)","type":"tight","core":"S\#(k)","members":["S\#(k + 1)","S\#(k + 2)","S\#(k + 3)","S\#(k + 4)"]}"#)
    }
    let subjects = ["math", "chinese", "english", "physics", "music"], titles = ["senior", "first", "second", "none"]
    for k in 0..<teachers {
        t.append(#"{"id":"T\#(k)","name":"Teacher \#(k)","school":"S\#(k % schools)","subject":"\#(subjects[k % 5])","title":"\#(titles[Int(next() % 4)])","backbone":\#(next() % 5 == 0),"yearsAtSchool":\#(6 + Int(next() % 10))}"#)
    }
    let json = #"{"format":"rotaplan-instance/1","name":"cross-group","policy":{"preset":"national","exchange":{"allowCrossGroup":true}\#(weights)},"groups":[\#(g.joined(separator: ","))],"schools":[\#(s.joined(separator: ","))],"teachers":[\#(t.joined(separator: ","))]}"#
    return try InstanceLoader.load(bytes: Array(json.utf8), file: "cross-group.json").instance
}

@Suite struct ExchangeScaleTests {
    static let benchFiles = ["luohe-small-s1", "changsha-small-s1", "qingdao-small-s1", "zhengzhou-tiny-s1", "nanchang-small-s1"]

    /// The estimate made before building counts the built model's move columns exactly and
    /// its nonzeros from above, within 60%, with and without allowCrossGroup.
    @Test(arguments: benchFiles)
    func theEstimateMatchesTheBuiltModel(_ name: String) throws {
        var x = try instance(root.appendingPathComponent("instances/bench/\(name).json").path)
        for cross in [false, true] {
            x.policy.exchange.allowCrossGroup = cross
            for part in ExchangeParts.of(x) {
                for formulation in ExchangeModel.Formulation.allCases {
                    let estimate = ExchangeModel.estimatedSize(x, formulation: formulation, part: part)
                    let built = try ExchangeModel(x, formulation: formulation, part: part).model
                    let label = "\(name) cross \(cross) \(formulation) part \(part.groups.first ?? -1)"
                    #expect(estimate.integers == built.integerCount, "\(label)")
                    #expect(estimate.nonzeros >= built.nonzeroCount, "\(label): \(estimate.nonzeros) < \(built.nonzeroCount)")
                    #expect(Double(estimate.nonzeros) <= 1.6 * Double(max(built.nonzeroCount, 20)), "\(label): \(estimate.nonzeros) vs \(built.nonzeroCount)")
                }
            }
        }
    }

    /// 1,000 schools × 5,000 teachers across groups: about 5 million columns, far past the
    /// 4 GiB a solve may take by default. Refused before the model is built, with what it
    /// would need and what to change (GLPK aborted at 7.2 GB on it before).
    @Test func aCrossGroupGiantIsRefusedBeforeItIsBuilt() throws {
        let x = try crossGroupInstance(schools: 1000, teachers: 5000)
        let parts = ExchangeParts.of(x)
        #expect(parts.count == 1)
        let size = ExchangeModel.estimatedSize(x, part: parts[0])
        #expect(size.integers > 3_000_000)
        let out = try ExchangeSolve.run(x)
        #expect(out.solution.status == .noSolution)
        #expect(out.solution.objective == nil && out.solution.exchanges.isEmpty)
        let why = try #require(words(out.explanations, x).first)
        #expect(why.en.contains("would need about") && why.en.contains("GiB") && why.en.contains("allowCrossGroup"), "\(why.en)")
        #expect(why.zh.contains("内存") && why.zh.contains("allowCrossGroup"), "\(why.zh)")
    }

    /// Under an explicit limit a model that fits is solved, and one that does not is refused.
    @Test func theMemoryLimitDecides() throws {
        let x = try crossGroupInstance(schools: 10, teachers: 30)
        var o = ExchangeSolve.defaultOptions
        o.memoryLimit = 1 << 30
        o.timeLimit = 30
        #expect(try ExchangeSolve.run(x, options: o).solution.objective != nil)
        o.memoryLimit = 100_000
        let refused = try ExchangeSolve.run(x, options: o)
        #expect(refused.solution.status == .noSolution)
        #expect(words(refused.explanations, x).first?.en.contains("this run may use") == true)
    }

    /// Weights whose term the model bounds from one side only must be ≥ 0: a negative one
    /// is an input error that says why (it made every formulation answer a false
    /// "infeasible" while the greedy plan held, issue 15 finding 6).
    @Test(arguments: [("exchange", "balance"), ("exchange", "shortage"), ("walking", "visit"), ("walking", "travelHalfHour")])
    func negativeWeightsThatUnbindAModelAreInputErrors(_ problem: String, _ key: String) throws {
        let json = #"{"policy":{"weights":{"\#(problem)":{"\#(key)":-1}}},"groups":[],"schools":[],"teachers":[]}"#
        do {
            _ = try InstanceLoader.load(bytes: Array(json.utf8), file: "w.json")
            Issue.record("a negative \(key) weight was accepted")
        } catch {
            let d = try #require(error.diagnostics.first { $0.path == "policy.weights.\(problem).\(key)" }, "\(error.diagnostics)")
            #expect(d.message.contains("-1 is negative; this weight must be 0 or more"), "\(d.message)")
        }
    }

    /// Other weights may be negative: their terms count 0/1 decisions, the optimum exists,
    /// the optimiser finds it and the checker agrees (and the greedy plan is no better).
    @Test func otherNegativeWeightsSolveAndCheck() throws {
        let w = #","weights":{"exchange":{"travelHour":-1,"preferenceRank":-0.5,"costPer10k":-1,"ruralForTitle":-2}}"#
        let x = try crossGroupInstance(schools: 10, teachers: 30, weights: w)
        let out = try ExchangeSolve.run(x)
        #expect(out.solution.status == .optimal)
        let report = SolutionChecker.check(out.solution, against: x)
        #expect(report.passed, "\(report.violations)")
        let greedy = try ExchangeGreedy.run(x)
        if let g = greedy.objective, let o = out.solution.objective { #expect(g >= o - 1e-6) }
    }

    /// The largest part of luohe-large-s1 with allowCrossGroup (over a million
    /// nonzeros): its solve honours a 3 s limit, and a stop asked for 1 s in. Before, GLPK's
    /// presolver scaled it for tens of seconds with no callback (48 s for `--time-limit 20`
    /// in benchmarks/README.md "Scale"); `selfScalingFrom: .max` restores that path, which
    /// is how this test was seen to fail.
    @Test func aLargeCrossGroupModelHonoursTheLimitAndAStop() throws {
        var x = try instance(root.appendingPathComponent("instances/bench/luohe-large-s1.json").path)
        x.policy.exchange.allowCrossGroup = true
        let part = try #require(ExchangeParts.of(x).max {
            ExchangeModel.estimatedSize(x, part: $0).nonzeros < ExchangeModel.estimatedSize(x, part: $1).nonzeros
        })
        let built = try ExchangeModel(x, part: part)
        #expect(built.model.nonzeroCount > 1_000_000)
        let clock = ContinuousClock()
        var o = ExchangeSolve.defaultOptions
        o.timeLimit = 3
        var r: SolveResult?
        let limited = try clock.measure { r = try built.model.solve(options: o) }
        #expect(limited < .seconds(3) + wallClockSlack(3), "\(limited) for a 3 s limit")
        #expect(r?.termination == .timeLimit)
        let stop = SolveCancellation()
        let stopper = Thread { Thread.sleep(forTimeInterval: 1); stop.cancel() }
        stopper.start()
        let stopped = try clock.measure { r = try built.model.solve(options: ExchangeSolve.defaultOptions, cancellation: stop) }
        #expect(stopped < .seconds(1) + wallClockSlack(3), "\(stopped) for a stop after 1 s")
        #expect(r?.termination == .stoppedByUser)
    }

    /// An unbounded answer is never written as "infeasible": it is an error (a bug).
    @Test func anUnboundedAnswerIsNotInfeasible() throws {
        var m = Model()
        let v = try m.addVariable(.continuous, lower: 0, upper: .infinity)
        try m.minimize(-1 * v)
        let r = try m.solve()
        #expect(r.status == .unbounded)
        #expect(throws: UnboundedModel.self) { try Solution.Status(r, problem: .exchange) }
    }
}
