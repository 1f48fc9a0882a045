import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels
import RotaplanReports
import RotaplanFormats

/// Micro-instances for §5, written as JSON so they pass the same loader as users' files.
enum Micro {
    static func school(_ id: String, district: String? = "D", tags: [String] = []) -> String {
        let d = district.map { "\"district\": \"\($0)\", " } ?? ""
        // A location lets the loader derive travel times (the exchange needs them to validate).
        let lat = 34.7 + Double(id.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 97) / 1000
        return "{\"id\": \"\(id)\", \"name\": \"\(id)校\", \(d)\"stage\": \"primary\", \"students\": 100, \"location\": {\"lat\": \(lat), \"lon\": 113.7}, \"tags\": [\(tags.map { "\"\($0)\"" }.joined(separator: ", "))]}"
    }
    static func group(_ id: String, core: String, members: [String]) -> String {
        "{\"id\": \"\(id)\", \"name\": \"\(id)集团\", \"type\": \"tight\", \"core\": \"\(core)\", \"members\": [\(members.map { "\"\($0)\"" }.joined(separator: ", "))]}"
    }
    static func teacher(_ id: String, at school: String, _ subject: String = "math", title: String = "senior",
                        backbone: Bool = true, capacity: Int? = nil, retiresIn: Double? = nil) -> String {
        var s = "{\"id\": \"\(id)\", \"name\": \"\(id)师\", \"school\": \"\(school)\", \"subject\": \"\(subject)\", \"title\": \"\(title)\", \"backbone\": \(backbone)"
        if let c = capacity { s += ", \"mentorCapacity\": \(c)" }
        if let r = retiresIn { s += ", \"yearsToRetirement\": \(r)" }
        return s + "}"
    }
    static func hire(_ id: String, group: String? = "G1", district: String? = nil, _ subject: String = "math",
                     minYears: Int = 1, preferences: [String] = []) -> String {
        var s = "{\"id\": \"\(id)\", \"name\": \"\(id)新\", \"subject\": \"\(subject)\", \"minYears\": \(minYears)"
        if let g = group { s += ", \"group\": \"\(g)\"" }
        if let d = district { s += ", \"district\": \"\(d)\"" }
        if !preferences.isEmpty { s += ", \"preferences\": [\(preferences.map { "\"\($0)\"" }.joined(separator: ", "))]" }
        return s + "}"
    }
    static func vacancy(_ school: String, _ subject: String = "math", year: Int = 1, count: Int = 1) -> String {
        "{\"school\": \"\(school)\", \"subject\": \"\(subject)\", \"year\": \(year), \"count\": \(count)}"
    }

    /// One group G1 (core S1, members S2, S3) unless `groups`/`schools` say otherwise.
    static func instance(
        groups: [String] = [group("G1", core: "S1", members: ["S2", "S3"])],
        schools: [String] = [school("S1", tags: ["core"]), school("S2"), school("S3")],
        teachers: [String], hires: [String], vacancies: [String], policy: String = "{\"preset\": \"national\"}"
    ) throws -> Instance {
        let text = """
            {"format": "rotaplan-instance/1", "name": "micro", "policy": \(policy),
             "groups": [\(groups.joined(separator: ", "))], "schools": [\(schools.joined(separator: ", "))],
             "teachers": [\(teachers.joined(separator: ", "))], "newHires": [\(hires.joined(separator: ", "))],
             "vacancies": [\(vacancies.joined(separator: ", "))]}
            """
        return try InstanceLoader.load(bytes: Array(text.utf8), file: "micro.json").instance
    }
}

/// Solves, insists on an optimal plan the independent checker accepts, and returns it.
func solvedTraining(_ x: Instance, _ formulation: TrainingModel.Formulation = .aggregated) throws -> Solution {
    let s = try TrainingSolve.run(x, formulation: formulation).solution
    #expect(s.status == .optimal)
    let report = SolutionChecker.check(s, against: x)
    #expect(report.passed, "\(report.violations) declared \(String(describing: s.objective)) recomputed \(String(describing: report.recomputedObjective))")
    return s
}

@Suite struct TrainingConformanceTests {
    @Test(arguments: ["tiny-luohe", "small-zhengdong", "small-changsha"])
    func reachesTheIndependentOptimum(_ name: String) throws {
        let x = try instance(examples.appendingPathComponent("\(name).json").path)
        let want = try #require(expected(name, "training"))
        for f in TrainingModel.Formulation.allCases {
            let s = try solvedTraining(x, f)
            #expect(CheckReport.close(s.objective!, want), "\(name) \(f): got \(s.objective!), expected \(want)")
            #expect(s.placements.count == x.newHires.count)
        }
        // One model of every hire: the same optimum as block by block.
        let single = try TrainingSolve.run(x, decompose: false)
        #expect(single.parts == 1 && CheckReport.close(single.solution.objective!, want))
        // The blocks together are exactly the one model: same rows, columns and nonzeros.
        #expect(try TrainingSolve.run(x).solution.model == single.solution.model)
    }

    @Test func blocksAreGroupsLinkedByDistrictHires() throws {
        // small-zhengdong: five groups; the two district hires of 郑东新区 link the groups
        // whose cores are in that district into one block.
        let x = try instance(examples.appendingPathComponent("small-zhengdong.json").path)
        let blocks = TrainingSolve.blocks(x)
        #expect(blocks.flatMap { $0 }.sorted() == Array(x.newHires.indices))
        for block in blocks {
            let cores = Set(block.flatMap { TrainingModel.hosts(ofHire: $0, in: x) })
            for other in blocks where other != block {
                #expect(cores.isDisjoint(with: other.flatMap { TrainingModel.hosts(ofHire: $0, in: x) }))
            }
        }
        let district = try #require(x.newHires.firstIndex { $0.group == nil })
        let hosts = TrainingModel.hosts(ofHire: district, in: x)
        #expect(hosts.count > 1)
        #expect(blocks.count == x.groups.count - hosts.count + 1)
    }

    @Test(arguments: ["tiny-luohe", "small-zhengdong", "small-changsha"])
    func checkerAcceptsTheReferencePlans(_ name: String) throws {
        let x = try instance(examples.appendingPathComponent("\(name).json").path)
        let path = examples.appendingPathComponent("solutions/\(name).training.json").path
        let s = try SolutionFile.read(bytes: InstanceLoader.readFile(path), file: path)
        let report = SolutionChecker.check(s, against: x)
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.objectiveMatches, "declared \(String(describing: s.objective)), recomputed \(String(describing: report.recomputedObjective))")
        #expect(CheckReport.close(report.recomputedObjective!, expected(name, "training")!))
    }

    @Test(arguments: ExchangeTests.bundled)
    func bundledInstancesSolveAndCheck(_ file: String) throws {
        let x = try instance(root.appendingPathComponent("instances/\(file)").path)
        let out = try TrainingSolve.run(x).solution
        #expect(out.status == .optimal)
        let back = try SolutionFile.read(bytes: Array(SolutionFile.json(out).utf8), file: file)
        let report = SolutionChecker.check(back, against: x)
        #expect(report.passed, "\(file): \(report.violations)")
        // Both formulations reach the same optimum.
        let plain = try TrainingSolve.run(x, formulation: .plain).solution
        #expect(plain.status == .optimal && CheckReport.close(plain.objective!, out.objective!), "\(file): plain \(String(describing: plain.objective))")
        // The greedy baseline keeps every rule and is never better than the optimum.
        let greedy = try TrainingGreedy.run(x)
        #expect(greedy.status == .feasible)
        #expect(SolutionChecker.check(greedy, against: x).passed, "\(file) greedy: \(SolutionChecker.check(greedy, against: x).violations)")
        #expect(out.objective! <= greedy.objective! + 1e-9)
    }

    @Test func sameInstanceSameBytes() throws {
        let x = try instance(examples.appendingPathComponent("small-zhengdong.json").path)
        let a = SolutionFile.json(try TrainingSolve.run(x).solution, timing: false)
        let b = SolutionFile.json(try TrainingSolve.run(x).solution, timing: false)
        #expect(a == b)
    }
}

/// One hand-worked micro-instance per rule: exactly that rule binds.
@Suite struct TrainingRuleTests {
    @Test func mentorCapacityBinds() throws {
        // Two math hires; T1 (senior backbone, v 5, cost 0) and T2 (first, v 2, cost 3),
        // each mentoring one. Two places at S2 in year 1. Optimum: 0 + 3 + 1 + 1 = 5.
        func make(_ t1: Int) throws -> Instance {
            try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: t1),
                                          Micro.teacher("T2", at: "S1", title: "first", backbone: false, capacity: 1)],
                               hires: [Micro.hire("N1"), Micro.hire("N2")], vacancies: [Micro.vacancy("S2", count: 2)])
        }
        let s = try solvedTraining(try make(1))
        #expect(s.objective == 5)
        #expect(Set(s.placements.map(\.mentor)) == ["T1", "T2"])
        // With room for both at T1 the capacity no longer binds.
        let free = try solvedTraining(try make(2))
        #expect(free.objective == 2)
        #expect(free.placements.allSatisfy { $0.mentor == "T1" })
        // The plain formulation agrees.
        #expect(try solvedTraining(try make(1), .plain).objective == 5)
    }

    @Test func vacanciesByYearBind() throws {
        // One place opens in year 1 and one in year 2 at S2: one hire can come after one
        // year, the other must wait for the second.
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1")], hires: [Micro.hire("N1"), Micro.hire("N2")],
                                   vacancies: [Micro.vacancy("S2", year: 1), Micro.vacancy("S2", year: 2)])
        let s = try solvedTraining(x)
        #expect(s.placements.map(\.years).sorted() == [1, 2])
        #expect(s.objective == 3)
        // Both places open in year 1: both come after one year.
        let y = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1")], hires: [Micro.hire("N1"), Micro.hire("N2")],
                                   vacancies: [Micro.vacancy("S2", year: 1, count: 2)])
        #expect(try solvedTraining(y).objective == 2)
    }

    @Test func minYearsForcesTwoYears() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1")], hires: [Micro.hire("N1", minYears: 2)],
                                   vacancies: [Micro.vacancy("S2", year: 0)])
        let s = try solvedTraining(x)
        #expect(s.placements == [.init(newHire: "N1", host: "S1", mentor: "T1", years: 2, destination: "S2")])
        #expect(s.objective == 2)
    }

    @Test func districtHireChoosesBetweenTwoCores() throws {
        // N1 has no group: the cores S1 (G1) and S4 (G2) of district D host, S7 (G3, in
        // district E) does not. S4's mentor is better (v 5 against v 2), so N1 trains at S4
        // and goes to S5; with no place in G2 it trains at S1 and goes to S2.
        let groups = [Micro.group("G1", core: "S1", members: ["S2"]), Micro.group("G2", core: "S4", members: ["S5"]),
                      Micro.group("G3", core: "S7", members: ["S8"])]
        let schools = [Micro.school("S1"), Micro.school("S2"), Micro.school("S4"), Micro.school("S5"),
                       Micro.school("S7", district: "E"), Micro.school("S8", district: "E")]
        let teachers = [Micro.teacher("T1", at: "S1", title: "first", backbone: false, capacity: 1),
                        Micro.teacher("T4", at: "S4"), Micro.teacher("T7", at: "S7")]
        func make(_ vacancies: [String]) throws -> Instance {
            try Micro.instance(groups: groups, schools: schools, teachers: teachers,
                               hires: [Micro.hire("N1", group: nil, district: "D")], vacancies: vacancies)
        }
        let both = try solvedTraining(try make([Micro.vacancy("S2"), Micro.vacancy("S5"), Micro.vacancy("S8")]))
        #expect(both.placements == [.init(newHire: "N1", host: "S4", mentor: "T4", years: 1, destination: "S5")])
        #expect(both.objective == 1)
        let onlyG1 = try solvedTraining(try make([Micro.vacancy("S2"), Micro.vacancy("S8")]))
        #expect(onlyG1.placements == [.init(newHire: "N1", host: "S1", mentor: "T1", years: 1, destination: "S2")])
        #expect(onlyG1.objective == 4)
    }

    @Test func objectiveTermsPreferenceAndPriorityTags() throws {
        // S3 is weak and rural (−2 · 2 = −4) but second in N1's list (+0.5 · 1); S2 is first
        // (0). S3 wins: 1 − 4 + 0.5 = −2.5.
        let x = try Micro.instance(schools: [Micro.school("S1"), Micro.school("S2"), Micro.school("S3", tags: ["weak", "rural"])],
                                   teachers: [Micro.teacher("T1", at: "S1")],
                                   hires: [Micro.hire("N1", preferences: ["S2", "S3"])],
                                   vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3")])
        let s = try solvedTraining(x)
        #expect(s.placements.first?.destination == "S3")
        #expect(s.objective == -2.5)
    }
}

@Suite struct TrainingExplanationTests {
    func explain(_ x: Instance) throws -> [String] {
        let out = try TrainingSolve.run(x)
        #expect(out.solution.status == .infeasible)
        #expect(out.solution.placements.isEmpty && out.solution.objective == nil)
        return english(out.explanations, x)
    }

    @Test func minYearsAboveMaxYears() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1")], hires: [Micro.hire("N3", minYears: 3)],
                                   vacancies: [Micro.vacancy("S2")])
        #expect(try explain(x) == ["§5 training length: N3 (N3新) needs minYears 3 but training.maxYears is 2"])
    }

    @Test func hireWithoutHost() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1")], hires: [Micro.hire("N4", group: nil, district: "X")],
                                   vacancies: [Micro.vacancy("S2")])
        #expect(try explain(x) == ["§5 hosts: N4 (N4新) has no host: no group and no group core in district X"])
    }

    @Test func noMentorAtTheCore() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", "music")], hires: [Micro.hire("N1")],
                                   vacancies: [Micro.vacancy("S2")])
        #expect(try explain(x).first?.hasPrefix("§5 mentors: no math mentor at S1 (S1校) for N1 (N1新)") == true)
    }

    @Test func moreHiresThanPlacesOrMentors() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 2)],
                                   hires: [Micro.hire("N1"), Micro.hire("N2"), Micro.hire("N3")],
                                   vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3", year: 2)])
        #expect(try explain(x) == [
            "§5 rule 4 vacancies: 3 math hires in G1 but only 2 math vacancies open within 2 years at its member schools",
            "§5 rule 3 mentors: no math mentor with free capacity at S1 (S1校): 3 math hires in G1 but its math mentors can take only 2",
        ])
    }

    @Test func districtHiresExplainedByTheElasticResolve() throws {
        // Three district hires, one math place in each of the two groups: no group-level
        // count shows it, the elastic re-solve names the school that overflows.
        let groups = [Micro.group("G1", core: "S1", members: ["S2"]), Micro.group("G2", core: "S4", members: ["S5"])]
        let schools = [Micro.school("S1"), Micro.school("S2"), Micro.school("S4"), Micro.school("S5")]
        let x = try Micro.instance(groups: groups, schools: schools,
                                   teachers: [Micro.teacher("T1", at: "S1"), Micro.teacher("T4", at: "S4")],
                                   hires: ["N1", "N2", "N3"].map { Micro.hire($0, group: nil, district: "D") },
                                   vacancies: [Micro.vacancy("S2"), Micro.vacancy("S5")])
        let lines = try explain(x)
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("§5 rule 4 vacancies: 2 math hires would arrive at S") && $0.contains("but only 1 math vacancy opens there") }, "\(lines)")
    }
}

@Suite struct TrainingCheckerTests {
    @Test func checkerCatchesPerturbedPlans() throws {
        let x = try instance(examples.appendingPathComponent("small-zhengdong.json").path)
        let good = try solvedTraining(x)
        func rules(_ change: (inout Solution) -> Void) -> [RuleID] {
            var s = good
            change(&s)
            return SolutionChecker.check(s, against: x).violations.map(\.rule)
        }
        #expect(rules { $0.placements.removeLast() }.contains(.trainingOnce))
        #expect(rules { $0.placements.append($0.placements[0]) }.contains(.trainingOnce))
        #expect(rules { $0.placements[0].years = 3 }.contains(.trainingYears))
        #expect(rules { $0.placements[0].host = "S005" }.contains(.trainingHost))
        #expect(rules { $0.placements[0].destination = "S001" }.contains(.trainingHostLink))
        // N002 (chinese) with N003's art mentor.
        #expect(rules { $0.placements[1].mentor = $0.placements[2].mentor }.contains(.trainingMentor))
        #expect(rules { $0.placements[0].newHire = "N999" } == [.trainingPlacement, .trainingOnce])
        // Every G04 hire to one school in year 1: S011 has 3 chinese places but only 1 math.
        #expect(rules { s in
            for i in s.placements.indices where s.placements[i].newHire == "N006" { s.placements[i].years = 1 }
            s.placements.append(.init(newHire: "N006", host: "S010", mentor: "T01111", years: 1, destination: "S011"))
        }.contains(.trainingVacancies))
        // A mentor over capacity: every G04 hire with T01110.
        #expect(rules { s in
            for i in s.placements.indices where s.placements[i].host == "S010" && s.placements[i].newHire != "N006" { s.placements[i].mentor = "T01110" }
            s.placements.append(.init(newHire: "N007", host: "S010", mentor: "T01110", years: 2, destination: "S011"))
        }.contains(.trainingCapacity))
        var wrong = good
        wrong.objective = good.objective! + 0.5
        wrong.bound = wrong.objective  // the header stays consistent: only the objective is wrong
        let report = SolutionChecker.check(wrong, against: x)
        #expect(report.violations.isEmpty && !report.passed)
    }

    @Test func greedyPlansAreChecked() throws {
        for name in ["tiny-luohe", "small-zhengdong", "small-changsha"] {
            let x = try instance(examples.appendingPathComponent("\(name).json").path)
            let g = try TrainingGreedy.run(x)
            #expect(g.status == .feasible, "\(name)")
            #expect(SolutionChecker.check(g, against: x).passed, "\(name): \(SolutionChecker.check(g, against: x).violations)")
            #expect(g.objective! >= expected(name, "training")! - 1e-9)
        }
    }

    @Test func greedyReportsAHireItCannotPlace() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 1)],
                                   hires: [Micro.hire("N1"), Micro.hire("N2")], vacancies: [Micro.vacancy("S2", count: 2)])
        let g = try TrainingGreedy.run(x)
        #expect(g.status == .noSolution && g.placements.isEmpty && g.objective == nil)
    }
}

@Suite struct DerivedVacancyTests {
    @Test func shortfallsRetirementsAndExchangeOutflows() throws {
        let s2 = Micro.school("S2").replacingOccurrences(of: "\"tags\"", with: "\"required\": {\"math\": 3}, \"tags\"")
        let x = try Micro.instance(
            schools: [Micro.school("S1"), s2, Micro.school("S3")],
            teachers: [Micro.teacher("T1", at: "S1"), Micro.teacher("T2", at: "S2", retiresIn: 1.5), Micro.teacher("T3", at: "S2"),
                       Micro.teacher("T4", at: "S3", "music", retiresIn: 0.5), Micro.teacher("T5", at: "S3", "music", retiresIn: 9)],
            hires: [Micro.hire("N1")], vacancies: [])
        func rows(_ v: [Vacancy]) -> [String] { v.map { "\(x.schools[$0.school].id) \($0.subject) y\($0.year) ×\($0.count)" } }
        // S2: required 3, has 2 → 1 from the start; T2 retires within 2 years → 1 more in
        // year 2. S3 has no requirement: T4's retirement in year 1 leaves a music place;
        // T5 retires after the horizon. The core S1 is not a destination.
        #expect(rows(try x.derivedVacancies()) == ["S2 math y0 ×1", "S2 math y2 ×1", "S3 music y1 ×1"])
        // The exchange sends T3 from S2 to S3: one more math place at S2 from the start,
        // and S3 gains a math teacher it did not have (no place).
        let moved = try x.derivedVacancies(exchanges: [.init(teacher: "T3", from: "S2", to: "S3")])
        #expect(rows(moved) == ["S2 math y0 ×2", "S2 math y2 ×1", "S3 music y1 ×1"])
        #expect(throws: Instance.VacancyDerivationError.self) { try x.derivedVacancies(exchanges: [.init(teacher: "T9", from: "S2", to: "S3")]) }
    }
}

@Suite struct TrainingReportTests {
    @Test func reportFiles() throws {
        let x = try instance(examples.appendingPathComponent("small-zhengdong.json").path)
        let s = try TrainingSolve.run(x).solution
        let r = TrainingReport(instance: x, solution: s)
        #expect(r.placements.count == 13)
        let files = r.files(.zh)
        #expect(files.count == TrainingReport.files.count)
        #expect(files[0].hasPrefix("\u{FEFF}新教师编号,姓名,学科,培育学校编号"))
        #expect(files[0].components(separatedBy: "\r\n").count == 13 + 2)
        #expect(r.mentors.reduce(0) { $0 + $1.hires.count } == 13)
        #expect(r.mentors.allSatisfy { $0.hires.count <= $0.capacity })
        // Arrivals never exceed the places open by then (§5 rule 4).
        for a in r.arrivals {
            var open = 0, arrived = 0
            for y in a.opening.indices { open += a.opening[y]; arrived += a.arriving[y]; #expect(arrived <= open) }
        }
        #expect(r.arrivalsCSV(.en).hasPrefix("\u{FEFF}school,school name,subject,year"))
        let html = r.html()
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("首站式培育") && html.contains("<style>"))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("<script") && !html.contains("http:") && !html.contains("https:"))
        #expect(files[3].contains("new hires placed: **13** of 13"))
    }
}
