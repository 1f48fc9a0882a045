import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// §12's change terms against brute force: the seeded micro-instances of the exchange,
/// training and walking brute-force suites, each given a previous plan — the instance's own
/// optimum spoilt a little (a decision dropped, one added elsewhere, one naming someone
/// gone) — and judged by the independent checker, which adds the term from the previous
/// plan alone (``NearCheck``). The optimiser's objective must be the best checked one.
/// Every fifth seed of the brute-force list runs (the plain solves already run them all).
@Suite struct NearBruteForceTests {
    static func seeds(_ chunk: Int) -> [UInt64] { BruteForce.seeds(chunk: chunk).filter { $0 % 5 == 0 || BruteForce.onlySeed != nil } }

    /// Judges the chunk's seeds, `judge` returning a seed's failures, until three failed;
    /// each seed gets its own generator for the previous plan's spoils.
    /// `make` builds a seed's instance and `solve` its plain optimum, which `judge` spoils
    /// into the previous plan.
    static func judge(_ chunk: Int, make: (UInt64) throws -> Instance, solve: (Instance) throws -> Solution,
                      _ judge: (UInt64, inout BruteForce.Random, Instance, Solution) throws -> Int) rethrows {
        var failures = 0
        for seed in seeds(chunk) where failures < 3 {
            var r = BruteForce.Random(seed: seed ^ 0x5EED)
            let x = try make(seed)
            failures += try judge(seed, &r, x, try solve(x))
        }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func exchangeTerm(_ chunk: Int) throws {
        try Self.judge(chunk, make: ExchangeBruteForceTests.randomInstance, solve: { try ExchangeSolve.run($0).solution }) { seed, r, plain, optimum in
            var failures = 0, x = plain
            var moves = Set(optimum.exchanges.map { Near.Move(teacher: $0.teacher, to: $0.to) })
            if let drop = moves.sorted().first, r.oneIn(2) { moves.remove(drop) }
            let t = r.pick(x.teachers), s = r.pick(x.schools)
            if t.school != x.schoolIndex[s.id] { moves.insert(.init(teacher: t.id.rawValue, to: s.id.rawValue)) }
            if r.oneIn(3) { moves.insert(.init(teacher: "T-GONE", to: s.id.rawValue)) }
            x.near = Near(record: .init(instance: x.name, objective: optimum.objective), moves: moves)
            let best = ExchangeBruteForceTests.bruteForce(x)
            BruteForce.show(x, best)
            for (name, solved) in [("aggregated", try ExchangeSolve.run(x).solution),
                                   ("plain, one model", try ExchangeSolve.run(x, formulation: .plain, separateParts: false).solution)]
            where !BruteForce.agree(solved, best: best, instance: x, seed: seed, solver: "near, \(name)") { failures += 1 }
            if !BruteForce.judgeGreedy(try ExchangeGreedy.run(x), best: best, instance: x, seed: seed, mustHold: false) { failures += 1 }
            return failures
        }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func trainingTerm(_ chunk: Int) throws {
        try Self.judge(chunk, make: TrainingBruteForceTests.randomInstance, solve: { try TrainingSolve.run($0).solution }) { seed, r, plain, optimum in
            var failures = 0, x = plain
            var placements: [String: Near.Placement] = [:]
            for p in optimum.placements { placements[p.newHire] = .init(mentor: p.mentor, destination: p.destination, years: p.years) }
            if let hire = x.newHires.first, r.oneIn(2) {
                placements[hire.id.rawValue] = .init(mentor: r.pick(x.teachers).id.rawValue, destination: r.pick(x.schools).id.rawValue,
                                                     years: r.pick([1, 2]))
            }
            if r.oneIn(3) { placements["N-GONE"] = .init(mentor: r.pick(x.teachers).id.rawValue, destination: r.pick(x.schools).id.rawValue, years: 1) }
            x.near = Near(record: .init(instance: x.name, objective: optimum.objective), placements: placements)
            let best = TrainingBruteForceTests.bruteForce(x)
            BruteForce.show(x, best)
            for (name, out) in [("blocks", try TrainingSolve.run(x)), ("one model", try TrainingSolve.run(x, decompose: false))]
            where !BruteForce.agree(out.solution, best: best, instance: x, seed: seed, solver: "near, \(name)") { failures += 1 }
            let greedy = try TrainingGreedy.run(x)
            if greedy.status == .feasible, !BruteForce.judgeGreedy(greedy, best: best, instance: x, seed: seed, mustHold: true) { failures += 1 }
            return failures
        }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func walkingTerm(_ chunk: Int) throws {
        try Self.judge(chunk, make: WalkingBruteForceTests.randomInstance, solve: { try WalkingSolve.run($0).solution }) { seed, r, plain, optimum in
            var failures = 0, x = plain
            var lessons = Set(optimum.lessons.map(Near.canonical))
            if let first = lessons.sorted().first, r.oneIn(2) {
                lessons.remove(first)
                var moved = first
                moved.period = r.pick([1, 2, 3])
                moved.day = r.pick([1, 2])
                lessons.insert(moved)
            }
            if r.oneIn(3) { lessons.insert(.init(teacher: "T-GONE", school: "S-GONE", class: "9-9", subject: "music", day: 1, period: 1)) }
            x.near = Near(record: .init(instance: x.name, objective: optimum.objective), lessons: lessons)
            let best = WalkingBruteForceTests.bruteForce(x)
            BruteForce.show(x, best)
            for f in WalkingModel.Formulation.allCases
            where !BruteForce.agree(try WalkingSolve.run(x, formulation: f).solution, best: best, instance: x, seed: seed, solver: "near, \(f)") {
                failures += 1
            }
            if !BruteForce.judgeGreedy(try WalkingGreedy.run(x), best: best, instance: x, seed: seed, mustHold: true) { failures += 1 }
            return failures
        }
    }
}
