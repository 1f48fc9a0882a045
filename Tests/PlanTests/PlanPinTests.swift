import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanText
import RotaplanPlan
import RotaplanModels
import RotaplanFormats

/// The yearly plan (MODEL.md §7) with pins (docs/pins.md): the pins ride on the instance
/// through every stage (walking on the homes after the exchange keeps them), and the
/// checker checks each stage's pins once.
@Suite struct PlanPinTests {
    /// The bundled pins with T0105's line (the only english mentor of S01 sent to S04, which
    /// rule 4.8 forbids inside `plan` while N02 needs one, ``bundledPinsBreakTheMentorReserve()``)
    /// replaced by a move 4.8 allows, T0201 to S04.
    static func planPins() throws -> String {
        let text = try String(contentsOf: root.appendingPathComponent("instances/zhengdong-2025.pins.csv"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("T0105,must-move-to,S04") ? "T0201,must-move-to,S04," : String($0) }.joined(separator: "\n")
    }

    static func zhengdong(bundledPins: Bool = false) throws -> Instance {
        var x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        x.pins = bundledPins
            ? try PinLoader.load(path: root.appendingPathComponent("instances/zhengdong-2025.pins.csv").path, for: x).pins
            : try PinLoader.load(bytes: Array(planPins().utf8), file: "plan-pins.csv", for: x).pins
        return x
    }

    /// MODEL.md §7 rule 4.8: T0105 is S01's only english mentor (capacity 2) and N02, an
    /// english hire of G1, trains only at S01, so inside `plan` the pin "T0105 must-move-to
    /// S04" cannot hold; the explanation names the pin, rule 4.8, the core and the subject.
    /// (`rotaplan exchange` alone still moves him.)
    @Test func bundledPinsBreakTheMentorReserve() throws {
        let x = try Self.zhengdong(bundledPins: true)
        let out = try PlanPipeline.run(x)
        #expect(out.solution.stages[0].status == .infeasible)
        let lines = out.explanation
        #expect(lines.contains { $0.contains("\"T0105 must-move-to S04\"") }, "\(lines)")
        #expect(lines.contains { $0.contains("§4.8 mentor reserve: 1 english new hire can train only at the core S01 (郑东新区外国语学校)") }, "\(lines)")
        #expect(try ExchangeSolve.run(x).solution.exchanges.contains { $0.teacher == "T0105" && $0.to == "S04" })
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
        #expect(s.exchanges.contains { $0.teacher == "T0201" && $0.to == "S04" })
        #expect(!s.exchanges.contains { $0.teacher == "T0103" || ($0.teacher == "T0701" && $0.to == "S08") })
        #expect(s.placements.contains { $0.newHire == "N01" && $0.mentor == "T0104" })
        #expect(s.placements.contains { $0.newHire == "N03" && $0.destination == "S08" })
        #expect(!s.lessons.contains { $0.teacher == "T0107" && $0.day == 2 })
    }

    /// The unpinned plan breaks pins of every stage; each is reported once, by its stage.
    /// (MODEL.md §7 rev 2 changed the unpinned plan: training on the roster after the
    /// exchange already mentors N01 with T0104, and T0701 is not sent to S08, so 2 exchange
    /// and 1 training pins are broken, not 3 and 2.)
    @Test func unpinnedPlanBreaksThePinsOnce() throws {
        let x = try Self.zhengdong()
        var free = x
        free.pins = []
        let s = try PlanPipeline.run(free).solution
        let broken = SolutionChecker.check(s, against: x).violations.filter { $0.rule == .pin }.map { CheckText.message($0, in: x).en }
        #expect(broken.filter { $0.hasPrefix("exchange stage: pin ") }.count == 2, "\(broken)")
        #expect(broken.filter { $0.hasPrefix("training stage: pin ") }.count == 1, "\(broken)")
        #expect(broken.filter { $0.hasPrefix("walking stage: pin ") }.count == 1, "\(broken)")
        #expect(broken.count == 4, "\(broken)")
        #expect(Set(broken).count == broken.count, "\(broken)")
    }
}
