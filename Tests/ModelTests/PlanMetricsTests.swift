import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
import RotaplanReports
import RotaplanFormats

/// PlanMetrics on a five-teacher instance whose figures are computed by hand below
/// (docs/report.md, "Metrics", has the definitions).
@Suite struct PlanMetricsTests {
    /// G1 = core S1, members S2, S3 (S3 rural); S4 in no group. Costs: 80 yuan a day
    /// allowance, 1 yuan per km, 200 workdays. v: T1 5 (senior + backbone), T2 2, T3 0,
    /// T4 1, T5 2, T6 3. S2 needs 2 math and 1 music teachers, S1 1 math teacher.
    static let tiny = """
        {"format": "rotaplan-instance/1", "name": "tiny plan",
         "policy": {"preset": "national", "cost": {"allowancePerDay": 80, "transportPerKm": 1, "workdaysPerYear": 200}},
         "calendar": {"days": 5, "periods": [{"start": "08:00", "end": "08:40"}, {"start": "09:40", "end": "10:20"}]},
         "groups": [{"id": "G1", "name": "一集团", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [
           {"id": "S1", "name": "核心校", "district": "A", "stage": "primary", "students": 900, "tags": ["core"], "required": {"math": 1}},
           {"id": "S2", "name": "成员校", "district": "A", "stage": "primary", "students": 500, "required": {"数学": 2, "music": 1}},
           {"id": "S3", "name": "乡村校", "district": "A", "stage": "primary", "students": 200, "tags": ["rural"]},
           {"id": "S4", "name": "独立校", "district": "B", "stage": "primary", "students": 300}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 20, "km": 10}, {"from": "S1", "to": "S3", "minutes": 40, "km": 30},
                    {"from": "S2", "to": "S3", "minutes": 30, "km": 15}],
         "teachers": [
           {"id": "T1", "name": "甲", "school": "S1", "subject": "math", "title": "senior", "backbone": true, "yearsAtSchool": 10},
           {"id": "T2", "name": "乙", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T3", "name": "丙", "school": "S2", "subject": "math", "yearsAtSchool": 10},
           {"id": "T4", "name": "丁", "school": "S2", "subject": "chinese", "title": "second", "yearsAtSchool": 10},
           {"id": "T5", "name": "戊", "school": "S3", "subject": "music", "title": "first", "yearsAtSchool": 10, "itinerant": {}},
           {"id": "T6", "name": "己", "school": "S4", "subject": "math", "title": "senior", "yearsAtSchool": 10}],
         "newHires": [{"id": "N1", "name": "新一", "group": "G1", "subject": "math"},
                      {"id": "N2", "name": "新二", "group": "G1", "subject": "math"}],
         "vacancies": [{"school": "S3", "subject": "math"}],
         "walkingDemand": [
           {"school": "S1", "class": "1-1", "subject": "music", "periodsPerWeek": 2, "slots": [[1, 1], [2, 1]]},
           {"school": "S2", "class": "2-1", "subject": "music", "periodsPerWeek": 1, "slots": [[3, 1]]},
           {"school": "S3", "class": "3-1", "subject": "music", "periodsPerWeek": 2, "slots": [[1, 2], [4, 2]]}]}
        """

    static func load() throws -> Instance {
        try InstanceLoader.load(bytes: Array(tiny.utf8), file: "tiny.json").instance
    }

    /// A hand-made plan: T1 S1→S2, T3 S2→S1, T5 S3→S2, T2 S1→S3; N1 trained 2 years at
    /// S1 with T1, then S3; T5 (home S2 after the exchange) teaches S1 on days 1 and 2,
    /// S3 on day 1 and S2 on day 3; one S3 period uncovered.
    static func plan() -> Solution {
        var s = Solution(problem: .plan, instance: "tiny plan", status: .optimal)
        s.exchanges = [.init(teacher: "T1", from: "S1", to: "S2"), .init(teacher: "T3", from: "S2", to: "S1"),
                       .init(teacher: "T5", from: "S3", to: "S2"), .init(teacher: "T2", from: "S1", to: "S3")]
        s.placements = [.init(newHire: "N1", host: "S1", mentor: "T1", years: 2, destination: "S3")]
        s.lessons = [.init(teacher: "T5", school: "S1", class: "1-1", subject: "music", day: 1, period: 1),
                     .init(teacher: "T5", school: "S1", class: "1-1", subject: "music", day: 2, period: 1),
                     .init(teacher: "T5", school: "S3", class: "3-1", subject: "music", day: 1, period: 2),
                     .init(teacher: "T5", school: "S2", class: "2-1", subject: "music", day: 3, period: 1)]
        s.uncovered = [.init(school: "S3", class: "3-1", subject: "music", periods: 1)]
        s.stages = [Solution.Problem.exchange, .training, .walking].map { Solution.Stage(problem: $0, status: .optimal) }
        s.stages[0].objective = 10
        s.stages[1].objective = 1
        s.stages[2].objective = 1070.5
        s.objective = 1081.5
        return s
    }

    @Test func handComputedFigures() throws {
        let m = PlanMetrics(instance: try Self.load(), solution: Self.plan())
        // Eligible: T1…T5 (T6's school is in no group); ⌈0.10 · 5⌉ = 1.
        #expect(m.eligibleTeachers == 5 && m.minimumMoves == 1)
        #expect(m.teachersMoved == 4 && m.backboneMoved == 1)
        // Before: F = S1 7, S2 1, S3 2 over n = 2, 2, 1 → 3.5, 0.5, 2 (S4 not grouped);
        // Q̄ = 10 / 5 = 2. After: S1 7 − 5 − 2 + 0 = 0 → 0; S2 1 + 5 + 2 − 0 = 8 → 4; S3 2 − 2 + 2 = 2 → 2.
        #expect(abs(m.qualitySpreadBefore - 3.0) < 1e-9)
        #expect(abs(m.qualityImbalanceBefore - 3.0) < 1e-9)  // 1.5 + 1.5 + 0
        #expect(abs(m.qualitySpreadAfter! - 4.0) < 1e-9)
        #expect(abs(m.qualityImbalanceAfter! - 4.0) < 1e-9)  // 2 + 2 + 0
        // Shortfall: before S2 math 2 − 1 and music 1 − 0 = 2; after S2 math 2 − 1 (T1) = 1,
        // music 1 (T5); S1 math 1 (T3).
        #expect(m.shortfallBefore == 2 && m.shortfallAfter == 1)
        // Cost: allowance 80 · 200 only for T2 → S3 (rural); transport 1 · 2 · km · 200 =
        // 400 · (10 + 10 + 15 + 30).
        #expect(m.exchangeAllowanceYuan == 16_000)
        #expect(m.exchangeTransportYuan == 26_000)
        #expect(m.exchangeYuan == 42_000)
        #expect(m.exchangeTravelMinutes == 110)  // 20 + 20 + 30 + 40
        #expect(m.newHires == 2 && m.hiresPlaced == 1 && m.meanTrainingYears == 2 && m.hiresAtPrioritySchools == 1)
        // Walking from S2 (T5's home after the exchange): visit days (S1, d1), (S1, d2),
        // (S3, d1); S2 on day 3 is home. Minutes 20 + 20 + 30; yuan 2 · (10 + 10 + 15).
        #expect(m.demandPeriods == 5 && m.lessons == 4 && m.uncoveredPeriods == 1 && m.walkingTeachers == 1)
        #expect(m.visitDays == 3 && m.walkingTravelMinutes == 70 && m.walkingYuanPerWeek == 70)
        #expect(m.walkingYuanPerYear == 2_800)  // 70 · 200 / 5
        #expect(m.totalYuanPerYear == 44_800)
        #expect(m.exchangeObjective == 10 && m.trainingObjective == 1 && m.walkingObjective == 1070.5 && m.objective == 1081.5)
    }

    @Test func rowsFormatBothLanguages() throws {
        let m = PlanMetrics(instance: try Self.load(), solution: Self.plan())
        #expect(Set(PlanMetrics.rows.map(\.key)).count == PlanMetrics.rows.count)
        #expect(PlanMetrics.rows.allSatisfy { !$0.english.isEmpty && !$0.chinese.isEmpty })
        let total = try #require(PlanMetrics.row("totalYuanPerYear"))
        #expect(total.text(m, .en) == "44,800" && total.value(m) == 44_800)
        #expect(total.label(.zh) == "年度费用合计（元）")
        #expect(PlanMetrics.row("qualitySpreadAfter")?.text(m, .zh) == "4.000")
        #expect(PlanMetrics.row("status")?.text(m, .zh) == "最优")
        #expect(PlanMetrics.row("walkingStatus")?.text(m, .en) == "optimal")
    }

    /// Exchange infeasible and the plan stopped there: its figures and everything after
    /// it are missing ("—"), the instance's own figures stay, nothing crashes.
    @Test func missingStagesAreDashes() throws {
        let x = try Self.load()
        var s = Solution(problem: .plan, instance: "tiny plan", status: .infeasible)
        s.stages = [Solution.Stage(problem: .exchange, status: .infeasible),
                    Solution.Stage(problem: .training, status: nil), Solution.Stage(problem: .walking, status: nil)]
        s.interrupted = true
        let m = PlanMetrics(instance: x, solution: s)
        #expect(m.teachersMoved == nil && m.qualitySpreadAfter == nil && m.exchangeYuan == nil)
        #expect(m.hiresPlaced == nil && m.lessons == nil && m.totalYuanPerYear == nil && m.objective == nil)
        #expect(m.shortfallBefore == 2 && m.demandPeriods == 5 && abs(m.qualitySpreadBefore - 3) < 1e-9)
        for row in PlanMetrics.rows { _ = row.text(m, .zh); _ = row.text(m, .en) }
        #expect(PlanMetrics.row("teachersMoved")?.text(m, .zh) == "—")
        #expect(PlanMetrics.row("trainingStatus")?.text(m, .zh) == "未运行")
        #expect(PlanMetrics.row("status")?.text(m, .en) == "infeasible (interrupted)")
        // No stages at all (an empty plan file): every stage did not run.
        let empty = PlanMetrics(instance: x, solution: Solution(problem: .plan, instance: "", status: .noSolution))
        #expect(empty.exchangeStatus == nil && empty.walkingStatus == nil && empty.lessons == nil)
    }

    /// A single-problem file is a plan whose other stages did not run.
    @Test func singleProblemSolution() throws {
        var s = Self.plan()
        s.problem = .exchange
        s.stages = []
        let m = PlanMetrics(instance: try Self.load(), solution: s)
        #expect(m.exchangeStatus == .optimal && m.teachersMoved == 4 && m.exchangeObjective == 1081.5)
        #expect(m.trainingStatus == nil && m.hiresPlaced == nil && m.visitDays == nil)
    }

    @Test func judgingAgainstTheBaseline() throws {
        let x = try Self.load()
        let base = PlanMetrics(instance: x, solution: Self.plan())
        var s = Self.plan()
        s.exchanges.removeLast()  // T2 stays: no allowance, less transport
        let cheaper = PlanMetrics(instance: x, solution: s)
        let cost = try #require(PlanMetrics.row("exchangeYuan"))
        #expect(cost.judge(cheaper, against: base) == 1 && cost.judge(base, against: cheaper) == -1)
        #expect(cost.judge(base, against: base) == 0 && !cost.differs(base, from: base))
        #expect(PlanMetrics.row("teachersMoved")?.judge(cheaper, against: base) == 0)  // neither direction
        #expect(PlanMetrics.row("teachersMoved")?.differs(cheaper, from: base) == true)
    }
}

/// PlanMetrics against the figures the solvers write in their own `metrics` (computed
/// by other code from the plan's decisions) on the bundled Zhengdong instance, with
/// Luohe/Nanchang-like costs so the yuan are not zero.
@Suite struct PlanMetricsAgreementTests {
    @Test func agreesWithTheSolversOwnFigures() throws {
        var x = try zhengdong()
        x.policy.cost.allowancePerDay = 80
        x.policy.cost.transportPerKm = 1
        let (plan, _) = try solvedPlan(x)
        let m = PlanMetrics(instance: x, solution: plan)
        let ex = try ExchangeSolve.run(x).solution
        let wa = try WalkingSolve.run(x.afterExchange(ex.exchanges)).solution
        func figure(_ s: Solution, _ key: String) -> Double? { s.metrics.first { $0.0 == key }?.1 }
        #expect(Double(m.teachersMoved!) == figure(ex, "teachersMoved"))
        #expect(Double(m.backboneMoved!) == figure(ex, "backboneMoved"))
        #expect(Double(m.eligibleTeachers) == figure(ex, "eligibleTeachers"))
        #expect(abs(m.qualitySpreadBefore - figure(ex, "qualitySpreadBefore")!) < 1e-9)
        #expect(abs(m.qualitySpreadAfter! - figure(ex, "qualitySpreadAfter")!) < 1e-9)
        #expect(abs(m.exchangeYuan! - figure(ex, "yearlyCost")!) < 1e-6)
        #expect(abs(m.exchangeTravelMinutes! - figure(ex, "travelMinutes")!) < 1e-6)
        #expect(m.exchangeYuan! > 0)
        #expect(Double(m.visitDays!) == figure(wa, "visitDays"))
        #expect(abs(m.walkingTravelMinutes! - figure(wa, "travelMinutesOneWay")!) < 1e-6)
        #expect(abs(m.walkingYuanPerWeek! - figure(wa, "weeklyTransportCost")!) < 1e-6)
        #expect(Double(m.uncoveredPeriods!) == figure(wa, "uncoveredPeriods"))
        #expect(m.hiresPlaced == x.newHires.count)
        // The balance term is part of the exchange objective: weight · imbalance ≤ objective
        // up to the terms that can be negative (rural-for-title).
        #expect(m.qualityImbalanceAfter! <= m.qualityImbalanceBefore + 1e-9)
        #expect(m.shortfallAfter! <= m.shortfallBefore)
        #expect(m.objective == plan.objective)
    }
}
