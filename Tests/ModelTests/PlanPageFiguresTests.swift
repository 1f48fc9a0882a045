import Foundation
import Testing
import RotaplanDomain
import RotaplanReports
import RotaplanFormats

/// Every figure shown on one plan page is computed once (issue 16, MODEL.md §10): the
/// KPI box's quality spread and the school table's per-capita quality both divide by
/// n(s) before any move, also when `headcountTolerance` lets a headcount change.
@Suite struct PlanPageFiguresTests {
    /// G1 = core S1 (two senior teachers, v 3 each), member S2 (two teachers with v 0).
    /// Q̄ = 1.5; minRate 0.25 asks for one mover. Balance 1, travelHour 1: one senior
    /// moving S1 → S2 alone (tolerance 1) gives 3/2 = 1.5 at both schools (deviation 0)
    /// with one move, where a swap needs two. So the optimum changes both headcounts.
    static let oneWay = """
        {"format": "rotaplan-instance/1", "name": "one-way move",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0.25, "minBackboneShare": 0, "maxCoreBackboneOutShare": 1, "headcountTolerance": 1},
                    "weights": {"exchange": {"balance": 1, "travelHour": 1, "preferenceRank": 0, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 0}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary"}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10, "km": 5}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "senior", "yearsAtSchool": 10},
           {"id": "T2", "name": "T2", "school": "S1", "subject": "math", "title": "senior", "yearsAtSchool": 10},
           {"id": "T3", "name": "T3", "school": "S2", "subject": "math", "yearsAtSchool": 10},
           {"id": "T4", "name": "T4", "school": "S2", "subject": "math", "yearsAtSchool": 10}]}
        """

    @Test func kpiBoxAndSchoolTableAgreeWhenAHeadcountChanges() throws {
        let x = try InstanceLoader.load(bytes: Array(Self.oneWay.utf8), file: "one-way.json").instance
        let (plan, _) = try solvedPlan(x)
        #expect(plan.exchanges.count == 1)
        let report = PlanReport(instance: x, solution: plan)
        let grouped = report.schools.filter { x.schools[$0.school].group != nil && $0.teachersBefore > 0 }
        #expect(grouped.contains { $0.teachersAfter != $0.teachersBefore }, "the optimum changes a headcount")
        let after = grouped.map(\.qualityAfter), before = grouped.map(\.qualityBefore)
        let tableSpreadAfter = after.max()! - after.min()!, tableSpreadBefore = before.max()! - before.min()!
        #expect(report.metrics.qualitySpreadAfter == tableSpreadAfter)
        #expect(report.metrics.qualitySpreadBefore == tableSpreadBefore)
        // §10: both schools at 3/2 after the move, each divided by its 2 teachers before it.
        #expect(after == [1.5, 1.5])
        for lang in ReportLanguage.allCases {
            let kpi = PlanMetrics.row("qualitySpreadAfter")!.text(report.metrics, lang)
            #expect(kpi == "0.000", "\(lang): \(kpi)")
        }
    }
}
