import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanText
import RotaplanFormats

/// The independent implementation's yearly plans (`../shared/spec/examples/solutions/
/// *.plan.json`) are plans as MODEL.md §8 writes them, without rotaplan's `stages`
/// extension: the checker verifies each stage's rules and the total objective.
@Suite struct ReferencePlanTests {
    /// Every stage verifies, and the plan's objective is the independent optimum (§10's
    /// tolerance). tiny-luohe's plan trains N01 with T10, who reaches the host S1 in that
    /// plan's exchange: training is checked on the roster after the exchange (§7 "Settled").
    static let plans: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent("solutions").path)) ?? [])
        .filter { $0.hasSuffix(".plan.json") }.map { String($0.dropLast(".plan.json".count)) }.sorted()

    @Test func everyExamplePlanIsCovered() { #expect(Self.plans.count >= 3, "\(Self.plans)") }

    @Test(arguments: plans)
    func theReferenceYearlyPlansAreChecked(_ name: String) throws {
        let x = try instance(examples.appendingPathComponent("\(name).json").path)
        let path = examples.appendingPathComponent("solutions/\(name).plan.json").path
        let s = try SolutionFile.read(bytes: InstanceLoader.readFile(path), file: path)
        #expect(s.stages.isEmpty)
        let report = SolutionChecker.check(s, against: x)
        #expect(report.objectiveMatches, "declared \(String(describing: s.objective)), recomputed \(String(describing: report.recomputedObjective))")
        #expect(report.unverified.isEmpty, "\(report.unverified)")
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(CheckReport.close(report.recomputedObjective!, expected(name, "plan")!))
    }
}
