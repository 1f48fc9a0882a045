import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanText
import RotaplanPlan
import RotaplanFormats

/// The yearly plan (MODEL.md §7) with pins (docs/pins.md): the pins ride on the instance
/// through every stage (walking on the homes after the exchange keeps them), and the
/// checker checks each stage's pins once.
@Suite struct PlanPinTests {
    static func zhengdong() throws -> Instance {
        var x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        x.pins = try PinLoader.load(path: root.appendingPathComponent("instances/zhengdong-2025.pins.csv").path, for: x).pins
        return x
    }

    @Test(arguments: PlanPipeline.Solver.allCases)
    func everyStageKeepsThePins(_ solver: PlanPipeline.Solver) throws {
        let x = try Self.zhengdong()
        let out = try PlanPipeline.run(x, solver: solver)
        let s = out.solution
        #expect(out.walkingInstance.pins == x.pins)
        #expect(s.status == .optimal || s.status == .feasible, "\(s.status)")
        let report = SolutionChecker.check(s, against: x)
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(s.exchanges.contains { $0.teacher == "T0105" && $0.to == "S04" })
        #expect(!s.exchanges.contains { $0.teacher == "T0103" || ($0.teacher == "T0701" && $0.to == "S08") })
        #expect(s.placements.contains { $0.newHire == "N01" && $0.mentor == "T0104" })
        #expect(s.placements.contains { $0.newHire == "N03" && $0.destination == "S08" })
        #expect(!s.lessons.contains { $0.teacher == "T0107" && $0.day == 2 })
    }

    /// The unpinned plan breaks pins of every stage; each is reported once, by its stage.
    @Test func unpinnedPlanBreaksThePinsOnce() throws {
        let x = try Self.zhengdong()
        var free = x
        free.pins = []
        let s = try PlanPipeline.run(free).solution
        let broken = SolutionChecker.check(s, against: x).violations.filter { $0.rule == .pin }.map { CheckText.message($0, in: x).en }
        #expect(broken.filter { $0.hasPrefix("exchange stage: pin ") }.count == 3, "\(broken)")
        #expect(broken.filter { $0.hasPrefix("training stage: pin ") }.count == 2, "\(broken)")
        #expect(broken.filter { $0.hasPrefix("walking stage: pin ") }.count == 1, "\(broken)")
        #expect(broken.count == 6, "\(broken)")
    }
}
