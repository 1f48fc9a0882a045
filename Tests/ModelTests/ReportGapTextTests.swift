import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
import RotaplanReports
import RotaplanText

/// What a plan's bound and gap mean (``GapText``), in both languages, and where the
/// reports say it: summary.md and report.html of each stage, the plan report's banner.
@Suite struct ReportGapTextTests {
    /// A solution with the given figures (the reports render what the solution says).
    static func with(_ s: Solution, _ status: Solution.Status, bound: Double?, gap: Double?) -> Solution {
        var s = s
        s.status = status; s.bound = bound; s.gap = gap
        return s
    }

    static func exchangeSolution() throws -> (Instance, Solution) {
        let x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        return (x, try ExchangeSolve.run(x).solution)
    }

    @Test func provenGapInBothLanguages() {
        let t = GapText.proven(gap: 0.0004, bound: 238.75)
        #expect(t.en == "gap 0.04%: no plan can be more than 0.04% better than this one (the bound 238.7500 is proven: no plan's objective is below it); 0 means proven optimal.")
        #expect(t.zh == "差距 0.04%：任何方案都不可能比本方案好 0.04% 以上（已证明界 238.7500：没有方案的目标值低于它）；差距为 0 表示已证明最优。")
    }

    @Test func optimalAndNoBoundInBothLanguages() {
        let optimal = GapText.meaning(status: .optimal, objective: 12, bound: 12, gap: 0)
        #expect(optimal?.en == "gap 0: proven optimal, no plan is better than this one (its bound equals its objective).")
        #expect(optimal?.zh == "差距 0：已证明最优，没有比本方案更好的方案（界等于目标值）。")
        let none = GapText.meaning(status: .feasible, objective: 308.28, bound: nil, gap: nil)
        #expect(none?.en.hasPrefix("no bound was proven: nothing bounds the best possible objective") == true)
        #expect(none?.en.contains("nothing says how much better another plan may be") == true)
        #expect(none?.zh.hasPrefix("未证明界：") == true)
        #expect(none?.zh.contains("无法说明其他方案可能好多少") == true)
    }

    @Test func noSentenceWithoutAPlan() {
        #expect(GapText.meaning(status: .infeasible, objective: nil, bound: nil, gap: nil) == nil)
        #expect(GapText.meaning(status: .noSolution, objective: nil, bound: nil, gap: nil) == nil)
        #expect(GapText.meaning(status: nil, objective: 3, bound: 3, gap: 0) == nil)  // a stage not run
    }

    @Test func gapFromTheFiguresWhenNotGiven() {
        let t = GapText.meaning(status: .feasible, objective: 200, bound: 199, gap: nil)
        #expect(t?.en.hasPrefix("gap 0.50%: no plan can be more than 0.50% better") == true)
    }

    @Test(arguments: [(0.0, "0%"), (0.0004, "0.04%"), (0.000023, "0.0023%"), (0.5, "50.00%"), (1e-9, "< 0.0001%")])
    func smallGapsNeverShowAsZero(_ gap: Double, _ text: String) {
        #expect(GapText.percent(gap) == text)
    }

    @Test func exchangeReportsSayWhatTheGapMeans() throws {
        let (x, solved) = try Self.exchangeSolution()
        let z = try #require(solved.objective)
        let feasible = Self.with(solved, .feasible, bound: z * (1 - 0.0004), gap: 0.0004)
        let r = ExchangeReport(instance: x, solution: feasible)
        let md = r.summaryMarkdown(), html = r.html()
        #expect(md.contains("- 差距 gap: 差距 0.04%：任何方案都不可能比本方案好 0.04% 以上"))
        #expect(md.contains(" / gap 0.04%: no plan can be more than 0.04% better than this one"))
        #expect(html.contains("<p class=\"gap\">差距 0.04%：任何方案都不可能比本方案好 0.04% 以上"))
        #expect(html.contains("<br>gap 0.04%: no plan can be more than 0.04% better than this one"))

        let optimal = ExchangeReport(instance: x, solution: Self.with(solved, .optimal, bound: z, gap: 0))
        #expect(optimal.summaryMarkdown().contains("- 差距 gap: 差距 0：已证明最优"))
        #expect(optimal.html().contains("gap 0: proven optimal"))

        let unbounded = ExchangeReport(instance: x, solution: Self.with(solved, .feasible, bound: nil, gap: nil))
        #expect(unbounded.summaryMarkdown().contains("- 差距 gap: 未证明界：") && unbounded.summaryMarkdown().contains("/ no bound was proven:"))
        #expect(unbounded.html().contains("no bound was proven:"))
    }

    @Test func walkingReportsSayWhatTheGapMeans() throws {
        let x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        let greedy = try WalkingGreedy.run(x)
        let z = try #require(greedy.objective)
        let r = WalkingReport(instance: x, solution: Self.with(greedy, .feasible, bound: z * 0.9, gap: 0.1))
        #expect(r.summaryMarkdown().contains("- 差距 gap: 差距 10.00%：任何方案都不可能比本方案好 10.00% 以上"))
        #expect(r.html().contains("<br>gap 10.00%: no plan can be more than 10.00% better than this one"))
        let none = WalkingReport(instance: x, solution: Self.with(greedy, .feasible, bound: nil, gap: nil))
        #expect(none.summaryMarkdown().contains("no bound was proven"))
        #expect(none.html().contains("未证明界"))
    }

    @Test func planBannerExplainsGapsAndMissingBounds() {
        let withGap = ReportSentence.notProven([(.exchange, "0.04"), (.walking, nil)])
        #expect(withGap.en.hasPrefix("Not proven optimal within the time limit: Exchange (within 0.04% of the best possible), "))
        #expect(withGap.en.contains("(no bound proven). A gap of g% means no plan can be more than g% better"))
        #expect(withGap.zh.contains("（未证明界）。差距 g% 表示任何方案都不可能好 g% 以上"))
    }
}
