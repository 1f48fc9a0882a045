import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
@testable import RotaplanModels
import RotaplanFormats

/// The plan-finding pieces of walking teaching with pins (docs/pins.md): the greedy
/// start, its line re-assignment and the neighbourhood search read the pinned days
/// through `WalkingScope.usableSlots`, so every plan they write keeps every pin, on bench
/// instances where every itinerant teacher has a day off pinned.
@Suite struct WalkingPinSearchTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bench instance with one pinned day off per itinerant teacher (day t mod days + 1).
    static func pinned(_ name: String) throws -> Instance {
        var x = try InstanceLoader.load(path: root.appendingPathComponent("instances/bench/\(name).json").path).instance
        let days = x.calendar!.days
        let rows = x.teachers.indices.filter { x.teachers[$0].itinerant != nil }
            .map { "\(x.teachers[$0].id),not-on-day,\($0 % days + 1)" }
        x.pins = try PinLoader.load(bytes: Array(("who,rule,target\n" + rows.joined(separator: "\n")).utf8), file: "pins.csv", for: x).pins
        return x
    }

    static func solution(_ scope: WalkingScope, _ plan: WalkingModel.Plan) -> Solution {
        let lessons = plan.sorted { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }
        return WalkingSolve.solution(scope, plan: lessons, objective: WalkingSolve.objective(scope, plan: lessons), status: .feasible)
    }

    @Test(arguments: ["luohe-tiny-s1", "zhengzhou-tiny-s1", "luohe-small-s1"])
    func everyPlanKeepsThePins(_ name: String) throws {
        let x = try Self.pinned(name)
        #expect(!x.pins.isEmpty)
        let whole = try WalkingScope(x)
        let first = WalkingGreedy.plan(whole).lessons
        let improved = WalkingGreedy.improved(whole).lessons
        var searched: WalkingModel.Plan = []
        for part in try whole.components() {
            let lines = Set(part.lines)
            searched += try WalkingNeighbourhood.improve(part, plan: improved.filter { lines.contains($0.line) },
                                                         options: WalkingSolve.defaultOptions, perSolve: nil, until: nil)
        }
        for (what, plan) in [("greedy", first), ("improved greedy", improved), ("neighbourhood search", searched)] {
            let report = SolutionChecker.check(Self.solution(whole, plan), against: x)
            #expect(report.passed, "\(name), \(what): \(report.violations.prefix(3))")
        }
        let solved = try WalkingSolve.run(x).solution
        #expect(SolutionChecker.check(solved, against: x).passed)
        // The pins bind: the unpinned optimum breaks some of them.
        var free = x
        free.pins = []
        let unpinned = try WalkingSolve.run(free).solution
        #expect(SolutionChecker.check(unpinned, against: x).violations.contains { $0.rule == .pin }, "\(name)")
    }
}
