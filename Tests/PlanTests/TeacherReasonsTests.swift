import Foundation
import Testing
import RotaplanDomain
import RotaplanFormats
import RotaplanModels
import RotaplanPlan
import RotaplanReports
import RotaplanText

/// Reasons per teacher (docs/report.md "Why each teacher moves or stays") on a group worked
/// by hand. G1: S1 core, S2; 6 minutes apart. v(t) = title score + 2 for backbone.
/// S1: A senior backbone (v 5), B second (1), C first with 2 years (2; not eligible).
/// S2: D, E second (1 each), F second, exempt (1). E = {A, B, D, E}; minRate 0.25 → §4.2
/// asks 1 mover; minBackboneShare 0.3 → a plan with movers moves A (the only backbone);
/// tolerance 1. Weights: balance 100, travelHour 1 (a move costs 0.1), the rest 0.
/// Q̄ = 11/6. The only plans with S1's quality sum 5 (deviation 1/6 at each school, the
/// least possible) move A→S2, D→S1, E→S1: spread 2 − 5/3 = 1/3, objective 100/3 + 0.3.
/// - A kept: no backbone mover, so no mover, against §4.2: impossible; the elastic model
///   gives way on §4.3 (slack 0.3 for one mover, less than §4.2's 1).
/// - D kept (E alike): A→S2, E→S1 (S1 4/3, S2 7/3): spread 1, 2 movers, objective 100.2.
/// - B moved (to S2, its only destination): A must go too, and with A the only backbone at
///   most 3 move (1/4 < 0.3): A, B→S2, D→S1 (S1 3/3, S2 8/3): spread 5/3, 3 movers,
///   objective 500/3 + 0.3.
/// - Only the minimum (1 mover: A): S1 1, S2 8/3: spread 5/3.
@Suite struct TeacherReasonsTests {
    static let json = """
        {"format": "rotaplan-instance/1", "name": "reasons",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0.25, "minBackboneShare": 0.3, "maxCoreBackboneOutShare": 1, "headcountTolerance": 1,
                                 "minYearsAtSchool": 6},
                    "weights": {"exchange": {"balance": 100, "travelHour": 1, "preferenceRank": 0, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 0}}},
         "groups": [{"id": "G1", "name": "东区集团", "type": "tight", "core": "S1", "members": ["S2"]}],
         "schools": [{"id": "S1", "name": "一小", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "二小", "district": "D", "stage": "primary"}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 6}],
         "teachers": [
           {"id": "A", "name": "安", "school": "S1", "subject": "math", "title": "senior", "backbone": true, "yearsAtSchool": 10},
           {"id": "B", "name": "白", "school": "S1", "subject": "math", "title": "second", "yearsAtSchool": 10},
           {"id": "C", "name": "陈", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 2},
           {"id": "D", "name": "丁", "school": "S2", "subject": "math", "title": "second", "yearsAtSchool": 10},
           {"id": "E", "name": "鄂", "school": "S2", "subject": "math", "title": "second", "yearsAtSchool": 10},
           {"id": "F", "name": "范", "school": "S2", "subject": "math", "title": "second", "yearsAtSchool": 10, "exempt": true}]}
        """

    static func instance() throws -> Instance { try InstanceLoader.load(bytes: Array(json.utf8), file: "reasons.json").instance }

    static func solved() throws -> (Instance, Solution) {
        let x = try instance()
        return (x, try ExchangeSolve.run(x).solution)
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-6 } ?? false }

    @Test func theOptimumIsTheHandWorkedPlan() throws {
        let (_, s) = try Self.solved()
        #expect(s.exchanges.map { "\($0.teacher)→\($0.to)" } == ["A→S2", "D→S1", "E→S1"])
        #expect(Self.close(s.objective, 100.0 / 3 + 0.3))
    }

    @Test func eachTeachersReason() throws {
        let (x, s) = try Self.solved()
        let r = try ExchangeReasons.compute(x, exchanges: s.exchanges)
        let plan = try #require(r.plan)
        #expect(plan.movers == 3 && plan.shortfall == 0 && Self.close(plan.spread, 1.0 / 3))
        let by = Dictionary(uniqueKeysWithValues: r.reasons.map { (x.teachers[$0.teacher].id.rawValue, $0) })
        #expect(by["A"] == TeacherReason(teacher: 0, verdict: .moved(to: 1), why: .impossible([.exchangeBackbone])))
        for (id, t) in [("D", 3), ("E", 4)] {
            guard case let .otherwise(alt)? = by[id]?.why else { Issue.record("\(id): \(String(describing: by[id]))"); continue }
            #expect(by[id]?.verdict == .moved(to: 0) && by[id]?.teacher == t)
            #expect(alt.destination == nil && alt.figures.movers == 2 && Self.close(alt.figures.spread, 1) && alt.proven)
            #expect(Self.close(alt.objectiveChange, 100.2 - (100.0 / 3 + 0.3)))
        }
        guard case let .otherwise(moved)? = by["B"]?.why else { Issue.record("B: \(String(describing: by["B"]))"); return }
        #expect(by["B"]?.verdict == .stayed)
        #expect(moved.destination == 1 && moved.figures.movers == 3 && Self.close(moved.figures.spread, 5.0 / 3))
        #expect(Self.close(moved.objectiveChange, 400.0 / 3))
        #expect(by["C"]?.why == .ineligible([.tooFewYearsAtSchool(has: 2, needs: 6)]) && by["C"]?.verdict == .ineligible)
        #expect(by["F"]?.why == .ineligible([.exempt]))
        // §4.2 asks 1; with only A moving the spread is 8/3 − 1.
        #expect(r.quota.count == 1)
        let q = try #require(r.quota.first)
        #expect(q.movers == 3 && q.minimum == 1)
        guard case let .plan(minimum, nil) = q.atMinimum else { Issue.record("\(q.atMinimum)"); return }
        #expect(minimum.figures.movers == 1 && Self.close(minimum.figures.spread, 5.0 / 3))
        #expect(Self.close(q.spread, 1.0 / 3) && Self.close(q.spreadAtMinimum, 5.0 / 3))
    }

    @Test func theSentencesSayItWithTheNumbers() throws {
        let (x, s) = try Self.solved()
        let r = try ExchangeReasons.compute(x, exchanges: s.exchanges)
        let text = r.reasons.map { ReasonText.sentence($0, plan: r.plan, share: r.share, in: x) }
        #expect(text[0].en == "Essential: kept at their school, no plan keeps §4.3 backbone.")
        #expect(text[0].zh == "不可或缺：若其留任，没有方案能满足 §4.3 骨干比例。")
        #expect(text[1].en == "Moved (best: to S2 (二小)), the best plan would have quality spread 1.67 (this plan 0.33); objective +133.33.",
                "\(text[1].en)")
        #expect(text[3].zh.hasPrefix("若其留任，最优方案为人均质量极差 1.00（本方案 0.33）、交流 2 人（本方案 3 人）"), "\(text[3].zh)")
        #expect(text[2].en == "Not eligible (§2): 2.0 years at this school, 6.0 needed (exchange.minYearsAtSchool).")
        let quota = ReasonText.quota(r.quota[0], plan: r.plan, in: x)
        #expect(quota.en.hasPrefix("Group 东区集团 moves 3 teachers where §4.2 asks 1: the 2 moves beyond 1 come from balancing quality — with only 1, the group's quality spread would be 1.67 instead of 0.33"),
                "\(quota.en)")
    }

    /// Same instance, plan and budget → the same reasons (every re-solve finishes).
    @Test func deterministic() throws {
        let (x, s) = try Self.solved()
        #expect(try ExchangeReasons.compute(x, exchanges: s.exchanges) == ExchangeReasons.compute(x, exchanges: s.exchanges))
    }

    /// A budget for one re-solve cannot explain the group's 5: its teachers are left for `why`.
    @Test func aGroupBeyondTheBudgetIsSaid() throws {
        let (x, s) = try Self.solved()
        let r = try ExchangeReasons.compute(x, exchanges: s.exchanges, budget: ExchangeReasons.minimumShare)
        #expect(r.reasons.filter { $0.why == .beyondBudget }.map(\.teacher) == [0, 1, 3, 4])
        #expect(r.quota.first?.atMinimum == .unknown)
        #expect(ReasonText.sentence(r.reasons[0], plan: r.plan, share: r.share, in: x).en.contains("rotaplan why INSTANCE PLAN A"))
        // Asking for one teacher fits.
        let one = try ExchangeReasons.compute(x, exchanges: s.exchanges, teachers: [3], quota: false, budget: ExchangeReasons.minimumShare)
        #expect(one.reasons.count == 1)
        if case .otherwise = one.reasons[0].why {} else { Issue.record("\(one.reasons[0].why)") }
    }

    @Test(arguments: [Language.en, .zh])
    func theReportCarriesTheTable(_ lang: Language) throws {
        let (x, s) = try Self.solved()
        let r = try ExchangeReasons.compute(x, exchanges: s.exchanges)
        let table = ReasonsTable(instance: x, reasons: r)
        let heading = ReasonText.heading.text(lang)
        let csv = table.csv(lang)
        #expect(csv.components(separatedBy: "\r\n").count == 1 + 6 + 1, "\(csv)")
        #expect(csv.contains(ReasonText.columns[4].text(lang)))
        let plan = try PlanPipeline.run(x).solution
        let report = PlanReport(instance: x, solution: plan, reasons: r)
        let files = report.files(lang)
        #expect(files[PlanReport.files.firstIndex(of: "reasons.csv")!] == csv)
        #expect(files[PlanReport.files.firstIndex(of: "summary.md")!].contains("## " + heading))
        let html = files[PlanReport.files.firstIndex(of: "report.html")!]
        #expect(html.contains("<h2 id=\"reasons\">\(heading)</h2>") && html.contains("href=\"#reasons\""))
        #expect(html.contains(String(ReasonText.quota(r.quota[0], plan: r.plan, in: x).text(lang).prefix(30))))
        // Without reasons: no section, and reasons.csv is its header only.
        let bare = PlanReport(instance: x, solution: plan).files(lang)
        #expect(!bare[PlanReport.files.firstIndex(of: "report.html")!].contains("id=\"reasons\""))
        #expect(bare[PlanReport.files.firstIndex(of: "reasons.csv")!].components(separatedBy: "\r\n").count == 2)
    }
}
