import Foundation
import Testing
@testable import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanModels

/// Re-planning near an earlier plan (MODEL.md §12): the same instance near its own optimal
/// plan gives that plan back; a small change (a pin) changes no more decisions than a plain
/// re-solve does; pins stay hard; the checker recomputes the change term.
@Suite struct NearTests {
    static let cases: [(String, Solution.Problem)] = [
        ("instances/zhengdong-2025.json", .exchange), ("instances/zhengdong-2025.json", .training),
        ("instances/zhengdong-2025.json", .walking), ("instances/zhengdong-2025.json", .plan),
        ("examples/small-zhengdong.json", .exchange), ("examples/small-zhengdong.json", .training),
        ("examples/small-zhengdong.json", .walking), ("examples/small-zhengdong.json", .plan),
    ]

    static func load(_ path: String) throws -> Instance {
        path.hasPrefix("examples/")
            ? try instance(examples.appendingPathComponent(String(path.dropFirst("examples/".count))).path)
            : try instance(root.appendingPathComponent(path).path)
    }

    static func solve(_ x: Instance, _ problem: Solution.Problem) throws -> Solution {
        switch problem {
        case .exchange: return try ExchangeSolve.run(x).solution
        case .training: return try TrainingSolve.run(x).solution
        case .walking: return try WalkingSolve.run(x).solution
        case .plan: return try solvedPlan(x).solution
        }
    }

    @Test(arguments: cases)
    func nearItsOwnOptimumGivesItBack(_ path: String, _ problem: Solution.Problem) throws {
        var x = try Self.load(path)
        let first = try Self.solve(x, problem)
        #expect(first.status == .optimal)
        x.near = Near(previous: first)
        let again = try Self.solve(x, problem)
        #expect(again.status == .optimal)
        #expect(again.exchanges == first.exchanges && again.placements == first.placements && again.lessons == first.lessons)
        #expect(NearChanges(previous: x.near!, solution: again).changed == 0)
        // Nothing changed: the change terms are 0 and the objective is the plain one.
        #expect(CheckReport.close(again.objective!, first.objective!), "\(again.objective!) vs \(first.objective!)")
        #expect(again.near == Near.Record(instance: first.instance, objective: first.objective))
        let report = SolutionChecker.check(again, against: x)
        #expect(report.verified, "\(report.violations) \(String(describing: report.recomputedObjective))")
    }

    /// One pin added (a moving teacher must stay): near the previous plan, the exchange
    /// changes no more decisions than a plain re-solve, the pin holds, and the checker
    /// recomputes the objective with the change term.
    @Test(arguments: ["instances/zhengdong-2025.json", "examples/small-zhengdong.json", "examples/tiny-luohe.json"])
    func aPinChangesFewDecisions(_ path: String) throws {
        var x = try Self.load(path)
        let first = try ExchangeSolve.run(x).solution
        let mover = try #require(first.exchanges.first)
        let t = try #require(x.teacherIndex[TeacherID(mover.teacher)])
        x.pins = [Pin(person: .teacher(t), rule: .mustStay, origin: .init(file: "pins.csv", line: 2, record: 0, text: "\(mover.teacher),must-stay", isJSON: false))]
        let plain = try ExchangeSolve.run(x).solution
        var near = x
        near.near = Near(previous: first)
        let kept = try ExchangeSolve.run(near).solution
        #expect(kept.status == .optimal)
        #expect(!kept.exchanges.contains { $0.teacher == mover.teacher })
        let changedNear = NearChanges(previous: near.near!, solution: kept).changed
        let changedPlain = NearChanges(previous: near.near!, solution: plain).changed
        #expect(changedNear >= 1 && changedNear <= changedPlain, "near \(changedNear), plain \(changedPlain)")
        let report = SolutionChecker.check(kept, against: near)
        #expect(report.verified, "\(report.violations) \(String(describing: report.recomputedObjective)) vs \(String(describing: kept.objective))")
        // Without the previous plan its objective is not comparable, and the rules hold.
        let blind = SolutionChecker.check(kept, against: x)
        #expect(blind.nearNotComparable && blind.violations.isEmpty && blind.verified)
    }

    /// Previous moves whose variable does not exist (teacher gone, destination unknown) are
    /// constants of the term: change · 1 each.
    @Test func movesNoPlanCanMakeAreConstants() throws {
        var x = try Self.load("examples/small-zhengdong.json")
        let plainValue = try ExchangeSolve.run(x).solution.objective!
        x.near = Near(record: .init(instance: "old", objective: 1), moves: [.init(teacher: "T-GONE", to: "S01"), .init(teacher: "T-GONE2", to: "S02")])
        let s = try ExchangeSolve.run(x).solution
        // The two previous moves cost change each whatever the plan, and every move costs change.
        #expect(s.objective! >= plainValue + 2 * x.policy.weights.exchange.change - 1e-6)
        #expect(SolutionChecker.check(s, against: x).verified)
    }

    /// The change term's checker: exchange |P \ N| + |N \ P|, training per component, walking
    /// lessons not repeated, each times its weight.
    @Test func checkerRecomputesEachTerm() throws {
        var x = try Self.load("examples/small-zhengdong.json")
        x.near = Near(record: .init(instance: "old", objective: nil),
                      moves: [.init(teacher: "T1", to: "S9")],
                      placements: ["N-GONE": .init(mentor: "T1", destination: "S1", years: 1)],
                      lessons: [Near.canonical(.init(teacher: "T1", school: "S1", class: "1-1", subject: "音乐", day: 1, period: 1))])
        var exchange = Solution(problem: .exchange, instance: x.name, status: .feasible)
        exchange.exchanges = []
        #expect(NearCheck.term(exchange, x, x.near!) == 10)
        var training = Solution(problem: .training, instance: x.name, status: .feasible)
        training.placements = []
        #expect(NearCheck.term(training, x, x.near!) == 10)
        var walking = Solution(problem: .walking, instance: x.name, status: .feasible)
        walking.lessons = [.init(teacher: "T1", school: "S1", class: "1-1", subject: "music", day: 1, period: 1)]
        #expect(NearCheck.term(walking, x, x.near!) == 0)
        walking.lessons = []
        #expect(NearCheck.term(walking, x, x.near!) == 2)
    }
}
