import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// §5 rule 3 with §11's trainees: a mentor's capacity for this year's hires is
/// max(0, capacity(m) − |{trainees naming m}|), wherever m teaches; the model, the greedy
/// baseline, the pins and the checker all read it.
@Suite struct TraineeCapacityTests {
    /// Core S1 with one math mentor T1 (capacity 2), two math hires, places for both.
    static func twoHires(trainees: Int, mentorAt school: Int = 0) throws -> Instance {
        var x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 2), Micro.teacher("T2", at: "S2", "music", capacity: 0)],
                                   hires: [Micro.hire("N1"), Micro.hire("N2")],
                                   vacancies: [Micro.vacancy("S2", count: 2)])
        x.year = 2025
        x.teachers[0].school = school
        x.trainees = (0..<trainees).map { i in
            Trainee(id: "P\(i)", subject: Subject("math"), host: 0, destination: 1, mentor: 0, lastYear: 2025)
        }
        return x
    }

    @Test func traineesNamingTheMentorTakeTheirPlaces() throws {
        #expect(try Self.twoHires(trainees: 0).mentorCapacity(ofTeacher: 0) == 2)
        #expect(try Self.twoHires(trainees: 1).mentorCapacity(ofTeacher: 0) == 1)
        #expect(try Self.twoHires(trainees: 3).mentorCapacity(ofTeacher: 0) == 0)
        // Counted wherever the mentor teaches now.
        #expect(try Self.twoHires(trainees: 1, mentorAt: 1).mentorCapacity(ofTeacher: 0) == 1)
    }

    @Test func theModelAndTheGreedyPlaceOnlyWhatIsLeft() throws {
        let free = try Self.twoHires(trainees: 0)
        #expect(try TrainingSolve.run(free).solution.status == .optimal)
        #expect(try TrainingGreedy.run(free).status == .feasible)
        let one = try Self.twoHires(trainees: 1)
        #expect(try TrainingSolve.run(one).solution.status == .infeasible)
        #expect(try TrainingGreedy.run(one).status != .feasible)
        var single = one
        single.newHires.removeLast()
        let s = try TrainingSolve.run(single).solution
        #expect(s.status == .optimal && s.placements.map(\.mentor) == ["T1"])
        #expect(SolutionChecker.check(s, against: single).passed)
    }

    @Test func theCheckerCountsTheTrainees() throws {
        let free = try Self.twoHires(trainees: 0)
        let plan = try TrainingSolve.run(free).solution
        #expect(plan.placements.map(\.mentor) == ["T1", "T1"])
        #expect(SolutionChecker.check(plan, against: free).passed)
        let report = SolutionChecker.check(plan, against: try Self.twoHires(trainees: 1))
        let v = try #require(report.violations.first { $0.rule == .trainingCapacity })
        #expect(v.finding.amounts == [Amount(.actual, 2), Amount(.limit, 1)])
    }
}
