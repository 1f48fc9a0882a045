import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
@testable import RotaplanModels

/// The plan-finding pieces of walking teaching (MODEL.md §6, docs/walking.md "The strong
/// formulation", 6–7): the greedy start's line re-assignment and the neighbourhood search.
/// They only find plans, so what is checked is that every plan keeps every rule (the
/// independent checker), is never worse than the plan it started from, and is never better
/// than the proven optimum (a plan below it would break a rule the model holds).
@Suite struct WalkingNeighbourhoodTests {
    /// The conformance examples with their independent optima, and the bench files that
    /// the strong formulation proves within a second (two small ones, to keep the suite light
    /// beside the time-limit tests that run in parallel) (benchmarks/README.md, "Walking").
    static let files: [String] = ["tiny-luohe", "small-zhengdong", "small-changsha"].map { "examples:\($0)" }
        + ["changsha", "luohe", "nanchang", "qingdao", "zhengzhou"].map { "bench:\($0)-tiny-s1" }
        + ["luohe", "zhengzhou"].map { "bench:\($0)-small-s1" }

    static func load(_ name: String) throws -> (Instance, optimum: Double?) {
        let parts = name.split(separator: ":").map(String.init)
        if parts[0] == "examples" {
            return (try instance(examples.appendingPathComponent("\(parts[1]).json").path), expected(parts[1], "walking"))
        }
        return (try instance(root.appendingPathComponent("instances/bench/\(parts[1]).json").path), nil)
    }

    static func solution(_ scope: WalkingScope, _ plan: WalkingModel.Plan) -> Solution {
        let lessons = plan.sorted { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }
        return WalkingSolve.solution(scope, plan: lessons, objective: WalkingSolve.objective(scope, plan: lessons), status: .feasible)
    }

    @Test(arguments: files)
    func improvedPlansKeepEveryRuleAndNeverPassTheOptimum(_ name: String) throws {
        let (x, known) = try Self.load(name)
        let optimum = try known ?? #require(WalkingSolve.run(x).solution.objective)
        let whole = try WalkingScope(x)
        let first = WalkingGreedy.plan(whole).lessons
        let improved = WalkingGreedy.improved(whole).lessons
        let firstValue = WalkingSolve.objective(whole, plan: first)
        let improvedValue = WalkingSolve.objective(whole, plan: improved)
        #expect(SolutionChecker.check(Self.solution(whole, improved), against: x).passed, "\(name): improved greedy")
        #expect(improvedValue <= firstValue + 1e-9, "\(name): \(improvedValue) > first-fit \(firstValue)")
        #expect(improvedValue >= optimum - 1e-6, "\(name): \(improvedValue) below the optimum \(optimum)")

        // Neighbourhood search on every part, without a time limit (each sub-problem solved
        // to its optimum, so the result is deterministic).
        var searched: WalkingModel.Plan = []
        for part in try whole.components() {
            let lines = Set(part.lines)
            searched += try WalkingNeighbourhood.improve(part, plan: improved.filter { lines.contains($0.line) },
                                                         options: WalkingSolve.defaultOptions, perSolve: nil, until: nil)
        }
        let searchedValue = WalkingSolve.objective(whole, plan: searched)
        let report = SolutionChecker.check(Self.solution(whole, searched), against: x)
        #expect(report.passed, "\(name): neighbourhood search \(report.violations)")
        #expect(searchedValue <= improvedValue + 1e-9, "\(name): \(searchedValue) > start \(improvedValue)")
        #expect(searchedValue >= optimum - 1e-6, "\(name): \(searchedValue) below the optimum \(optimum)")
    }

    /// A line moves to the teacher who is at its school that day anyway: T2 lives at A
    /// (visits there are free), T1 would have to travel; first-fit gives the line to T1.
    @Test func aWholeLineMovesToTheTeacherAlreadyThere() throws {
        let x = try WalkingMicroTests.micro(teachers: [WalkingMicroTests.teacher("T1"), WalkingMicroTests.teacher("T2", home: "A")],
                                       demand: [WalkingMicroTests.line("A", "1-1", h: 2, "[[1, 1], [2, 1]]")])
        let scope = try WalkingScope(x)
        let first = WalkingGreedy.plan(scope).lessons
        #expect(Set(first.map(\.teacher)) == [x.teachers.firstIndex { $0.id.rawValue == "T1" }!])
        let improved = WalkingGreedy.improved(scope).lessons
        #expect(Set(improved.map(\.teacher)) == [x.teachers.firstIndex { $0.id.rawValue == "T2" }!])
        #expect(WalkingSolve.objective(scope, plan: improved) < 1e-9)
    }
}
