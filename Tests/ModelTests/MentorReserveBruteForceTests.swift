import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// Rule 4.8 (MODEL.md §7 "Settled") against brute force: the seeded micro-instances of
/// ``ExchangeBruteForceTests`` with new hires (of a group, or of a district with one or
/// two cores), mentors of every capacity and trainees naming them. Every exchange plan is
/// judged by the independent checker (§4) and its own re-derivation of 4.8
/// (``SolutionChecker/mentorReserve(_:against:)``); the best plan both accept must have the
/// objective of the exchange solved with the reserve (part by part, and by one model or
/// plain in turn), or there is none and the solve says infeasible. The greedy baseline
/// with the reserve never breaks 4.8.
@Suite struct MentorReserveBruteForceTests {
    static func randomInstance(seed: UInt64) throws -> Instance {
        var x = try ExchangeBruteForceTests.randomInstance(seed: seed)
        var r = BruteForce.Random(seed: seed ^ 0x4_8)
        for t in x.teachers.indices { x.teachers[t].mentorCapacity = r.pick([nil, 0, 1, 1, 2]) }
        // Hires mostly of a core teacher's subject, so that the reserve has mentors to keep.
        let cores = Set(x.groups.map(\.core))
        let atCores = x.teachers.filter { cores.contains($0.school) }.map(\.subject)
        let subjects = atCores.isEmpty ? [Subject("math")] : atCores + [Subject("music")]
        let districts: [String?] = x.schools.map(\.district)
        x.newHires = (0..<r.pick([1, 2, 2, 3])).map { i in
            let byGroup = r.oneIn(4) == false
            return NewHire(id: NewHireID("N\(i + 1)"), name: "N\(i + 1)", group: byGroup ? r.next(x.groups.count) : nil,
                           district: byGroup ? nil : r.pick(districts), subject: r.pick(subjects), minYears: 1, preferences: [])
        }
        if !x.teachers.isEmpty, r.oneIn(3) {
            x.year = 2025
            x.trainees = [Trainee(id: "P1", subject: Subject("math"), host: x.groups[0].core, destination: x.groups[0].members[0],
                                  mentor: r.next(x.teachers.count), lastYear: 2025)]
        }
        return x
    }

    /// The best plan the checker and 4.8 accept (every teacher stays or goes anywhere else).
    static func bruteForce(_ x: Instance) -> (objective: Double, plan: Solution)? {
        let (count, candidate) = ExchangeBruteForceTests.plans(x)
        var best: (objective: Double, plan: Solution)?
        for i in 0..<count {
            var plan = candidate(i)
            guard SolutionChecker.mentorReserve(plan.exchanges, against: x).isEmpty else { continue }
            let report = SolutionChecker.check(plan, against: x)
            guard report.violations.isEmpty, let v = report.recomputedObjective else { continue }
            if best.map({ v < $0.objective - 1e-9 }) ?? true {
                plan.objective = v
                best = (v, plan)
            }
        }
        return best
    }

    /// Seeds of the default run where the stand-alone exchange's optimum breaks 4.8, so the
    /// reserve changes the answer: the reserved solve still meets the brute force.
    @Test(arguments: [480, 485, 560, 830] as [UInt64])
    func theReserveChangesTheOptimum(_ seed: UInt64) throws {
        let x = try Self.randomInstance(seed: seed)
        let alone = try ExchangeSolve.run(x).solution
        #expect(!SolutionChecker.mentorReserve(alone.exchanges, against: x).isEmpty)
        let best = Self.bruteForce(x)
        BruteForce.agree(try ExchangeSolve.run(x, mentorReserve: true).solution, best: best, instance: x, seed: seed, solver: "reserved")
        if let b = best?.objective, let a = alone.objective { #expect(b > a + 1e-9) }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func reservedExchangeMatchesBruteForce(_ chunk: Int) throws {
        var failures = 0, reserved = 0, binding = 0
        // Every fifth seed: the enumeration is the exchange's, judged twice.
        let seeds = BruteForce.seeds(chunk: chunk).filter { $0 % 5 == 0 || BruteForce.onlySeed != nil }
        for seed in seeds where failures < 3 {
            let x = try Self.randomInstance(seed: seed)
            if x.mentorReserves().contains(where: { $0.need > 0 }) { reserved += 1 }
            let best = Self.bruteForce(x)
            BruteForce.show(x, best)
            let main = try ExchangeSolve.run(x, mentorReserve: true).solution
            let (name, second) = seed % 2 == 0
                ? ("one model", try ExchangeSolve.run(x, separateParts: false, mentorReserve: true).solution)
                : ("plain", try ExchangeSolve.run(x, formulation: .plain, mentorReserve: true).solution)
            for (solver, s) in [("aggregated, part by part", main), (name, second)] {
                if !BruteForce.agree(s, best: best, instance: x, seed: seed, solver: solver) { failures += 1 }
                let broken = SolutionChecker.mentorReserve(s.exchanges, against: x)
                if !broken.isEmpty {
                    Issue.record("seed \(seed), \(solver): breaks 4.8 \(broken)")
                    failures += 1
                }
            }
            // Binding: the stand-alone exchange's plan breaks 4.8, so the reserve changes the answer.
            let alone = try ExchangeSolve.run(x).solution
            if alone.objective != nil, !SolutionChecker.mentorReserve(alone.exchanges, against: x).isEmpty {
                binding += 1
                BruteForce.note("mentor reserve", chunk: chunk, "binds on seed \(seed)")
            }
            let greedy = try ExchangeGreedy.run(x, mentorReserve: true)
            if greedy.objective != nil, !SolutionChecker.mentorReserve(greedy.exchanges, against: x).isEmpty {
                Issue.record("seed \(seed): the greedy baseline breaks 4.8")
                failures += 1
            }
        }
        BruteForce.note("mentor reserve", chunk: chunk, "\(reserved) of \(seeds.count) reserve, \(binding) binding")
        // The reserve is exercised: most seeds reserve something.
        if seeds.count >= 20 { #expect(reserved * 4 >= seeds.count, "\(reserved) of \(seeds.count) seeds reserve mentoring") }

    }
}
