import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanText
import RotaplanModels
import RotaplanFormats

/// Pins (docs/pins.md) on the bundled Zhengdong instance, one pin kind at a time: in
/// every problem and formulation the pinned optimum keeps the pin, both formulations
/// agree, the pinned plan differs from the unpinned optimum (each pin is chosen to
/// contradict it: the checker rejects the unpinned optimum for exactly that pin) and
/// costs no less.
/// Pins that cannot hold make the problem infeasible with an explanation naming them.
@Suite struct PinTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let zhengdong: Instance = {
        try! InstanceLoader.load(path: root.appendingPathComponent("instances/zhengdong-2025.json").path).instance
    }()

    /// The Zhengdong instance with the pins of a CSV text (header `who,rule,target` added).
    static func pinned(_ rows: String) throws -> Instance {
        var x = zhengdong
        x.pins = try PinLoader.load(bytes: Array("who,rule,target\n\(rows)\n".utf8), file: "pins.csv", for: x).pins
        return x
    }

    static let freeExchange = try! ExchangeSolve.run(zhengdong).solution
    static let freeTraining = try! TrainingSolve.run(zhengdong).solution
    static let freeWalking = try! WalkingSolve.run(zhengdong).solution

    /// The checker on `s` against `x`: the pin violations only.
    static func pinViolations(_ s: Solution, _ x: Instance) -> [String] {
        SolutionChecker.check(s, against: x).violations.filter { $0.rule == .pin }.map { CheckText.message($0, in: x).en }
    }

    /// Common expectations for one pinned problem: `solve(x, formulation)` for each formulation.
    static func expectPinBinds(_ row: String, free: Solution, formulations: [String],
                               solve: (Instance, String) throws -> Solution,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let x = try pinned(row)
        let label = x.pins[0].label
        // The unpinned optimum breaks the pin, and the checker names it.
        let broken = pinViolations(free, x)
        #expect(broken.count == 1 && broken[0].hasPrefix(label), "\(broken)", sourceLocation: sourceLocation)
        var objectives: [Double] = []
        for f in formulations {
            let s = try solve(x, f)
            #expect(s.status == .optimal, "\(f): \(s.status)", sourceLocation: sourceLocation)
            let report = SolutionChecker.check(s, against: x)
            #expect(report.passed, "\(f): \(report.violations)", sourceLocation: sourceLocation)
            objectives.append(try #require(s.objective, sourceLocation: sourceLocation))
        }
        #expect(objectives.allSatisfy { CheckReport.close($0, objectives[0]) }, "\(objectives)", sourceLocation: sourceLocation)
        // The pinned plan differs from the unpinned optimum (which breaks the pin) and is no
        // better than it.
        #expect(objectives[0] >= free.objective! - 1e-6, "pinned \(objectives[0]), free \(free.objective!)", sourceLocation: sourceLocation)
    }

    // MARK: Exchange (§4)

    @Test(arguments: ["T0105,must-move-to,S04", "T0103,must-stay,", "T0103,must-not-go-to,S02", "T0103,必须留任,", "T0103,不得调往,S02"])
    func exchangePin(_ row: String) throws {
        try Self.expectPinBinds(row, free: Self.freeExchange, formulations: ["plain", "aggregated"]) { x, f in
            try ExchangeSolve.run(x, formulation: ExchangeModel.Formulation(rawValue: f)!).solution
        }
        let x = try Self.pinned(row)
        // One model of every group agrees too; the greedy never breaks the pin.
        let one = try ExchangeSolve.run(x, separateParts: false).solution
        #expect(SolutionChecker.check(one, against: x).passed)
        #expect(Self.pinViolations(try ExchangeGreedy.run(x), x).isEmpty)
    }

    /// A pinned teacher is not merged with an interchangeable colleague: T0706 and T0707…
    /// are not twins here, so check the aggregated model keeps pinned teachers in classes
    /// of one (the classes' first teachers are the pinned ones).
    @Test func aggregatedKeepsPinnedTeachersApart() throws {
        let x = try Self.pinned("T0103,must-stay,\nT0105,must-move-to,S04")
        let built = try ExchangeModel(x, formulation: .aggregated)
        for t in [x.teacherIndex[TeacherID("T0103")]!, x.teacherIndex[TeacherID("T0105")]!] {
            #expect(!built.units.contains { $0.count > 1 && $0.contains(t) })
        }
        #expect(built.moves.filter { $0.teacher == x.teacherIndex[TeacherID("T0105")]! }.map(\.to) == [x.schoolIndex[SchoolID("S04")]!])
        #expect(!built.moves.contains { $0.teacher == x.teacherIndex[TeacherID("T0103")]! })
    }

    @Test func exchangeInfeasibleBecauseOfAPin() throws {
        let x = try Self.pinned("T0103,must-stay,\nT0106,must-move-to,S03")
        for f in ExchangeModel.Formulation.allCases {
            let out = try ExchangeSolve.run(x, formulation: f)
            #expect(out.solution.status == .infeasible)
            #expect(english(out.explanations, x).first == "the pins make the exchange of group G1 impossible (without it a plan exists): pin pins.csv:3 \"T0106 must-move-to S03\"",
                    "\(english(out.explanations, x))")
            #expect(english(out.explanations, x).dropFirst().contains { $0.hasPrefix("with this pin: §4.6 subjects: S03") }, "\(english(out.explanations, x))")
        }
    }

    @Test(arguments: [
        ("T0901,must-move-to,S08", "pin pins.csv:2 \"T0901 must-move-to S08\": T0901 (", "is not eligible for the exchange (§2 E): 1 years at S09, fewer than the 6 exchange.minYearsAtSchool asks"),
        ("T0105,must-move-to,S06", "pin pins.csv:2 \"T0105 must-move-to S06\": S06 (", "is in group G2, not in T0105 (郭文博)'s group G1"),
        ("T0105,must-move-to,S01", "pin pins.csv:2 \"T0105 must-move-to S01\": T0105 (郭文博) already works at S01", ""),
        ("T0105,must-stay,\nT0105,must-move-to,S04", "pin pins.csv:3 \"T0105 must-move-to S04\" and pin pins.csv:2 \"T0105 must-stay\" contradict each other", ""),
    ])
    func exchangePinThatCannotHold(_ rows: String, _ start: String, _ detail: String) throws {
        let x = try Self.pinned(rows)
        let out = try ExchangeSolve.run(x)
        #expect(out.solution.status == .infeasible)
        #expect(english(out.explanations, x).contains { $0.hasPrefix(start) && (detail.isEmpty || $0.contains(detail)) }, "\(english(out.explanations, x))")
        #expect(try ExchangeGreedy.run(x).status == .noSolution)
    }

    // MARK: Training (§5)

    @Test(arguments: ["N01,mentor,T0104", "N03,must-move-to,S08", "N03,must-not-go-to,S09", "N01,导师,T0104"])
    func trainingPin(_ row: String) throws {
        try Self.expectPinBinds(row, free: Self.freeTraining, formulations: ["plain", "aggregated"]) { x, f in
            try TrainingSolve.run(x, formulation: TrainingModel.Formulation(rawValue: f)!).solution
        }
        let x = try Self.pinned(row)
        let one = try TrainingSolve.run(x, formulation: .plain, decompose: false).solution
        #expect(SolutionChecker.check(one, against: x).passed)
        let greedy = try TrainingGreedy.run(x)
        #expect(greedy.status == .feasible && SolutionChecker.check(greedy, against: x).violations.isEmpty)
    }

    /// A mentor named by a pin is a class of their own in the aggregated model, and the
    /// pinned hire is handed to them.
    @Test func aggregatedMentorPin() throws {
        let x = try Self.pinned("N01,mentor,T0104")
        let built = try TrainingModel(x, formulation: .aggregated)
        let t = x.teacherIndex[TeacherID("T0104")]!
        #expect(built.mentorClasses.contains { $0.mentors == [t] })
        let s = try TrainingSolve.run(x).solution
        #expect(s.placements.first { $0.newHire == "N01" }?.mentor == "T0104")
    }

    @Test(arguments: [
        ("N01,mentor,T0501", "pin pins.csv:2 \"N01 mentor T0501\": T0501 (", "works at S05"),
        ("N01,mentor,T0105", "pin pins.csv:2 \"N01 mentor T0105\": T0105 (郭文博) teaches english as primary subject, N01 (李想) is a math teacher", ""),
        ("N05,mentor,T0504", "pin pins.csv:2 \"N05 mentor T0504\": T0504 (", "has mentoring capacity 0"),
        ("N01,must-move-to,S06", "pin pins.csv:2 \"N01 must-move-to S06\": S06 (", "is not a member school of N01 (李想)'s host group G1"),
        ("N01,must-move-to,S03", "pin pins.csv:2 \"N01 must-move-to S03\": no math vacancy opens at S03", ""),
        ("N01,mentor,T0104\nN01,mentor,T0103", "pin pins.csv:2 \"N01 mentor T0104\" and pin pins.csv:3 \"N01 mentor T0103\" contradict each other", ""),
    ])
    func trainingPinThatCannotHold(_ rows: String, _ start: String, _ detail: String) throws {
        let x = try Self.pinned(rows)
        for f in TrainingModel.Formulation.allCases {
            let out = try TrainingSolve.run(x, formulation: f)
            #expect(out.solution.status == .infeasible)
            #expect(english(out.explanations, x).contains { $0.hasPrefix(start) && (detail.isEmpty || $0.contains(detail)) }, "\(english(out.explanations, x))")
        }
        #expect(try TrainingGreedy.run(x).status == .noSolution)
    }

    /// N02 (english, two years) can only go to S03, the one english vacancy of G1: closing
    /// it leaves no destination, which only the solve finds; the deletion filter names the pin.
    @Test func trainingInfeasibleBecauseOfAPin() throws {
        let x = try Self.pinned("N01,mentor,T0104\nN02,must-not-go-to,S03")
        let out = try TrainingSolve.run(x)
        #expect(out.solution.status == .infeasible)
        #expect(english(out.explanations, x).first == "the pins make the training plan impossible (without it a plan exists): pin pins.csv:3 \"N02 must-not-go-to S03\"",
                "\(english(out.explanations, x))")
        #expect(english(out.explanations, x).count > 1, "\(english(out.explanations, x))")
    }

    // MARK: Walking (§6)

    @Test(arguments: ["T0107,not-on-day,2", "T0107,不排课,周二", "T0706,not-on-day,1"])
    func walkingPin(_ row: String) throws {
        try Self.expectPinBinds(row, free: Self.freeWalking, formulations: ["strong", "plain"]) { x, f in
            try WalkingSolve.run(x, formulation: WalkingModel.Formulation(rawValue: f)!).solution
        }
        let x = try Self.pinned(row)
        #expect(SolutionChecker.check(try WalkingGreedy.run(x), against: x).violations.isEmpty)
    }

    /// Pins that keep the only IT walking teacher free on both days the IT classes offer
    /// leave them uncovered, and the reason names the pins.
    @Test func walkingUncoveredBecauseOfPins() throws {
        let x = try Self.pinned("T1005,not-on-day,2\nT1005,not-on-day,4")
        for f in WalkingModel.Formulation.allCases {
            let out = try WalkingSolve.run(x, formulation: f)
            #expect(SolutionChecker.check(out.solution, against: x).passed)
            let it = uncovered(out.explanations, x).filter { x.walkingDemand[$0.line].subject == Subject("it") }
            #expect(it.count == 2, "\(english(out.explanations, x))")
            for e in it {
                #expect(e.reason.en.contains("pin pins.csv:2 \"T1005 not-on-day 2\"") && e.reason.en.contains("pin pins.csv:3 \"T1005 not-on-day 4\""),
                        "\(e.reason.en)")
            }
        }
    }

    /// The strong formulation's symmetry breaking does not treat a pinned teacher as the
    /// twin of an unpinned one.
    @Test func pinnedTeachersAreNotTwins() throws {
        var x = Self.zhengdong
        let t = x.teacherIndex[TeacherID("T0107")]!
        var twin = x.teachers[t]
        twin.id = TeacherID("T0108x")
        x = Instance(name: x.name, policy: x.policy, calendar: x.calendar, groups: x.groups, schools: x.schools,
                     teachers: x.teachers + [twin], newHires: x.newHires, vacancies: x.vacancies, walkingDemand: x.walkingDemand, travel: x.travel)
        #expect(try WalkingModel(WalkingScope(x)).identicalTeachers() == [[t, x.teachers.count - 1]])
        x.pins = try PinLoader.load(bytes: Array("T0107,not-on-day,2\n".utf8), file: "pins.csv", for: x).pins
        #expect(try WalkingModel(WalkingScope(x)).identicalTeachers().isEmpty)
        let strong = try WalkingSolve.run(x, formulation: .strong).solution
        let plain = try WalkingSolve.run(x, formulation: .plain).solution
        #expect(SolutionChecker.check(strong, against: x).passed && SolutionChecker.check(plain, against: x).passed)
        #expect(CheckReport.close(strong.objective!, plain.objective!))
    }

    // MARK: The checker on plan solutions and afterExchange

    @Test func afterExchangeKeepsPins() throws {
        let x = try Self.pinned("T0107,not-on-day,2")
        #expect(x.afterExchange(Self.freeExchange.exchanges).pins == x.pins)
    }
}
