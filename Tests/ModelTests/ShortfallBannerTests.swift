import Foundation
import Testing
import RotaplanDomain
import RotaplanFormats
import RotaplanModels
import RotaplanReports
import RotaplanText

/// No green "optimal" banner over a shortfall (issue 17 item 4): a plan that leaves walking
/// periods uncovered or new hires unplaced is "optimal for what it could do", the
/// shortfall first and warn-coloured, on the page, in summary.md, in both languages.
@Suite struct ShortfallBannerTests {
    static func tiny() throws -> Instance { try instance(examples.appendingPathComponent("tiny-luohe.json").path) }

    /// tiny-luohe with class 5-1 at S3 asking for 3 periods of science, which no itinerant
    /// teacher teaches (8 periods asked in all).
    static func science() throws -> Instance {
        let text = try String(contentsOf: examples.appendingPathComponent("tiny-luohe.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"walkingDemand\": [", with: """
                "walkingDemand": [{"school": "S3", "class": "5-1", "subject": "science", "periodsPerWeek": 3, "slots": [[1, 1], [2, 1], [3, 1]]},
                """)
        return try InstanceLoader.load(bytes: Array(text.utf8), file: "science.json").instance
    }

    @Test func uncoveredWalkingPeriodsComeFirst() throws {
        let x = try Self.science()
        let (plan, _) = try solvedPlan(x)
        #expect(plan.status == .optimal && plan.uncovered.contains { $0.subject == "science" && $0.periods == 3 })
        let uncovered = plan.uncovered.reduce(0) { $0 + $1.periods }
        let report = PlanReport(instance: x, solution: plan)
        let en = report.html(.en), zh = report.html(.zh)
        #expect(en.contains("class=\"banner warn\"") && !en.contains("class=\"banner ok\""))
        #expect(en.contains("\(uncovered) of 8 walking periods could not be covered: ") && en.contains("5-1 science 3"), "\(en)")
        #expect(en.contains("for the rest the plan is optimal.") && !en.contains("Every stage was solved to proven optimality"))
        #expect(zh.contains("8 节走教课中有 \(uncovered) 节无法安排：") && zh.contains("5-1 ") && zh.contains(" 3 课时") && zh.contains("其余部分为最优方案"), "\(zh)")
        // The shortfall is the banner's first sentence.
        let banner = try #require(en.range(of: "class=\"banner warn\"")).upperBound
        let first = en[banner...].range(of: "walking periods could not be covered")!.lowerBound
        #expect(en[banner..<first].count < 120)
        #expect(report.summaryMarkdown(.zh).contains("节无法安排") && report.summaryMarkdown(.en).contains("could not be covered"))
        // The walking stage's own page and summary say it too.
        let walking = try WalkingSolve.run(x).solution
        let page = WalkingReport(instance: x, solution: walking)
        #expect(page.html().contains("class=\"banner warn\"") && page.html().contains("walking periods could not be covered"))
        #expect(page.summaryMarkdown().contains("> **8 节走教课中有"))
    }

    @Test func unplacedHiresComeFirst() throws {
        var x = try Self.tiny()
        x.walkingDemand = []
        x.newHires[1].minYears = 3
        let out = try TrainingSolve.solve(x, formulation: .aggregated, separateParts: true, options: .init(), progress: nil, cancellation: nil)
        #expect(out.solution.isPartial)
        let page = TrainingReport(instance: x, solution: out.solution)
        #expect(page.html().contains("class=\"banner warn\"") && page.html().contains("1 of 2 new hires could not be placed: N02 (孙悦)"))
        #expect(page.summaryMarkdown().contains("2 名新教师中有 1 名无法安排：N02（孙悦）"))
        // In the plan, the partial training is a shortfall (warn), its placements shown.
        let (plan, _) = try solvedPlan(x)
        let html = PlanReport(instance: x, solution: plan).html(.en)
        #expect(html.contains("class=\"banner warn\"") && html.contains("1 of 2 new hires could not be placed"), "\(html)")
        #expect(html.contains("N01"))
    }

    @Test func aPlanThatDoesEverythingStaysGreen() throws {
        var x = try Self.tiny()
        x.walkingDemand = []
        let (plan, _) = try solvedPlan(x)
        let html = PlanReport(instance: x, solution: plan).html(.en)
        #expect(html.contains("class=\"banner ok\"") && html.contains("Every stage was solved to proven optimality"))
    }
}
