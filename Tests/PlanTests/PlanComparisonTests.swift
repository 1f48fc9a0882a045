import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanPlan
import RotaplanReports
import RotaplanFormats

/// What-if comparison: the baseline and each policy variant solved by the same pipeline,
/// each plan checked against its own variant, differences marked in the table.
@Suite struct PlanComparisonTests {
    @Test func variantsChangeOnlyTheirPolicyAndAreMarked() throws {
        let x = try PlanPipelineTests.swap()
        let plans = try PlanComparison.instances(x, variants: [
            PolicySetting.list("weights.walking.visit=5"), PolicySetting.list("exchange.minRate=1"),
        ])
        #expect(plans.map(\.name) == ["baseline", "weights.walking.visit=5", "exchange.minRate=1"])
        #expect(plans[1].instance.policy.weights.walking.visit == 5)
        let results = try PlanComparison.run(plans)
        for v in results {
            #expect(SolutionChecker.check(v.outcome.solution, against: v.instance).violations.isEmpty, "\(v.name)")
        }
        // No visit happens in the baseline (T1 teaches at their new home), so the visit
        // weight changes nothing; every eligible teacher moving is the swap the baseline makes.
        #expect(results[1].metrics.objective == results[0].metrics.objective)
        #expect(results[2].outcome.solution.exchanges.count == 2)
        let table = PlanComparison.table(results, .en)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("figure"))
        #expect(lines[0].contains("baseline") && lines[0].contains("exchange.minRate=1"))
        // Every row has its cells right-aligned under the header's columns.
        let width = lines[0].count
        for line in lines.dropLast() { #expect(line.count == width, "\(line)") }
    }

    @Test func aStricterPolicyThatCannotHoldIsShownAsSuch() throws {
        let x = try PlanPipelineTests.swap(minRate: 0, t2Years: 0)
        let results = try PlanComparison.run(PlanComparison.instances(x, variants: [PolicySetting.list("exchange.minRate=1")]))
        #expect(results[0].outcome.solution.status == .optimal)
        #expect(results[1].outcome.solution.status == .infeasible)
        let table = PlanComparison.table(results, .en)
        let status = try #require(table.split(separator: "\n").first { $0.hasPrefix("Plan status") })
        #expect(status.contains("optimal") && status.contains("infeasible *"), "\(status)")
        let zh = PlanComparison.table(results, .zh)
        #expect(zh.contains("方案状态") && zh.contains("基准"))
    }

    @Test func badVariantsAreAllReported() throws {
        let x = try PlanPipelineTests.swap()
        do {
            _ = try PlanComparison.instances(x, variants: [PolicySetting.list("exchange.minRate=2"), PolicySetting.list("walking.nope=1")])
            Issue.record("accepted")
        } catch let error as InstanceError {
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.contains("variant 1") && text.contains("variant 2"), "\(text)")
        }
    }
}
