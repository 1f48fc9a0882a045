import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// Seeded random micro-instances of §5 against brute force: every combination of (host,
/// mentor, years, destination) per hire is judged by the independent checker, and the
/// best plan it accepts must have the optimiser's objective (or there is none and the
/// optimiser says infeasible). Each seed is solved block by block in the aggregated
/// formulation, and by one of the other solvers in turn (plain, one model of every hire,
/// plain as one model); the greedy baseline, when it places everyone, must keep every
/// rule and be no better.
///
/// The instances vary what §5 reads: two groups, tags of the member schools, mentors'
/// subjects, titles, backbone flags and capacities (given or defaulted; some mentors are
/// twins, one class of the aggregated formulation), hires by group
/// or by district (one district has no core), subjects written in Chinese, minimum
/// years, preferences, vacancies by year and count, training.maxYears,
/// training.mentorCapacity, the four weights, and trainees (§11) naming mentors.
@Suite struct TrainingBruteForceTests {
    /// Most plans the enumeration may have (hires are dropped until it fits).
    static let maxPlans = 1200

    static func randomInstance(seed: UInt64) throws -> Instance {
        var r = BruteForce.Random(seed: seed)
        let tags = [[], ["new"], ["weak", "rural"], ["rural"]]
        let schools = [Micro.school("S1", tags: ["core"]), Micro.school("S4", district: r.pick(["D", "E"]), tags: ["core"])]
            + ["S2", "S3", "S5", "S6"].map { Micro.school($0, tags: r.pick(tags)) }
        let groups = [Micro.group("G1", core: "S1", members: ["S2", "S3"]), Micro.group("G2", core: "S4", members: ["S5", "S6"])]
        let subjects = ["math", "music"]
        var teachers: [String] = []
        var last: (subject: String, title: String, backbone: Bool, capacity: Int?)?
        for (i, core) in ["S1", "S1", "S1", "S1", "S4", "S4", "S4", "S4"].enumerated() {
            // Now and then a twin of the mentor before (one class of the aggregated formulation).
            var m = (subject: i % 4 < 2 ? subjects[i % 4] : r.pick(subjects), title: r.pick(["senior", "first", "none"]),
                     backbone: r.oneIn(2), capacity: r.pick([nil, nil, 0, 1, 2, 2]))
            if i % 4 >= 2, let twin = last, r.oneIn(3) { m = twin }
            teachers.append(Micro.teacher("T\(i)", at: core, m.subject, title: m.title, backbone: m.backbone, capacity: m.capacity))
            last = m
        }
        let maxYears = r.pick([1, 2, 2, 2, 3, 3])
        var hires = (1...r.pick([1, 2, 3, 3])).map { i in
            // "数学"/"音乐" are math and music (§10).
            Micro.hire("N\(i)", group: r.pick(["G1", "G2", "G1", "G2", nil]), district: r.pick(["D", "D", "D", "E", nil]),
                       r.pick(["math", "music", "数学", "音乐"]), minYears: r.pick([0, 1, 1, 1, 1, 1, 2, 2, 2, 3]),
                       preferences: r.some(["S2", "S3", "S5", "S6"], upTo: 2))
        }
        var vacancies: [String] = []
        for school in ["S2", "S3", "S5", "S6"] {
            for subject in ["math", r.pick(["music", "音乐"])] where !r.oneIn(5) {
                vacancies.append(Micro.vacancy(school, subject, year: r.pick([0, 1, 1, 2, 3]), count: r.pick([1, 1, 2])))
            }
        }
        let policy = """
            {"preset": "national", "training": {"maxYears": \(maxYears), "mentorCapacity": \(r.pick([1, 2, 2]))},
             "weights": {"training": {"mentor": \(r.pick([0, 1, 2])), "preferenceRank": \(r.pick([0, 0.5, 1])),
                                      "priorityTag": \(r.pick([0, 2, 5])), "year": \(r.pick([0, 1, 3]))}}}
            """
        while true {
            var x = try Micro.instance(groups: groups, schools: schools, teachers: teachers, hires: hires, vacancies: vacancies, policy: policy)
            x.name = "training seed \(seed)"
            // §11: now and then trainees naming a mentor (their own stream, so the rest of the
            // instance is what it was before trainees existed).
            var q = BruteForce.Random(seed: seed &+ 0x7a11)
            if q.oneIn(3) {
                x.year = 2025
                x.trainees = (0..<q.pick([1, 1, 2, 3])).map { i in
                    let m = q.pick(Array(x.teachers.indices))
                    return Trainee(id: "P\(i)", subject: x.teachers[m].subject, host: x.teachers[m].school,
                                   destination: x.groups[0].members[0], mentor: m, lastYear: 2025)
                }
            }
            if hires.count == 1 || options(x).reduce(1, { $0 * max(1, $1.count) }) <= maxPlans { return x }
            hires.removeLast()
        }
    }

    /// Per hire: hosts × teachers of the subject there × years 1…maxYears × members of the
    /// host's group. The checker judges everything else (capacity, minYears, vacancies by year).
    static func options(_ x: Instance) -> [[Solution.Placement]] {
        x.newHires.map { hire in
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
    }

    /// The best plan the checker accepts, by enumeration (nil: none).
    static func bruteForce(_ x: Instance) -> (objective: Double, plan: Solution)? {
        let options = options(x)
        guard options.allSatisfy({ !$0.isEmpty }) else { return nil }  // a hire with nowhere to go
        let count = options.reduce(1) { $0 * $1.count }
        return BruteForce.best(count: count, against: x) { i in
            var plan = Solution(problem: .training, instance: x.name, status: .optimal)
            var rest = i
            for choices in options {
                plan.placements.append(choices[rest % choices.count])
                rest /= choices.count
            }
            return plan
        }
    }

    /// The second solver of a seed, in turn.
    static func other(_ seed: UInt64, _ x: Instance) throws -> (String, TrainingSolve.Outcome) {
        switch seed % 3 {
        case 0: return ("plain", try TrainingSolve.run(x, formulation: .plain))
        case 1: return ("aggregated, one model", try TrainingSolve.run(x, decompose: false))
        default: return ("plain, one model", try TrainingSolve.run(x, formulation: .plain, decompose: false))
        }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func optimiserMatchesBruteForce(_ chunk: Int) throws {
        var feasible = 0, failures = 0
        let seeds = BruteForce.seeds(chunk: chunk)
        for seed in seeds where failures < 3 {
            let x = try Self.randomInstance(seed: seed)
            let best = Self.bruteForce(x)
            if best != nil { feasible += 1 }
            BruteForce.show(x, best)
            let main = try TrainingSolve.run(x)
            let (name, second) = try Self.other(seed, x)
            for (solver, out) in [("aggregated, block by block", main), (name, second)] {
                if !BruteForce.agree(out.solution, best: best, instance: x, seed: seed, solver: solver) { failures += 1 }
                if best == nil && out.solution.status == .infeasible && out.explanations.isEmpty {
                    Issue.record("seed \(seed), \(solver): infeasible without an explanation")
                    failures += 1
                }
            }
            // The greedy baseline, when it places everyone, keeps every rule and is no better.
            let greedy = try TrainingGreedy.run(x)
            if greedy.status == .feasible,
               !BruteForce.judgeGreedy(greedy, best: best, instance: x, seed: seed, mustHold: true) {
                failures += 1
            }
        }
        BruteForce.note("training", chunk: chunk, "\(feasible) of \(seeds.count) seeds have a plan")
        // Both answers are exercised: plans to compare and infeasible instances to explain.
        if seeds.count >= 50 {
            #expect(feasible * 5 >= seeds.count && feasible * 5 <= seeds.count * 4, "\(feasible) of \(seeds.count) seeds have a plan")
        }
    }
}
