import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanText
import RotaplanFormats

/// The checker verifies every claim a solution file makes, or says it cannot
/// (docs/reliability.md, "What `check` promises"): statuses without a plan, sections that
/// do not belong to the problem, self-moves and the header's objective, bound and gap.
@Suite struct CheckClaimTests {
    static let tiny = examples.appendingPathComponent("tiny-luohe.json").path

    static func reference(_ problem: String, _ name: String = "tiny-luohe") throws -> Solution {
        let path = examples.appendingPathComponent("solutions/\(name).\(problem).json").path
        return try SolutionFile.read(bytes: InstanceLoader.readFile(path), file: path)
    }

    /// A plan (MODEL.md §7, `stages` as in docs/plan.md) made of the reference yearly plan
    /// (`tiny-luohe.plan.json`, MODEL.md §8 without `stages`): its lists, and each stage with
    /// the objective the checker recomputes for it — the exchange with rule 4.8, training and
    /// walking on the roster after the exchange (§7 "Settled"; the three stand-alone
    /// reference solutions together break 4.8 and are no plan under revision 2).
    static func plan(_ x: Instance) throws -> Solution {
        let reference = try reference("plan")
        var s = Solution(problem: .plan, instance: x.name, status: .optimal)
        s.exchanges = reference.exchanges
        s.placements = reference.placements
        s.lessons = reference.lessons
        s.uncovered = reference.uncovered
        let after = x.afterExchange(reference.exchanges)
        var objective = 0.0
        for problem in [Solution.Problem.exchange, .training, .walking] {
            var part = Solution(problem: problem, instance: x.name, status: .optimal)
            switch problem {
            case .exchange: part.exchanges = s.exchanges
            case .training: part.placements = s.placements
            default: part.lessons = s.lessons; part.uncovered = s.uncovered
            }
            let value = try #require(SolutionChecker.check(part, against: problem == .exchange ? x : after).recomputedObjective)
            var stage = Solution.Stage(problem: problem, status: .optimal)
            stage.objective = value
            stage.bound = value
            stage.gap = 0
            s.stages.append(stage)
            objective += value
        }
        s.objective = objective
        return s
    }

    static func messages(_ r: CheckReport, _ x: Instance) -> String { r.violations.map { CheckText.line($0, in: x).en }.joined(separator: "\n") }

    /// (The shared plan examples have no `stages`, which the plan check needs.)
    @Test(arguments: ["tiny-luohe", "small-zhengdong", "small-changsha"], ["exchange", "training", "walking"])
    func referenceSolutionsAreVerified(_ name: String, _ problem: String) throws {
        let x = try instance(examples.appendingPathComponent("\(name).json").path)
        let r = SolutionChecker.check(try Self.reference(problem, name), against: x)
        #expect(r.verified, "\(Self.messages(r, x)) \(r.unverified)")
    }

    /// A bare claim that no plan exists cannot be verified by a checker that does not solve:
    /// nothing false is found (the solving commands' own `--verify` accepts it), but it is
    /// not verified either.
    @Test(arguments: [Solution.Problem.exchange, .training], [Solution.Status.infeasible, .noSolution])
    func aClaimThatNoPlanExistsIsNotVerified(_ problem: Solution.Problem, _ status: Solution.Status) throws {
        let x = try instance(Self.tiny)
        let r = SolutionChecker.check(Solution(problem: problem, instance: x.name, status: status), against: x)
        #expect(r.violations.isEmpty && r.passed, "\(Self.messages(r, x))")
        #expect(!r.verified)
        #expect(r.unverified.map { CheckText.line($0).en } == [status == .infeasible
            ? "status infeasible: the checker cannot verify that no plan exists; re-solve to confirm"
            : "status no-solution: the file holds no plan, so there is nothing to verify; re-solve (with more time) to get one"])
    }

    /// Walking always has a plan: the empty timetable, every period uncovered.
    @Test func walkingInfeasibleIsFalse() throws {
        let x = try instance(Self.tiny)
        let r = SolutionChecker.check(Solution(problem: .walking, instance: x.name, status: .infeasible), against: x)
        #expect(!r.passed)
        #expect(Self.messages(r, x).contains("§6: status infeasible is false"), "\(Self.messages(r, x))")
    }

    @Test func sectionsOfAnotherProblemAreViolations() throws {
        let x = try instance(Self.tiny)
        var exchange = try Self.reference("exchange")
        exchange.placements = try Self.reference("training").placements
        exchange.lessons = [.init(teacher: "garbage", school: "nowhere", class: "?", subject: "?", day: 99, period: 99)]
        var r = SolutionChecker.check(exchange, against: x)
        #expect(Self.messages(r, x).contains("§8: an exchange solution holds only exchanges, but this one lists \(exchange.placements.count) placements"), "\(Self.messages(r, x))")
        #expect(Self.messages(r, x).contains("an exchange solution holds only exchanges, but this one lists 1 lessons"))
        #expect(!r.passed)

        var training = try Self.reference("training")
        training.exchanges = ["T01", "T02", "T03"].map { .init(teacher: $0, from: "S1", to: "S1") }
        r = SolutionChecker.check(training, against: x)
        #expect(Self.messages(r, x).contains("§8: a training solution holds only placements, but this one lists 3 exchanges"), "\(Self.messages(r, x))")
        #expect(Self.messages(r, x).contains("exchanges[2]: T03 'moves' from S1 to S1, the same school"), "\(Self.messages(r, x))")
        #expect(!r.passed)

        var walking = try Self.reference("walking")
        walking.exchanges = [.init(teacher: "T01", from: "S1", to: "S2")]
        r = SolutionChecker.check(walking, against: x)
        #expect(Self.messages(r, x).contains("§8: a walking solution holds only lessons and uncovered, but this one lists 1 exchanges"), "\(Self.messages(r, x))")
    }

    @Test func aSelfMoveIsAViolation() throws {
        let x = try instance(Self.tiny)
        var s = try Self.reference("exchange")
        // A teacher who does not move, "moved" from a school that is not theirs to itself.
        let stayer = try #require(x.teachers.first { t in !s.exchanges.contains { $0.teacher == t.id.rawValue } && t.school != 0 })
        s.exchanges.append(.init(teacher: stayer.id.rawValue, from: x.schools[0].id.rawValue, to: x.schools[0].id.rawValue))
        let r = SolutionChecker.check(s, against: x)
        #expect(Self.messages(r, x).contains("'moves' from \(x.schools[0].id) to \(x.schools[0].id), the same school"), "\(Self.messages(r, x))")
    }

    /// Spoilt header fields of the reference exchange plan (objective 77.27…, optimal).
    @Test(arguments: [
        ("optimal with gap 0.5", Solution.Status.optimal, nil, 0.5, "§8: status optimal with gap 0.5: a proven optimum has gap 0"),
        ("optimal with a bound above", .optimal, 80.0, 0.0, "§8: status optimal with bound 80: a proven optimum has bound = objective"),
        ("optimal with a bound below", .optimal, 70.0, 0.0, "§8: status optimal with bound 70: a proven optimum has bound = objective"),
        ("feasible with a bound above", .feasible, 80.0, nil, "§8: bound 80 is above the objective 77.27375563835798"),
        ("feasible with a negative gap", .feasible, 70.0, -0.1, "§8: gap -0.1 is negative"),
        ("feasible with a wrong gap", .feasible, 70.0, 0.5, "§8: gap 0.5 does not match |objective − bound| / |objective| = 0.0941"),
        ("infinite gap", .feasible, 70.0, Double.infinity, "§8: gap is not a finite number"),
        ("NaN bound", .feasible, Double.nan, nil, "§8: bound is not a finite number"),
    ] as [(String, Solution.Status, Double?, Double?, String)])
    func spoiltHeaderFieldsAreViolations(_ name: String, _ status: Solution.Status, _ bound: Double?, _ gap: Double?, _ message: String) throws {
        let x = try instance(Self.tiny)
        var s = try Self.reference("exchange")
        s.status = status
        s.bound = bound
        s.gap = gap
        let r = SolutionChecker.check(s, against: x)
        #expect(!r.passed, "\(name)")
        #expect(Self.messages(r, x).contains(message), "\(name): \(Self.messages(r, x))")
    }

    @Test func consistentFeasibleHeadersHold() throws {
        let x = try instance(Self.tiny)
        var s = try Self.reference("exchange")
        s.status = .feasible
        s.bound = 70
        s.gap = abs(s.objective! - 70) / abs(s.objective!)
        #expect(SolutionChecker.check(s, against: x).verified)
        s.bound = nil
        s.gap = nil
        #expect(SolutionChecker.check(s, against: x).verified)
        // A gap without the bound it is measured against cannot be verified.
        s.gap = 0.01
        let r = SolutionChecker.check(s, against: x)
        #expect(r.passed && !r.verified)
        #expect(r.unverified.map { CheckText.line($0).en } == ["gap 0.01 without a bound: the checker cannot verify it; give the bound it was measured against"])
    }

    @Test func aStatusWithoutAPlanCarriesNoGap() throws {
        let x = try instance(Self.tiny)
        var s = Solution(problem: .training, instance: x.name, status: .noSolution)
        s.gap = 0.2
        let r = SolutionChecker.check(s, against: x)
        #expect(Self.messages(r, x).contains("§8: a solution with status no-solution states gap 0.2, but there is no plan to measure it"), "\(Self.messages(r, x))")
    }

    /// A plan whose training stage is infeasible: the stages that have a plan are verified,
    /// the infeasible one is reported as not verifiable, nothing is a violation.
    @Test func aPlanWithAnInfeasibleStageIsNotVerified() throws {
        let x = try instance(Self.tiny)
        let whole = try Self.plan(x)
        let check = SolutionChecker.check(whole, against: x)
        try #require(check.verified, "\(Self.messages(check, x))")
        var s = whole
        s.stages[1].status = .infeasible
        s.stages[1].objective = nil
        s.stages[1].bound = nil
        s.stages[1].gap = nil
        s.placements = []
        s.status = .infeasible
        s.objective = nil
        s.bound = nil
        s.gap = nil
        let r = SolutionChecker.check(s, against: x)
        #expect(r.violations.isEmpty && r.passed, "\(Self.messages(r, x))")
        #expect(r.unverified.map { CheckText.line($0).en } == ["training stage: status infeasible: the checker cannot verify that no plan exists; re-solve to confirm"])
        // The same plan with a walking stage that claims to be infeasible is false.
        s.stages[2].status = .infeasible
        s.stages[2].objective = nil
        s.stages[2].bound = nil
        s.stages[2].gap = nil
        s.lessons = []
        s.uncovered = []
        let w = SolutionChecker.check(s, against: x)
        #expect(Self.messages(w, x).contains("walking stage: status infeasible is false"), "\(Self.messages(w, x))")
        // A stage's own header is checked too.
        var g = whole
        g.stages[0].gap = 0.5
        #expect(Self.messages(SolutionChecker.check(g, against: x), x).contains("exchange stage: status optimal with gap 0.5"))
    }
}
