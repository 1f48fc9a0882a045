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

    /// A variant is validated like an instance (MODEL.md §3, §10): a transport price needs
    /// km between the schools the exchange uses, which this instance's travel row lacks
    /// (and its schools have no location), so the variant is an input error naming the
    /// --set and the record, before any solve.
    @Test func aVariantThatMakesTheInstanceInvalidIsAnInputError() throws {
        let text = """
            {"format": "rotaplan-instance/1", "name": "no-km",
             "groups": [{"id": "G1", "name": "Group", "type": "tight", "core": "H", "members": ["A"]}],
             "schools": [{"id": "H", "name": "Core", "stage": "primary", "students": 500},
                         {"id": "A", "name": "Member", "stage": "primary", "students": 300}],
             "travel": [{"from": "H", "to": "A", "minutes": 10}],
             "teachers": [{"id": "T1", "name": "One", "school": "H", "subject": "music", "yearsAtSchool": 10}]}
            """
        let x = try InstanceLoader.load(bytes: Array(text.utf8), file: "no-km.json").instance
        #expect(try PlanComparison.instances(x, variants: [PolicySetting.list("cost.allowancePerDay=50")]).count == 2)
        do {
            _ = try PlanComparison.instances(x, variants: [PolicySetting.list("cost.transportPerKm=1")])
            Issue.record("a variant without the km it needs was accepted")
        } catch let error as InstanceError {
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.contains("--set cost.transportPerKm=1 (variant 1): error: travel: no km between H (Core) and A (Member)"), "\(text)")
        }
    }
}
