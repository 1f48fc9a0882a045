import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// Random pins (docs/pins.md) on the brute-force property instances of §4, §5 and §6.
///
/// The brute force judges every plan with the independent checker, whose ``PinCheck``
/// rejects a plan that breaks a pin, so its best plan is the best pinned plan. Each seed
/// gets one to three random pins — often impossible ones (a must-move-to for an ineligible
/// teacher, a mentor at another school, contradictory pins) — and must be solved by both
/// formulations to the brute force's optimum, or found infeasible when the checker
/// accepts no plan. When the pins alone make it infeasible (the brute force finds a plan
/// without them), the explanation must name a pin. The greedy baselines may find no
/// plan, but a plan they write never breaks a pin.
///
/// Seeds 1…⌈3/10 · ``BruteForce/seedCount``⌉ (300 by default), in ``BruteForce/chunks``.
@Suite struct PinBruteForceTests {
    static func seeds(chunk c: Int) -> [UInt64] {
        if let only = BruteForce.onlySeed { return c == 0 ? [only] : [] }
        let count = (BruteForce.seedCount * 3 + 9) / 10
        let size = (count + BruteForce.chunks - 1) / BruteForce.chunks
        let first = c * size + 1, last = min(count, (c + 1) * size)
        return first <= last ? (first...last).map(UInt64.init) : []
    }

    static func pin(_ i: Int, _ person: Pin.Person, _ rule: Pin.Rule, _ x: Instance) -> Pin {
        let who: String
        switch person {
        case let .teacher(t): who = x.teachers[t].id.rawValue
        case let .newHire(n): who = x.newHires[n].id.rawValue
        }
        let target: String
        switch rule {
        case let .mustMoveTo(s), let .mustNotGoTo(s): target = " " + x.schools[s].id.rawValue
        case let .mentor(t): target = " " + x.teachers[t].id.rawValue
        case let .notOnDay(d): target = " \(d)"
        case .mustStay: target = ""
        }
        return Pin(person: person, rule: rule,
                   origin: .init(file: "pins.csv", line: i + 2, record: i, text: "\(who) \(rule.word)\(target)", isJSON: false))
    }

    /// One or two exchange pins on random teachers (a must-move-to mostly within the
    /// teacher's group, now and then anywhere).
    ///
    /// On odd seeds with an unpinned optimum `free`, one pin that targets it: a mover must
    /// stay or must not go to their destination, or a teacher who stays must move.
    static func exchangePins(_ x: Instance, seed: UInt64, free: Solution?) -> [Pin] {
        var r = BruteForce.Random(seed: seed &+ 0x5EED)
        let targeted = seed % 2 == 1 && free != nil
        return (0..<(targeted ? 1 : 1 + r.next(2))).map { i in
            if i == 0, targeted, let plan = free {
                let moved = plan.exchanges.compactMap { e in x.teacherIndex[TeacherID(e.teacher)].map { ($0, x.schoolIndex[SchoolID(e.to)]!) } }
                if let (t, to) = moved.isEmpty || r.oneIn(3) ? nil : r.pick(moved) {
                    return pin(i, .teacher(t), r.oneIn(2) ? .mustStay : .mustNotGoTo(school: to), x)
                }
                let staying = x.teachers.indices.filter { t in x.isEligible(teacher: t) && !moved.contains { $0.0 == t } }
                if !staying.isEmpty {
                    let t = r.pick(staying), home = x.teachers[t].school
                    let near = x.schools.indices.filter { $0 != home && x.schools[$0].group == x.schools[home].group }
                    if !near.isEmpty { return pin(i, .teacher(t), .mustMoveTo(school: r.pick(near)), x) }
                }
            }
            let t = r.next(x.teachers.count)
            let home = x.teachers[t].school
            let near = x.schools.indices.filter { $0 != home && x.schools[$0].group != nil && x.schools[$0].group == x.schools[home].group }
            let s = near.isEmpty || r.oneIn(4) ? r.next(x.schools.count) : r.pick(near)
            let rule: Pin.Rule = r.pick([.mustMoveTo(school: s), .mustMoveTo(school: s), .mustStay, .mustNotGoTo(school: s)])
            return pin(i, .teacher(t), rule, x)
        }
    }

    /// One or two training pins on random hires: a mentor (mostly a teacher of the hire's
    /// subject), a destination or a closed school.
    ///
    /// On odd seeds with an unpinned optimum `free`, one pin that targets it: a hire gets
    /// another mentor of their subject at their host, or must not go to their destination.
    static func trainingPins(_ x: Instance, seed: UInt64, free: Solution?) -> [Pin] {
        var r = BruteForce.Random(seed: seed &+ 0x5EED)
        guard !x.newHires.isEmpty else { return [] }
        let targeted = seed % 2 == 1 && free?.placements.isEmpty == false
        return (0..<(targeted ? 1 : 1 + r.next(2))).map { i in
            if i == 0, targeted, let plan = free {
                let p = r.pick(plan.placements)
                let n = x.newHires.firstIndex { $0.id.rawValue == p.newHire }!
                let host = x.schoolIndex[SchoolID(p.host)]!
                let others = x.teachersBySchool[host].filter {
                    x.teachers[$0].subject == x.newHires[n].subject && x.teachers[$0].id.rawValue != p.mentor && x.mentorCapacity(ofTeacher: $0) > 0
                }
                if !others.isEmpty && r.oneIn(2) { return pin(i, .newHire(n), .mentor(teacher: r.pick(others)), x) }
                return pin(i, .newHire(n), .mustNotGoTo(school: x.schoolIndex[SchoolID(p.destination)]!), x)
            }
            let n = r.next(x.newHires.count)
            let same = x.teachers.indices.filter { x.teachers[$0].subject == x.newHires[n].subject }
            let m = same.isEmpty || r.oneIn(4) ? r.next(x.teachers.count) : r.pick(same)
            let places = Set(x.vacancies.filter { $0.subject == x.newHires[n].subject }.map(\.school)).sorted()
            let s = places.isEmpty || r.oneIn(4) ? r.next(x.schools.count) : r.pick(places)
            let rule: Pin.Rule = r.pick([.mentor(teacher: m), .mentor(teacher: m), .mustMoveTo(school: s), .mustNotGoTo(school: s)])
            return pin(i, .newHire(n), rule, x)
        }
    }

    /// One or two days off on random teachers.
    static func walkingPins(_ x: Instance, seed: UInt64) -> [Pin] {
        var r = BruteForce.Random(seed: seed &+ 0x5EED)
        let days = x.calendar?.days ?? 1
        return (0..<(1 + r.next(2))).map { i in pin(i, .teacher(r.next(x.teachers.count)), .notOnDay(1 + r.next(days)), x) }
    }

    /// `x` without its pins.
    static func unpinned(_ x: Instance) -> Instance {
        var free = x
        free.pins = []
        return free
    }

    /// A plan a baseline wrote breaks no pin.
    static func keepsPins(_ s: Solution, _ x: Instance, seed: UInt64, _ solver: String) -> Bool {
        let broken = SolutionChecker.check(s, against: x).violations.filter { $0.rule == "pins" }
        if broken.isEmpty { return true }
        Issue.record("seed \(seed), \(solver) breaks a pin: \(broken)")
        return false
    }

    /// The explanation of an instance made infeasible by its pins names one.
    static func namesAPin(_ explanation: [String], seed: UInt64, _ solver: String) -> Bool {
        if explanation.contains(where: { $0.contains("pin pins.csv:") }) { return true }
        Issue.record("seed \(seed), \(solver): infeasible because of the pins, but the explanation names none: \(explanation)")
        return false
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func exchangeWithPins(_ chunk: Int) throws {
        var failures = 0, infeasible = 0, byPins = 0, changed = 0
        let seeds = Self.seeds(chunk: chunk)
        for seed in seeds where failures < 3 {
            var x = try ExchangeBruteForceTests.randomInstance(seed: seed)
            let free = ExchangeBruteForceTests.bruteForce(x)
            x.pins = Self.exchangePins(x, seed: seed, free: free?.plan)
            let best = ExchangeBruteForceTests.bruteForce(x)
            BruteForce.show(x, best)
            if BruteForce.onlySeed != nil { print("pins:", x.pins.map(\.label)) }
            for f in ExchangeModel.Formulation.allCases {
                let out = try ExchangeSolve.run(x, formulation: f)
                if !BruteForce.agree(out.solution, best: best, instance: x, seed: seed, solver: "\(f), pinned") { failures += 1 }
                if let best, f == .aggregated, let free, !CheckReport.close(free.objective, best.objective) { changed += 1 }
                if best == nil, out.solution.status == .infeasible, f == .aggregated {
                    infeasible += 1
                    if free != nil {
                        byPins += 1
                        if !Self.namesAPin(out.explanation, seed: seed, "\(f)") { failures += 1 }
                    }
                }
            }
            if !Self.keepsPins(try ExchangeGreedy.run(x), x, seed: seed, "greedy") { failures += 1 }
        }
        BruteForce.note("exchange pins", chunk: chunk, "\(infeasible) of \(seeds.count) infeasible, \(byPins) because of the pins, \(changed) optima changed by them")
        // Pins bind: they change an optimum or make a feasible seed infeasible.
        if seeds.count >= 30 { #expect(changed + byPins > 0, "the pins changed no optimum and made no seed infeasible") }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func trainingWithPins(_ chunk: Int) throws {
        var failures = 0, infeasible = 0, byPins = 0, changed = 0
        let seeds = Self.seeds(chunk: chunk)
        for seed in seeds where failures < 3 {
            var x = try TrainingBruteForceTests.randomInstance(seed: seed)
            let free = TrainingBruteForceTests.bruteForce(x)
            x.pins = Self.trainingPins(x, seed: seed, free: free?.plan)
            let best = TrainingBruteForceTests.bruteForce(x)
            BruteForce.show(x, best)
            if BruteForce.onlySeed != nil { print("pins:", x.pins.map(\.label)) }
            for f in TrainingModel.Formulation.allCases {
                let out = try TrainingSolve.run(x, formulation: f)
                if !BruteForce.agree(out.solution, best: best, instance: x, seed: seed, solver: "\(f), pinned") { failures += 1 }
                if let best, f == .aggregated, let free, !CheckReport.close(free.objective, best.objective) { changed += 1 }
                if best == nil, out.solution.status == .infeasible, f == .aggregated {
                    infeasible += 1
                    if free != nil {
                        byPins += 1
                        if !Self.namesAPin(out.explanation, seed: seed, "\(f)") { failures += 1 }
                    }
                }
            }
            let greedy = try TrainingGreedy.run(x)
            if !Self.keepsPins(greedy, x, seed: seed, "greedy") { failures += 1 }
            if greedy.status == .feasible, !BruteForce.judgeGreedy(greedy, best: best, instance: x, seed: seed, mustHold: true) {
                failures += 1
            }
        }
        BruteForce.note("training pins", chunk: chunk, "\(infeasible) of \(seeds.count) infeasible, \(byPins) because of the pins, \(changed) optima changed by them")
        if seeds.count >= 30 { #expect(changed + byPins > 0, "the pins changed no optimum and made no seed infeasible") }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func walkingWithPins(_ chunk: Int) throws {
        var failures = 0, changed = 0
        let seeds = Self.seeds(chunk: chunk)
        for seed in seeds where failures < 3 {
            var x = try WalkingBruteForceTests.randomInstance(seed: seed)
            x.pins = Self.walkingPins(x, seed: seed)
            let best = WalkingBruteForceTests.bruteForce(x)
            BruteForce.show(x, best)
            if BruteForce.onlySeed != nil { print("pins:", x.pins.map(\.label)) }
            var objectives: [Double] = []
            for f in WalkingModel.Formulation.allCases {
                let s = try WalkingSolve.run(x, formulation: f).solution
                if !BruteForce.agree(s, best: best, instance: x, seed: seed, solver: "\(f), pinned") { failures += 1 }
                objectives += [s.objective ?? .nan]
            }
            let greedy = try WalkingGreedy.run(x)
            if !Self.keepsPins(greedy, x, seed: seed, "greedy") { failures += 1 }
            if !BruteForce.judgeGreedy(greedy, best: best, instance: x, seed: seed, mustHold: true) { failures += 1 }
            if let unpinned = try WalkingSolve.run(Self.unpinned(x)).solution.objective, let pinned = objectives.first,
               !CheckReport.close(unpinned, pinned) { changed += 1 }
        }
        BruteForce.note("walking pins", chunk: chunk, "\(changed) of \(seeds.count) optima changed by the pins")
        if seeds.count >= 30 { #expect(changed > 0, "no optimum changed by the pins") }
    }
}
