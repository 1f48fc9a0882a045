import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels
import RotaplanPlan
import RotaplanFormats

/// MODEL.md §8 rev 2 `metrics.objectiveTerms`: every solution rotaplan writes states each
/// term of its problem in §8's order, summing to the objective; the checker recomputes
/// each term on its own and agrees, also with the independent implementation's plans.
@Suite struct ObjectiveTermsTests {
    static let instances = ["tiny-luohe", "small-zhengdong"].map { examples.appendingPathComponent("\($0).json").path }
        + [root.appendingPathComponent("instances/zhengdong-2025.json").path]

    /// What every stated term must satisfy: §8's names in order, a sum equal to the
    /// objective (1e-9 relative), the checker's value per term, and the file round trip.
    static func expectTerms(_ s: Solution, _ x: Instance, near: Bool = false, _ where_: String) throws {
        let objective = try #require(s.objective, "\(where_): no objective")
        let stages: [Solution.Problem] = s.problem == .plan ? [.exchange, .training, .walking] : [s.problem]
        #expect(Set(s.objectiveTerms.keys) == Set(stages), "\(where_): \(s.objectiveTerms.keys)")
        var sum = 0.0
        for p in stages {
            let terms = try #require(s.objectiveTerms[p], "\(where_): no \(p) terms")
            #expect(terms.map(\.name) == ObjectiveTerms.names(p, near: near), "\(where_) \(p): \(terms.map(\.name))")
            sum += terms.reduce(0) { $0 + $1.value }
        }
        #expect(abs(sum - objective) <= 1e-9 * max(1, abs(objective)), "\(where_): terms sum \(sum), objective \(objective)")
        let report = SolutionChecker.check(s, against: x)
        #expect(report.passed, "\(where_): \(report.violations)")
        #expect(report.termComparisons.count == stages.reduce(0) { $0 + (s.objectiveTerms[$1]?.count ?? 0) })
        for c in report.termComparisons {
            #expect(c.recomputed != nil && c.matches, "\(where_) \(c.stage).\(c.name): file \(c.declared), checker \(String(describing: c.recomputed))")
        }
        let back = try SolutionFile.read(bytes: Array(SolutionFile.json(s).utf8), file: "s.json")
        #expect(back.objectiveTerms == s.objectiveTerms, "\(where_): round trip")
    }

    @Test(arguments: instances)
    func everyProblemStatesItsTerms(_ path: String) throws {
        let x = try instance(path)
        try Self.expectTerms(ExchangeSolve.solve(x, formulation: .aggregated, separateParts: true, options: SolverOptions(),
                                                 progress: nil, cancellation: nil).solution, x, "exchange \(path)")
        try Self.expectTerms(TrainingSolve.solve(x, formulation: .aggregated, separateParts: true, options: SolverOptions(),
                                                 progress: nil, cancellation: nil).solution, x, "training \(path)")
        try Self.expectTerms(WalkingSolve.solve(x, formulation: .strong, separateParts: true, options: SolverOptions(),
                                                progress: nil, cancellation: nil).solution, x, "walking \(path)")
        try Self.expectTerms(PlanPipeline.run(x).solution, x, "plan \(path)")
    }

    @Test(arguments: instances)
    func greedyPlansStateTheirTerms(_ path: String) throws {
        let x = try instance(path)
        try Self.expectTerms(ExchangeSolve.baseline(x).solution, x, "greedy exchange \(path)")
        let training = try TrainingSolve.baseline(x).solution
        if training.objective != nil { try Self.expectTerms(training, x, "greedy training \(path)") }
        try Self.expectTerms(WalkingSolve.baseline(x).solution, x, "greedy walking \(path)")
        try Self.expectTerms(PlanPipeline.run(x, solver: .greedy).solution, x, "greedy plan \(path)")
    }

    /// Solved near the greedy plan (§12): `change` last, with the value the checker gives.
    @Test func nearPlansStateTheChangeTerm() throws {
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let previous = try PlanPipeline.run(x, solver: .greedy).solution
        x.near = Near(previous: previous)
        let exchange = try ExchangeSolve.solve(x, formulation: .aggregated, separateParts: true, options: SolverOptions(),
                                               progress: nil, cancellation: nil).solution
        try Self.expectTerms(exchange, x, near: true, "near exchange")
        let plan = try PlanPipeline.run(x).solution
        try Self.expectTerms(plan, x, near: true, "near plan")
        #expect(plan.objectiveTerms.values.contains { $0.last?.name == "change" && $0.last!.value != 0 }, "\(plan.objectiveTerms)")
    }

    /// The independent implementation's plans: each term it states equals our checker's.
    @Test(arguments: ["tiny-luohe", "small-zhengdong", "small-changsha"])
    func theSharedPlansTermsEqualTheCheckersTerms(_ name: String) throws {
        let file = examples.appendingPathComponent("solutions/\(name).plan.json").path
        let report = try SolutionChecker.check(SolutionFile.read(bytes: InstanceLoader.readFile(file), file: file),
                                               against: instance(examples.appendingPathComponent("\(name).json").path))
        #expect(report.termComparisons.count == 13)
        for c in report.termComparisons {
            #expect(c.matches && c.recomputed != nil, "\(name) \(c.stage).\(c.name): theirs \(c.declared), ours \(String(describing: c.recomputed))")
        }
        #expect(report.termsMatch)
    }

    @Test func aTamperedTermIsFlaggedAndAnOlderFileReadsFine() throws {
        let x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        var s = try PlanPipeline.run(x).solution
        var walking = try #require(s.objectiveTerms[.walking])
        walking[1].value += 1
        s.objectiveTerms[.walking] = walking
        let tampered = SolutionChecker.check(s, against: x)
        #expect(!tampered.termsMatch && !tampered.passed && tampered.violations.isEmpty)
        #expect(tampered.termComparisons.filter { !$0.matches }.map { "\($0.stage).\($0.name)" } == ["walking.visit"])
        s.objectiveTerms = [:]
        let older = SolutionChecker.check(s, against: x)
        #expect(older.passed && older.termComparisons.isEmpty)
    }

    @Test func aTermSection8DoesNotNameIsADiagnostic() throws {
        let text = #"{"format": "rotaplan-solution/1", "problem": "exchange", "instance": "x", "status": "optimal", "objective": 1, "#
            + #""exchanges": [], "metrics": {"objectiveTerms": {"balance": 1, "visit": 2}}}"#
        #expect(throws: InstanceError.self) { try SolutionFile.read(bytes: Array(text.utf8), file: "s.json") }
        do { _ = try SolutionFile.read(bytes: Array(text.utf8), file: "s.json") } catch {
            #expect(error.diagnostics.map(\.description).joined().contains("objectiveTerms.visit"), "\(error.diagnostics)")
        }
    }
}
