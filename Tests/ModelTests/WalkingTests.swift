import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanText
import RotaplanModels
import RotaplanFormats

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

/// Hand-worked micro-instances (MODEL.md §6): one home school H and schools A, B, C; one
/// or two music teachers; periods 1 08:00–08:40, 2 08:50–09:30 (10 minutes later),
/// 3 10:30–11:10. Travel H–A and H–B 10 minutes, A–B 30 minutes, C 60 minutes from all
/// (beyond walking.maxTravelMinutes 45). A visit away from home costs 1 + τ/30.
@Suite struct WalkingMicroTests {
    static func micro(days: Int = 2, walking: String = "", teachers: [String], demand: [String]) throws -> Instance {
        let text = """
            {"format": "rotaplan-instance/1", "name": "micro",
             "policy": {"preset": "national"\(walking.isEmpty ? "" : ", \"walking\": {\(walking)}")},
             "calendar": {"days": \(days), "periods": [{"start": "08:00", "end": "08:40"}, {"start": "08:50", "end": "09:30"}, {"start": "10:30", "end": "11:10"}]},
             "groups": [],
             "schools": [
               {"id": "H", "name": "Home", "stage": "primary", "students": 500},
               {"id": "A", "name": "School A", "stage": "primary", "students": 300},
               {"id": "B", "name": "School B", "stage": "primary", "students": 300},
               {"id": "C", "name": "School C", "stage": "primary", "students": 300}],
             "travel": [
               {"from": "H", "to": "A", "minutes": 10, "km": 5}, {"from": "H", "to": "B", "minutes": 10, "km": 5},
               {"from": "A", "to": "B", "minutes": 30, "km": 15}, {"from": "H", "to": "C", "minutes": 60, "km": 40},
               {"from": "A", "to": "C", "minutes": 60, "km": 40}, {"from": "B", "to": "C", "minutes": 60, "km": 40}],
             "teachers": [\(teachers.joined(separator: ", "))],
             "walkingDemand": [\(demand.joined(separator: ", "))]}
            """
        return try InstanceLoader.load(bytes: Array(text.utf8), file: "micro.json").instance
    }

    static func teacher(_ id: String, home: String = "H", unavailable: String = "[]") -> String {
        "{\"id\": \"\(id)\", \"name\": \"\(id)\", \"school\": \"\(home)\", \"subject\": \"music\", \"itinerant\": {\"unavailable\": \(unavailable)}}"
    }

    static func line(_ school: String, _ cls: String, h: Int, _ slots: String) -> String {
        "{\"school\": \"\(school)\", \"class\": \"\(cls)\", \"subject\": \"music\", \"periodsPerWeek\": \(h), \"slots\": \(slots)}"
    }

    static let visit = 1 + 10.0 / 30

    /// Solves with both formulations; they must agree and the checker must accept both.
    static func solve(_ x: Instance) throws -> Solution {
        let strong = try WalkingSolve.run(x, formulation: .strong).solution
        let plain = try WalkingSolve.run(x, formulation: .plain).solution
        #expect(strong.status == .optimal && plain.status == .optimal)
        #expect(CheckReport.close(strong.objective!, plain.objective!), "strong \(strong.objective!), plain \(plain.objective!)")
        for s in [strong, plain] {
            let report = SolutionChecker.check(s, against: x)
            #expect(report.passed, "\(report.violations) recomputed \(String(describing: report.recomputedObjective))")
        }
        return strong
    }

    @Test func travelConflictForcesAnotherDay() throws {
        // A in period 1 of day 1 only; B in period 2 of day 1 or 2. A → B takes 30 minutes
        // and period 2 starts 10 minutes after period 1 ends (rule 6): B goes to day 2.
        let x = try Self.micro(teachers: [Self.teacher("T1")],
                               demand: [Self.line("A", "1-1", h: 1, "[[1, 1]]"), Self.line("B", "2-1", h: 1, "[[1, 2], [2, 2]]")])
        let s = try Self.solve(x)
        #expect(s.uncovered.isEmpty)
        #expect(s.lessons.map { "\($0.school)\($0.day)\($0.period)" }.sorted() == ["A11", "B22"])
        #expect(CheckReport.close(s.objective!, 2 * Self.visit))
    }

    @Test func schoolsPerDayLimitBinds() throws {
        // A and B both only on day 1 (periods 1 and 3, time enough to travel). With
        // maxSchoolsPerDay 1 one stays uncovered; the home school counts too (§10).
        let demand = [Self.line("A", "1-1", h: 1, "[[1, 1]]"), Self.line("B", "2-1", h: 1, "[[1, 3]]")]
        let free = try Self.solve(Self.micro(teachers: [Self.teacher("T1")], demand: demand))
        #expect(free.uncovered.isEmpty)
        #expect(CheckReport.close(free.objective!, 2 * Self.visit))
        let one = try Self.solve(Self.micro(walking: "\"maxSchoolsPerDay\": 1", teachers: [Self.teacher("T1")], demand: demand))
        #expect(one.uncovered.map(\.periods) == [1])
        #expect(CheckReport.close(one.objective!, 1000 + Self.visit))
        let home = [Self.line("H", "1-1", h: 1, "[[1, 1]]"), Self.line("A", "2-1", h: 1, "[[1, 3]]")]
        let withHome = try Self.solve(Self.micro(walking: "\"maxSchoolsPerDay\": 1", teachers: [Self.teacher("T1")], demand: home))
        #expect(withHome.uncovered.map(\.periods) == [1])
        // Teaching at home costs nothing, so the lesson at A is the one left out.
        #expect(withHome.lessons.map(\.school) == ["H"])
        #expect(CheckReport.close(withHome.objective!, 1000))
    }

    @Test func continuityBinds() throws {
        // B needs 2 periods: [1,1] and [2,1]. T1 (home H) is unavailable in [1,1], T2 (home
        // A, 30 minutes from B) in [2,1]. Together they could cover both, but one teacher
        // teaches a class all week (rule 1): one period stays uncovered, taught by the
        // cheaper T1.
        let x = try Self.micro(teachers: [Self.teacher("T1", unavailable: "[[1, 1]]"), Self.teacher("T2", home: "A", unavailable: "[[2, 1]]")],
                               demand: [Self.line("B", "2-1", h: 2, "[[1, 1], [2, 1]]")])
        let s = try Self.solve(x)
        #expect(s.uncovered.map(\.periods) == [1])
        #expect(s.lessons.map { "\($0.teacher)@\($0.day),\($0.period)" } == ["T1@2,1"])
        #expect(CheckReport.close(s.objective!, 1000 + Self.visit))
    }

    @Test func unreachableSchoolLeavesDemandUncoveredAndSaysWhy() throws {
        let x = try Self.micro(teachers: [Self.teacher("T1")],
                               demand: [Self.line("C", "1-1", h: 2, "[[1, 1], [2, 1]]"), Self.line("A", "1-1", h: 1, "[[1, 3]]")])
        let out = try WalkingSolve.run(x)
        #expect(out.solution.uncovered == [.init(school: "C", class: "1-1", subject: "music", periods: 2)])
        #expect(CheckReport.close(out.solution.objective!, 2000 + Self.visit))
        let why = uncovered(out.explanations, x)
        #expect(why.count == 1)
        #expect(why[0].reason.en.contains("no qualified teacher within reach"), "\(why[0].reason.en)")
        #expect(why[0].reason.en.contains("60 minutes"))
    }

    @Test func checkerCatchesATeacherAtTwoSchoolsTooCloseInTime() throws {
        let x = try Self.micro(teachers: [Self.teacher("T1")],
                               demand: [Self.line("A", "1-1", h: 1, "[[1, 1]]"), Self.line("B", "2-1", h: 1, "[[1, 2], [2, 2]]")])
        var s = try WalkingSolve.run(x).solution
        #expect(SolutionChecker.check(s, against: x).passed)
        // Move B's lesson to period 2 of day 1: 10 minutes after A, 30 minutes away.
        let k = try #require(s.lessons.firstIndex { $0.school == "B" })
        s.lessons[k].day = 1
        s.objective = 2 * Self.visit
        let report = SolutionChecker.check(s, against: x)
        #expect(report.violations.map(\.rule) == [.walkingTravel], "\(report.violations)")
        #expect(report.violations.first.map { CheckText.message($0, in: x).en }?.contains("10 minutes apart; the journey takes 30") == true)
        // The same lesson in period 3 (80 minutes later) is fine.
        s.lessons[k].period = 3
        s.lessons[k].day = 1
        let later = SolutionChecker.check(s, against: x)
        #expect(later.violations.map(\.rule) == [.walkingSlot], "period 3 is not offered by B: \(later.violations)")
    }

    @Test func greedyKeepsEveryRuleAndTheOptimiserIsNoWorse() throws {
        let x = try Self.micro(teachers: [Self.teacher("T1"), Self.teacher("T2", home: "A")],
                               demand: [Self.line("A", "1-1", h: 2, "[[1, 1], [1, 2], [2, 1], [2, 3]]"),
                                        Self.line("B", "2-1", h: 2, "[[1, 2], [1, 3], [2, 2]]"),
                                        Self.line("H", "3-1", h: 1, "[[1, 3], [2, 3]]")])
        let greedy = try WalkingGreedy.run(x)
        #expect(SolutionChecker.check(greedy, against: x).passed)
        let best = try Self.solve(x)
        #expect(best.objective! <= greedy.objective! + 1e-9)
    }
}

@Suite struct WalkingBundledTests {
    static let bundled: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("instances").path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()

    @Test(arguments: bundled)
    func bundledInstancesSolveAndCheckInBothFormulations(_ file: String) throws {
        let x = try instance(root.appendingPathComponent("instances/\(file)").path)
        let strong = try WalkingSolve.run(x, formulation: .strong).solution
        let plain = try WalkingSolve.run(x, formulation: .plain).solution
        #expect(strong.status == .optimal && plain.status == .optimal)
        #expect(CheckReport.close(strong.objective!, plain.objective!), "\(file): strong \(strong.objective!), plain \(plain.objective!)")
        // Through the file format, as `rotaplan check` sees it.
        let back = try SolutionFile.read(bytes: Array(SolutionFile.json(strong).utf8), file: file)
        let report = SolutionChecker.check(back, against: x)
        #expect(report.passed, "\(file): \(report.violations)")
        let greedy = try WalkingGreedy.run(x)
        #expect(SolutionChecker.check(greedy, against: x).passed, "\(file): greedy")
        #expect(strong.objective! <= greedy.objective! + 1e-9)
        // The improved greedy plan (the optimiser's first incumbent) keeps every rule and
        // is no worse than the first-fit plan.
        let scope = try WalkingScope(x)
        let lessons = WalkingGreedy.improved(scope).lessons.sorted { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }
        let improved = WalkingSolve.solution(scope, plan: lessons, objective: WalkingSolve.objective(scope, plan: lessons), status: .feasible)
        #expect(SolutionChecker.check(improved, against: x).passed, "\(file): improved greedy")
        #expect(improved.objective! <= greedy.objective! + 1e-9)
        #expect(strong.objective! <= improved.objective! + 1e-9)
    }

    @Test func sameInstanceSameBytes() throws {
        let x = try instance(examples.appendingPathComponent("small-zhengdong.json").path)
        let a = SolutionFile.json(try WalkingSolve.run(x).solution, timing: false)
        let b = SolutionFile.json(try WalkingSolve.run(x).solution, timing: false)
        #expect(a == b)
    }
}
