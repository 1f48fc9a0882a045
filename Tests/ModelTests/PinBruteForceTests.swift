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

    /// Exchange pins. Even seeds (or no unpinned optimum): one or two on random teachers (a
    /// must-move-to mostly within the teacher's group, now and then anywhere). Odd seeds
    /// with an unpinned optimum `free`: one pin against it (a mover must stay or must not go
    /// to their destination, or a teacher who stays must move), one pin it already keeps
    /// (a mover must move to their destination, a teacher who stays must stay, a school
    /// nobody goes to is closed), or one of each.
    static func exchangePins(_ x: Instance, seed: UInt64, free: Solution?) -> [Pin] {
        var r = BruteForce.Random(seed: seed &+ 0x5EED)
        guard seed % 2 == 1, let plan = free else {
            return (0..<(1 + r.next(2))).map { i in
                let t = r.next(x.teachers.count)
                let home = x.teachers[t].school
                let near = x.schools.indices.filter { $0 != home && x.schools[$0].group != nil && x.schools[$0].group == x.schools[home].group }
                let s = near.isEmpty || r.oneIn(4) ? r.next(x.schools.count) : r.pick(near)
                let rule: Pin.Rule = r.pick([.mustMoveTo(school: s), .mustMoveTo(school: s), .mustStay, .mustNotGoTo(school: s)])
                return pin(i, .teacher(t), rule, x)
            }
        }
        let moved = plan.exchanges.compactMap { e in x.teacherIndex[TeacherID(e.teacher)].map { ($0, x.schoolIndex[SchoolID(e.to)]!) } }
        let staying = x.teachers.indices.filter { t in !moved.contains { $0.0 == t } }
        func against() -> (Pin.Person, Pin.Rule)? {
            if let (t, to) = moved.isEmpty || r.oneIn(3) ? nil : r.pick(moved) {
                return (.teacher(t), r.oneIn(2) ? .mustStay : .mustNotGoTo(school: to))
            }
            let eligible = staying.filter { x.isEligible(teacher: $0) }
            guard !eligible.isEmpty else { return nil }
            let t = r.pick(eligible), home = x.teachers[t].school
            let near = x.schools.indices.filter { $0 != home && x.schools[$0].group == x.schools[home].group }
            return near.isEmpty ? nil : (.teacher(t), .mustMoveTo(school: r.pick(near)))
        }
        func keeps() -> (Pin.Person, Pin.Rule) {
            switch r.next(3) {
            case 0 where !moved.isEmpty:
                let (t, to) = r.pick(moved)
                return (.teacher(t), .mustMoveTo(school: to))
            case 1 where !staying.isEmpty:
                return (.teacher(r.pick(staying)), .mustStay)
            default:
                let t = r.next(x.teachers.count)
                let closed = x.schools.indices.filter { s in !moved.contains { $0 == (t, s) } }
                return (.teacher(t), .mustNotGoTo(school: r.pick(closed)))
            }
        }
        let chosen: [(Pin.Person, Pin.Rule)?] = switch r.next(3) {
        case 0: [against()]
        case 1: [keeps()]
        default: [keeps(), against()]
        }
        return chosen.compactMap { $0 }.enumerated().map { pin($0, $1.0, $1.1, x) }
    }

    /// Training pins. Even seeds (or no unpinned optimum): one or two on random hires, a
    /// mentor (mostly a teacher of the hire's subject), a destination (mostly a school with
    /// a vacancy of the subject) or a closed school. Odd seeds with an unpinned optimum
    /// `free`: one pin against it (another mentor of the subject at the hire's host, or
    /// the destination closed), one it already keeps (its mentor, its destination, another
    /// school closed), or one of each.
    static func trainingPins(_ x: Instance, seed: UInt64, free: Solution?) -> [Pin] {
        var r = BruteForce.Random(seed: seed &+ 0x5EED)
        guard !x.newHires.isEmpty else { return [] }
        guard seed % 2 == 1, let plan = free, !plan.placements.isEmpty else {
            return (0..<(1 + r.next(2))).map { i in
                let n = r.next(x.newHires.count)
                let same = x.teachers.indices.filter { x.teachers[$0].subject == x.newHires[n].subject }
                let m = same.isEmpty || r.oneIn(4) ? r.next(x.teachers.count) : r.pick(same)
                let places = Set(x.vacancies.filter { $0.subject == x.newHires[n].subject }.map(\.school)).sorted()
                let s = places.isEmpty || r.oneIn(4) ? r.next(x.schools.count) : r.pick(places)
                let rule: Pin.Rule = r.pick([.mentor(teacher: m), .mentor(teacher: m), .mustMoveTo(school: s), .mustNotGoTo(school: s)])
                return pin(i, .newHire(n), rule, x)
            }
        }
        func placement() -> (n: Int, p: Solution.Placement) {
            let p = r.pick(plan.placements)
            return (x.newHires.firstIndex { $0.id.rawValue == p.newHire }!, p)
        }
        func against() -> (Pin.Person, Pin.Rule) {
            let (n, p) = placement()
            let host = x.schoolIndex[SchoolID(p.host)]!
            let others = x.teachersBySchool[host].filter {
                x.teachers[$0].subject == x.newHires[n].subject && x.teachers[$0].id.rawValue != p.mentor && x.mentorCapacity(ofTeacher: $0) > 0
            }
            if !others.isEmpty && r.oneIn(2) { return (.newHire(n), .mentor(teacher: r.pick(others))) }
            return (.newHire(n), .mustNotGoTo(school: x.schoolIndex[SchoolID(p.destination)]!))
        }
        func keeps() -> (Pin.Person, Pin.Rule) {
            let (n, p) = placement()
            let destination = x.schoolIndex[SchoolID(p.destination)]!
            switch r.next(3) {
            case 0: return (.newHire(n), .mentor(teacher: x.teacherIndex[TeacherID(p.mentor)]!))
            case 1: return (.newHire(n), .mustMoveTo(school: destination))
            default: return (.newHire(n), .mustNotGoTo(school: r.pick(x.schools.indices.filter { $0 != destination })))
            }
        }
        let chosen: [(Pin.Person, Pin.Rule)] = switch r.next(3) {
        case 0: [against()]
        case 1: [keeps()]
        default: [keeps(), against()]
        }
        return chosen.enumerated().map { pin($0, $1.0, $1.1, x) }
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
        let broken = SolutionChecker.check(s, against: x).violations.filter { $0.rule == .pin }
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

    /// One problem whose pins can make it infeasible (exchange, training), as the shared
    /// loop of ``pinnedSeeds(_:chunk:)`` needs it.
    struct PinnedProblem {
        var name: String
        var randomInstance: (UInt64) throws -> Instance
        var bruteForce: (Instance) -> (objective: Double, plan: Solution)?
        var pins: (Instance, UInt64, Solution?) -> [Pin]
        /// Each formulation by name, giving its solution and explanation; the first is the
        /// one whose figures are counted.
        var formulations: [(String, (Instance) throws -> (Solution, [String]))]
        var greedy: (Instance) throws -> Solution
        /// Whether a feasible greedy plan is also judged against the brute force.
        var judgeGreedy: Bool
    }

    /// For each seed of `chunk`: the brute force with and without pins, every formulation
    /// agrees with the pinned brute force, an infeasibility the pins cause is explained by
    /// naming a pin, and the greedy plan keeps the pins. Over 30 seeds or more, the pins
    /// must bind somewhere (change an optimum or make a seed infeasible).
    func pinnedSeeds(_ p: PinnedProblem, chunk: Int) throws {
        var failures = 0, infeasible = 0, byPins = 0, changed = 0, pinnedPlans = 0
        let seeds = Self.seeds(chunk: chunk)
        for seed in seeds where failures < 3 {
            var x = try p.randomInstance(seed)
            let free = p.bruteForce(x)
            x.pins = p.pins(x, seed, free?.plan)
            let best = p.bruteForce(x)
            if best != nil { pinnedPlans += 1 }
            BruteForce.show(x, best)
            if BruteForce.onlySeed != nil { print("pins:", x.pins.map(\.label)) }
            for (k, (f, solve)) in p.formulations.enumerated() {
                let (solution, explanation) = try solve(x)
                if !BruteForce.agree(solution, best: best, instance: x, seed: seed, solver: "\(f), pinned") { failures += 1 }
                guard k == 0 else { continue }
                if let best, let free, !CheckReport.close(free.objective, best.objective) { changed += 1 }
                if best == nil, solution.status == .infeasible {
                    infeasible += 1
                    if free != nil {
                        byPins += 1
                        if !Self.namesAPin(explanation, seed: seed, f) { failures += 1 }
                    }
                }
            }
            let greedy = try p.greedy(x)
            if !Self.keepsPins(greedy, x, seed: seed, "greedy") { failures += 1 }
            if p.judgeGreedy, greedy.status == .feasible,
               !BruteForce.judgeGreedy(greedy, best: best, instance: x, seed: seed, mustHold: true) { failures += 1 }
        }
        BruteForce.note("\(p.name) pins", chunk: chunk, "\(pinnedPlans) of \(seeds.count) have a pinned plan, \(changed) of them a worse optimum than unpinned; \(infeasible) infeasible, \(byPins) because of the pins")
        if seeds.count >= 30 { #expect(changed + byPins > 0, "the pins changed no optimum and made no seed infeasible") }
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func exchangeWithPins(_ chunk: Int) throws {
        // The aggregated formulation first: its figures are the ones counted.
        let formulations = [.aggregated] + ExchangeModel.Formulation.allCases.filter { $0 != .aggregated }
        try pinnedSeeds(PinnedProblem(
            name: "exchange", randomInstance: { try ExchangeBruteForceTests.randomInstance(seed: $0) },
            bruteForce: ExchangeBruteForceTests.bruteForce, pins: { Self.exchangePins($0, seed: $1, free: $2) },
            formulations: formulations.map { f in ("\(f)", { let o = try ExchangeSolve.run($0, formulation: f); return (o.solution, english(o.explanations, $0)) }) },
            greedy: { try ExchangeGreedy.run($0) }, judgeGreedy: false), chunk: chunk)
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func trainingWithPins(_ chunk: Int) throws {
        let formulations = [.aggregated] + TrainingModel.Formulation.allCases.filter { $0 != .aggregated }
        try pinnedSeeds(PinnedProblem(
            name: "training", randomInstance: { try TrainingBruteForceTests.randomInstance(seed: $0) },
            bruteForce: TrainingBruteForceTests.bruteForce, pins: { Self.trainingPins($0, seed: $1, free: $2) },
            formulations: formulations.map { f in ("\(f)", { let o = try TrainingSolve.run($0, formulation: f); return (o.solution, english(o.explanations, $0)) }) },
            greedy: { try TrainingGreedy.run($0) }, judgeGreedy: true), chunk: chunk)
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
