import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// Seeded random micro-instances of §5 against brute force: every combination of
/// (host, mentor, years, destination) per hire is judged by the independent checker, and
/// the best plan it accepts must have the optimiser's objective (or there is none and the
/// optimiser says infeasible). Both formulations, block by block and as one model.
@Suite struct TrainingBruteForceTests {
    /// A small deterministic generator (64-bit LCG, high bits).
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[next(xs.count)] }
    }

    static func randomInstance(seed: UInt64) throws -> Instance {
        var r = Random(state: seed &* 0x9E37_79B9_7F4A_7C15)
        let tags = [[], ["new"], ["weak", "rural"], ["rural"]]
        let schools = ["S1", "S4"].map { Micro.school($0) } + ["S2", "S3", "S5", "S6"].map { Micro.school($0, tags: r.pick(tags)) }
        let groups = [Micro.group("G1", core: "S1", members: ["S2", "S3"]), Micro.group("G2", core: "S4", members: ["S5", "S6"])]
        var teachers: [String] = []
        for (i, core) in ["S1", "S1", "S1", "S1", "S4", "S4", "S4", "S4"].enumerated() {
            teachers.append(Micro.teacher("T\(i)", at: core, i % 2 == 0 ? r.pick(["math", "music"]) : (i % 4 == 1 ? "math" : "music"),
                                          title: r.pick(["senior", "first", "none"]), backbone: r.next(2) == 0,
                                          capacity: r.pick([nil, 0, 1, 2])))
        }
        let hires = (1...3).map { i in
            Micro.hire("N\(i)", group: r.pick(["G1", "G2", nil]), district: "D", r.pick(["math", "music"]),
                       minYears: r.pick([0, 1, 1, 2]), preferences: r.next(2) == 0 ? [] : [r.pick(["S2", "S3", "S5", "S6"])])
        }
        var vacancies: [String] = []
        for school in ["S2", "S3", "S5", "S6"] {
            for subject in ["math", "music"] where r.next(3) > 0 {
                vacancies.append(Micro.vacancy(school, subject, year: r.pick([0, 1, 1, 2, 3]), count: 1))
            }
        }
        return try Micro.instance(groups: groups, schools: schools, teachers: teachers, hires: hires, vacancies: vacancies)
    }

    /// The best plan the checker accepts, by enumeration (nil: none).
    static func bruteForce(_ x: Instance) -> Double? {
        // Per hire: hosts × teachers of the subject there × years × members of the host's
        // group; the checker judges everything else (capacity, minYears, vacancies by year).
        let options: [[Solution.Placement]] = x.newHires.map { hire in
            var out: [Solution.Placement] = []
            let hosts = hire.group.map { [x.groups[$0].core] } ?? x.groups.map(\.core).filter { x.schools[$0].district == hire.district }
            for c in hosts {
                let group = x.groups.first { $0.core == c }!
                for t in x.teachersBySchool[c] where x.teachers[t].subject == hire.subject {
                    for years in 1...x.policy.training.maxYears {
                        for s in group.members {
                            out.append(.init(newHire: hire.id.rawValue, host: x.schools[c].id.rawValue, mentor: x.teachers[t].id.rawValue,
                                             years: years, destination: x.schools[s].id.rawValue))
                        }
                    }
                }
            }
            return out
        }
        var best: Double?
        var plan = Solution(problem: .training, instance: x.name, status: .optimal)
        func walk(_ i: Int) {
            if i == options.count {
                let report = SolutionChecker.check(plan, against: x)
                if report.violations.isEmpty, let v = report.recomputedObjective, best.map({ v < $0 - 1e-9 }) ?? true { best = v }
                return
            }
            for p in options[i] {
                plan.placements.append(p)
                walk(i + 1)
                plan.placements.removeLast()
            }
        }
        walk(0)
        return best
    }

    @Test(arguments: UInt64(1)...UInt64(24))
    func optimiserMatchesBruteForce(_ seed: UInt64) throws {
        let x = try Self.randomInstance(seed: seed)
        let best = Self.bruteForce(x)
        for (formulation, decompose) in [(TrainingModel.Formulation.aggregated, true), (.aggregated, false), (.plain, true)] {
            let out = try TrainingSolve.run(x, formulation: formulation, decompose: decompose)
            if let best {
                #expect(out.solution.status == .optimal, "seed \(seed) \(formulation)")
                let got = try #require(out.solution.objective)
                #expect(CheckReport.close(got, best), "seed \(seed) \(formulation) decompose \(decompose): \(got) vs brute force \(best)")
                #expect(SolutionChecker.check(out.solution, against: x).passed, "seed \(seed)")
            } else {
                #expect(out.solution.status == .infeasible, "seed \(seed) \(formulation): brute force finds no plan")
                #expect(!out.explanation.isEmpty, "seed \(seed)")
            }
        }
        // The greedy baseline, when it places everyone, keeps every rule and is no better.
        let greedy = try TrainingGreedy.run(x)
        if greedy.status == .feasible {
            #expect(SolutionChecker.check(greedy, against: x).passed, "seed \(seed)")
            #expect(best != nil && greedy.objective! >= best! - 1e-9, "seed \(seed)")
        }
    }

    /// The seeds exercise both answers: plans to compare and infeasible instances to explain.
    @Test func seedsMixPlansAndInfeasibleInstances() throws {
        let plans = try (UInt64(1)...UInt64(24)).filter { Self.bruteForce(try Self.randomInstance(seed: $0)) != nil }.count
        #expect(plans >= 8 && plans <= 20, "\(plans) of 24 seeds have a plan")
    }
}
