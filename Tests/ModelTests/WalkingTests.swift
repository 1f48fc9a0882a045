import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// Walking teaching 走教 (MODEL.md §6): conformance with the independent implementation,
/// hand-worked micro-instances where one rule binds, the bundled instances, determinism,
/// and the checker catching broken timetables.
@Suite struct WalkingTests {
    static let names = ["tiny-luohe", "small-zhengdong", "small-changsha"]

    /// Plain is not tried on small-zhengdong: it does not prove that optimum within a
    /// minute (docs/walking.md, "Measured").
    @Test(arguments: [("tiny-luohe", WalkingModel.Formulation.allCases), ("small-zhengdong", [.strong]),
                      ("small-changsha", WalkingModel.Formulation.allCases)])
    func reachesTheIndependentOptimum(_ name: String, _ formulations: [WalkingModel.Formulation]) throws {
        let x = try instance(examples.appendingPathComponent("\(name).json").path)
        let want = try #require(expected(name, "walking"))
        for formulation in formulations {
            let out = try WalkingSolve.run(x, formulation: formulation)
            #expect(out.solution.status == .optimal, "\(name) \(formulation)")
            let got = try #require(out.solution.objective)
            #expect(CheckReport.close(got, want), "\(name) \(formulation): got \(got), expected \(want)")
            let report = SolutionChecker.check(out.solution, against: x)
            #expect(report.passed, "\(name) \(formulation): \(report.violations) recomputed \(String(describing: report.recomputedObjective))")
        }
    }

    @Test(arguments: names)
    func checkerAcceptsTheReferencePlans(_ name: String) throws {
        let x = try instance(examples.appendingPathComponent("\(name).json").path)
        let path = examples.appendingPathComponent("solutions/\(name).walking.json").path
        let s = try SolutionFile.read(bytes: InstanceLoader.readFile(path), file: path)
        let report = SolutionChecker.check(s, against: x)
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.objectiveMatches, "declared \(String(describing: s.objective)), recomputed \(String(describing: report.recomputedObjective))")
        #expect(CheckReport.close(report.recomputedObjective!, expected(name, "walking")!))
    }
}
