import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels
import RotaplanText

/// `rotaplan check`'s findings in both languages (RotaplanText's `CheckText`): every
/// violation of a spoilt plan has a Chinese line with the same section first, and names
/// the ids its English line names.
@Suite struct CheckTextTests {
    static func expectBoth(_ report: CheckReport, _ x: Instance, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!report.violations.isEmpty, sourceLocation: sourceLocation)
        for v in report.violations {
            let line = CheckText.line(v, in: x)
            let section = "§\(v.rule.section)"
            #expect(line.en.hasPrefix(section) && line.zh.hasPrefix(section), "\(line.en) / \(line.zh)", sourceLocation: sourceLocation)
            #expect(line.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(line.zh)", sourceLocation: sourceLocation)
            for id in line.en.matches(of: /\b[TSGN]\d+\b/).map({ String($0.output) }) {
                #expect(line.zh.contains(id), "\(id) missing in \(line.zh)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func exchangeViolationsInBothLanguages() throws {
        let x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        var s = try ExchangeSolve.run(x).solution
        s.exchanges.removeLast()
        s.exchanges.append(.init(teacher: "T05", from: "S1", to: "S2"))
        s.exchanges.append(s.exchanges[0])
        s.exchanges.append(.init(teacher: "T99", from: "S1", to: "S2"))
        Self.expectBoth(SolutionChecker.check(s, against: x), x)
    }

    @Test func trainingViolationsInBothLanguages() throws {
        let x = try instance(examples.appendingPathComponent("small-zhengdong.json").path)
        var s = try solvedTraining(x)
        s.placements[0].years = 3
        s.placements[0].host = "S005"
        s.placements[1].mentor = s.placements[2].mentor
        s.placements.removeLast()
        Self.expectBoth(SolutionChecker.check(s, against: x), x)
    }

    @Test func walkingViolationsInBothLanguages() throws {
        let x = try instance(examples.appendingPathComponent("small-zhengdong.json").path)
        var s = try WalkingSolve.run(x).solution
        s.lessons += s.lessons.prefix(3).map { var l = $0; l.period = l.period == 1 ? 2 : 1; return l }
        s.lessons.append(s.lessons[0])
        s.uncovered = []
        Self.expectBoth(SolutionChecker.check(s, against: x), x)
    }

    /// The unverified claims are worded in both languages too, the plan's stage first.
    @Test func unverifiedClaimsInBothLanguages() {
        let claims: [CheckReport.Unverified] = [.init(.infeasible), .init(.noSolution, stage: .training), .init(.gapWithoutBound(0.01)),
                                                 .init(.notRun, stage: .walking)]
        let lines = claims.map(CheckText.line)
        #expect(lines.map(\.en) == [
            "status infeasible: the checker cannot verify that no plan exists; re-solve to confirm",
            "training stage: status no-solution: the file holds no plan, so there is nothing to verify; re-solve (with more time) to get one",
            "gap 0.01 without a bound: the checker cannot verify it; give the bound it was measured against",
            "walking stage: not run: the plan has no walking part to verify; re-solve to complete it",
        ])
        #expect(lines.map(\.zh)[1].hasPrefix("首站式培育阶段：状态 no-solution："), "\(lines[1].zh)")
        for l in lines { #expect(l.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(l.zh)") }
    }
}
