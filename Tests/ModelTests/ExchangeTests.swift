import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels
import RotaplanFormats

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let examples = root.deletingLastPathComponent().appendingPathComponent("shared/spec/examples")

func instance(_ path: String) throws -> Instance {
    try InstanceLoader.load(path: path).instance
}

/// Expected optima of ../shared/spec/examples/EXPECTED.tsv (an independent implementation).
func expected(_ name: String, _ problem: String) -> Double? {
    guard let text = try? String(contentsOf: examples.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n").dropFirst() {
        let f = line.split(separator: "\t")
        if f.count == 4, f[0] == name, f[1] == problem { return Double(f[3]) }
    }
    return nil
}

@Suite struct ExchangeTests {
    @Test func tinyLuoheReachesTheIndependentOptimum() throws {
        let x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let out = try ExchangeSolve.run(x)
        let want = try #require(expected("tiny-luohe", "exchange"))
        #expect(out.solution.status == .optimal)
        let got = try #require(out.solution.objective)
        #expect(CheckReport.close(got, want), "got \(got), expected \(want)")
        #expect(out.solution.exchanges.map { "\($0.teacher)→\($0.to)" } == ["T02→S3", "T06→S3", "T09→S1", "T10→S2"])
        let report = SolutionChecker.check(out.solution, against: x)
        #expect(report.passed, "\(report.violations)")
    }

    @Test(arguments: ["tiny-luohe", "small-zhengdong", "small-changsha"])
    func checkerAcceptsTheReferencePlans(_ name: String) throws {
        let x = try instance(examples.appendingPathComponent("\(name).json").path)
        let path = examples.appendingPathComponent("solutions/\(name).exchange.json").path
        let s = try SolutionFile.read(bytes: InstanceLoader.readFile(path), file: path)
        let report = SolutionChecker.check(s, against: x)
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.objectiveMatches, "declared \(String(describing: s.objective)), recomputed \(String(describing: report.recomputedObjective))")
        #expect(CheckReport.close(report.recomputedObjective!, expected(name, "exchange")!))
    }

    static let bundled: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("instances").path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()

    @Test(arguments: bundled)
    func bundledInstancesSolveAndCheck(_ file: String) throws {
        let x = try instance(root.appendingPathComponent("instances/\(file)").path)
        let out = try ExchangeSolve.run(x)
        #expect(out.solution.status == .optimal)
        // Through the file format, as `rotaplan check` sees it.
        let text = SolutionFile.json(out.solution)
        let back = try SolutionFile.read(bytes: Array(text.utf8), file: file)
        let report = SolutionChecker.check(back, against: x)
        #expect(report.passed, "\(file): \(report.violations) declared \(String(describing: back.objective)) recomputed \(String(describing: report.recomputedObjective))")
    }

    @Test(arguments: bundled + ["../../shared/spec/examples/tiny-luohe.json"])
    func plainAndAggregatedReachTheSameOptimum(_ file: String) throws {
        let x = try instance(root.appendingPathComponent("instances/\(file)").path)
        let plain = try ExchangeSolve.run(x, formulation: .plain).solution
        let aggregated = try ExchangeSolve.run(x, formulation: .aggregated).solution
        #expect(plain.status == .optimal && aggregated.status == .optimal)
        #expect(CheckReport.close(plain.objective!, aggregated.objective!), "\(file): plain \(plain.objective!), aggregated \(aggregated.objective!)")
        #expect(SolutionChecker.check(aggregated, against: x).passed)
        // Aggregation merges interchangeable teachers: never more columns than plain.
        let p = try ExchangeModel(x, formulation: .plain).model.variableCount
        let a = try ExchangeModel(x, formulation: .aggregated).model.variableCount
        #expect(a <= p)
    }

    @Test(arguments: bundled + ["../../shared/spec/examples/tiny-luohe.json"])
    func greedyBaselineHoldsAndTheOptimiserIsNoWorse(_ file: String) throws {
        let x = try instance(root.appendingPathComponent("instances/\(file)").path)
        let greedy = try ExchangeGreedy.run(x)
        let report = SolutionChecker.check(greedy, against: x)
        #expect(report.passed, "\(file): \(report.violations)")
        let best = try ExchangeSolve.run(x).solution
        #expect(best.objective! <= greedy.objective! + 1e-9)
    }

    @Test func sameInstanceSameBytes() throws {
        let x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        let a = SolutionFile.json(try ExchangeSolve.run(x).solution, timing: false)
        let b = SolutionFile.json(try ExchangeSolve.run(x).solution, timing: false)
        #expect(a == b)
    }

    @Test func checkerCatchesPerturbedPlans() throws {
        let x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let good = try ExchangeSolve.run(x).solution
        // Drop a move: the headcount of S3 no longer balances (tolerance 0) and the
        // objective changes.
        var dropped = good
        dropped.exchanges.removeLast()
        var report = SolutionChecker.check(dropped, against: x)
        #expect(report.violations.contains { $0.rule == .exchangeHeadcount })
        #expect(!report.objectiveMatches)
        // Move a teacher who is not eligible (T05: 3 years at the school).
        var ineligible = good
        ineligible.exchanges.append(.init(teacher: "T05", from: "S1", to: "S2"))
        report = SolutionChecker.check(ineligible, against: x)
        #expect(report.violations.contains { $0.rule == .exchangeEligibility })
        // A wrong declared objective.
        var wrong = good
        wrong.objective = good.objective! + 0.01
        wrong.bound = wrong.objective  // the header stays consistent: only the objective is wrong
        report = SolutionChecker.check(wrong, against: x)
        #expect(report.violations.isEmpty && !report.objectiveMatches && !report.passed)
        // Moving a teacher twice.
        var twice = good
        twice.exchanges.append(twice.exchanges[0])
        #expect(SolutionChecker.check(twice, against: x).violations.contains { $0.rule == .exchangeOnce })
    }

    @Test func volumeRuleBindsAndChangesTheOptimum() throws {
        // With minRate 0 nobody has to move; the tiny instance's optimum then moves fewer
        // teachers or none, and costs no more than with the volume rule.
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let bound = try ExchangeSolve.run(x).solution
        x.policy.exchange.minRate = 0
        let free = try ExchangeSolve.run(x).solution
        #expect(free.objective! <= bound.objective! + 1e-9)
        x.policy.exchange.minRate = 1  // all 7 eligible must move: impossible within the rules
        let outcome = try ExchangeSolve.run(x)
        let strict = outcome.solution
        #expect(strict.status == .infeasible)
        #expect(strict.exchanges.isEmpty && strict.objective == nil)
        // Explained in the user's terms by the elastic re-solve.
        #expect(english(outcome.explanations, x) == [
            "§4.2 volume: group G1 must move at least 7 of its 7 eligible teachers (minRate 1.0), but with the other rules at most 5 can move",
        ])
    }

    @Test func zeroBudgetIsExplained() throws {
        // Luohe pays 80 yuan a day for any move to a rural school; two-way exchange
        // (tolerance 0) makes every plan send someone to S2 or S3, so a budget of 0 leaves
        // no plan. The explanation names the rule that had to give way.
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        x.policy.cost.budgetPerGroup = 0
        let outcome = try ExchangeSolve.run(x)
        #expect(outcome.solution.status == .infeasible)
        #expect(!english(outcome.explanations, x).isEmpty)
        #expect(english(outcome.explanations, x).allSatisfy { $0.hasPrefix("§4.") }, "\(english(outcome.explanations, x))")
        #expect(english(outcome.explanations, x).contains { $0.contains("group G1") })
    }

    /// small-changsha is not proven within minutes, and GLPK needs several seconds for
    /// its first plan: under a 2 s limit the greedy plan is the starting plan, so a
    /// checked plan is written anyway, marked feasible, never better than the optimum.
    @Test func timeLimitReturnsACheckedPlanWithItsGap() throws {
        let x = try instance(examples.appendingPathComponent("small-changsha.json").path)
        var o = ExchangeSolve.defaultOptions
        o.timeLimit = 2
        let out = try ExchangeSolve.run(x, options: o)
        #expect(out.solution.status == .feasible)
        #expect(out.solution.seconds! < 6)
        let report = SolutionChecker.check(out.solution, against: x)
        #expect(report.passed, "\(report.violations)")
        #expect(out.solution.objective! >= expected("small-changsha", "exchange")! - 1e-6)
        if let gap = out.solution.gap { #expect(gap > 0) }
    }
}
