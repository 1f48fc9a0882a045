import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// Seeded random micro-instances of §6 against brute force: every timetable — each
/// demand line taught by no one, or by one teacher in any set of at most h(l) of its
/// slots — is judged by the independent checker, and the best one it accepts must have
/// the optimiser's objective. The enumeration knows nothing of subjects, reach,
/// unavailability, travel, visits or loads: the checker decides all of it.
///
/// A timetable without lessons always holds (every period uncovered), so every seed has
/// a plan; what varies is how much the rules leave uncovered. The instances vary the
/// calendar (one or two days, two to four periods, a short or long break), travel
/// (some beyond reach), homes, second subjects, unavailable slots, personal weekly
/// maxima, one teacher who is not itinerant now and then, classes with two lines, every
/// walking policy key and the three weights. Each seed is solved with both formulations
/// (strong: parts and a greedy start; plain: one model as written), and the greedy
/// baseline must keep every rule and be no better.
@Suite struct WalkingBruteForceTests {
    /// Most timetables the enumeration may meet (lines are dropped until it fits).
    static let maxPlans = 20000

    static func randomInstance(seed: UInt64) throws -> Instance {
        var r = BruteForce.Random(seed: seed)
        func q(_ s: String) -> String { BruteForce.quoted(s) }
        let days = r.pick([1, 2, 2])
        var periods = ["{\"start\": \"08:00\", \"end\": \"08:40\"}",
                       r.pick(["{\"start\": \"08:50\", \"end\": \"09:30\"}", "{\"start\": \"09:20\", \"end\": \"10:00\"}"])]
        if !r.oneIn(3) { periods.append("{\"start\": \"10:30\", \"end\": \"11:10\"}") }
        if periods.count == 3 && r.oneIn(3) { periods.append("{\"start\": \"11:20\", \"end\": \"12:00\"}") }
        let slots = (1...days).flatMap { d in (1...periods.count).map { p in "[\(d), \(p)]" } }
        let schoolIDs = ["H", "A", "B"]
        let schools = schoolIDs.map { "{\"id\": \(q($0)), \"name\": \(q($0 + "校")), \"stage\": \"primary\", \"students\": 300}" }
        var travel: [String] = []
        for (i, a) in schoolIDs.enumerated() {
            for b in schoolIDs[(i + 1)...] {
                travel.append("{\"from\": \(q(a)), \"to\": \(q(b)), \"minutes\": \(r.pick([5, 15, 15, 30, 50])), \"km\": \(r.pick([2, 10]))}")
            }
        }
        let teachers = (1...r.pick([1, 2, 2])).map { i -> String in
            let home = i == 1 ? "H" : r.pick(schoolIDs)
            var f = "{\"id\": \"T\(i)\", \"name\": \"T\(i)师\", \"school\": \(q(home)), \"subject\": \(q(i == 1 ? "music" : r.pick(["music", "art"])))"
            if r.oneIn(3) { f += ", \"otherSubjects\": [\(q(r.pick(["art", "音乐"])))]" }
            if i == 1 || !r.oneIn(8) {
                var itinerant: [String] = []
                if let m = r.pick([nil, nil, nil, 1, 2, 3]) { itinerant.append("\"maxPeriodsPerWeek\": \(m)") }
                let off = r.some(slots, upTo: 1)
                if !off.isEmpty { itinerant.append("\"unavailable\": [\(off.joined(separator: ", "))]") }
                f += ", \"itinerant\": {\(itinerant.joined(separator: ", "))}"
            }
            return f + "}"
        }
        // Lines, unique by (school, class, subject); as many as the enumeration allows.
        var lines: [String] = [], keys: Set<String> = [], plans = 1
        for _ in 0..<r.pick([1, 2, 2, 3, 3, 4]) {
            let school = r.pick(schoolIDs), cls = r.pick(["1-1", "2-1"]), subject = r.pick(["music", "music", "art", "音乐"])
            let key = "\(school)|\(cls)|\(Subject(subject).key)"
            guard !keys.contains(key) else { continue }
            let h = r.pick([1, 1, 2, 2, 3])
            var pool = slots, offered: [String] = []
            for _ in 0..<min(slots.count, h + r.next(3)) { offered.append(pool.remove(at: r.next(pool.count))) }
            let choices = 1 + teachers.count * (1...min(h, offered.count)).reduce(0) { $0 + binomial(offered.count, $1) }
            guard lines.isEmpty || plans * choices <= maxPlans else { continue }
            plans *= choices
            keys.insert(key)
            lines.append("{\"school\": \(q(school)), \"class\": \(q(cls)), \"subject\": \(q(subject)), \"periodsPerWeek\": \(h), \"slots\": [\(offered.joined(separator: ", "))]}")
        }
        let policy = """
            {"preset": \(q(r.pick(["national", "nanchang"]))),
             "walking": {"maxSchoolsPerDay": \(r.pick([1, 2, 2, 2])), "maxPeriodsPerDay": \(r.pick([1, 2, 4, 4])),
                         "maxPeriodsPerWeek": \(r.pick([2, 16, 16])), "maxTravelMinutes": \(r.pick([20, 45, 45, 45, 60]))},
             "weights": {"walking": {"uncovered": \(r.pick([1000, 1000, 1000, 5, 0.5])), "visit": \(r.pick([0, 1, 1, 2])),
                                     "travelHalfHour": \(r.pick([0, 1, 1, 3]))}}}
            """
        return try BruteForce.load("""
            {"format": "rotaplan-instance/1", "name": "walking seed \(seed)", "policy": \(policy),
             "calendar": {"days": \(days), "periods": [\(periods.joined(separator: ", "))]},
             "groups": [], "schools": [\(schools.joined(separator: ", "))], "travel": [\(travel.joined(separator: ", "))],
             "teachers": [\(teachers.joined(separator: ",\n"))], "walkingDemand": [\(lines.joined(separator: ",\n"))]}
            """)
    }

    static func binomial(_ n: Int, _ k: Int) -> Int { k == 0 ? 1 : binomial(n - 1, k - 1) * n / k }

    /// The subsets of `xs` with 1…`most` elements.
    static func subsets<T>(_ xs: [T], most: Int) -> [[T]] {
        var out: [[T]] = [[]]
        for x in xs { out += out.filter { $0.count < most }.map { $0 + [x] } }
        return out.filter { !$0.isEmpty }
    }

    /// The best timetable the checker accepts. Line by line, each taught by no one or by
    /// one teacher in some of its slots (never more than h(l): u(l) ≥ 0), with `uncovered`
    /// written to agree (§10). A timetable with fewer lessons is itself a candidate, and
    /// every rule of §6 caps something (rules 1–8, each lesson's own validity), so removing
    /// lessons never breaks one: a timetable the checker rejects is not extended further.
    static func bruteForce(_ x: Instance) -> (objective: Double, plan: Solution)? {
        let lines = x.walkingDemand
        let options: [[[Solution.Lesson]]] = lines.map { line in
            x.teachers.flatMap { t in
                subsets(line.slots, most: line.periodsPerWeek).map { slots in
                    slots.map { .init(teacher: t.id.rawValue, school: x.schools[line.school].id.rawValue, class: line.className,
                                      subject: line.subject.key, day: $0.day, period: $0.period) }
                }
            }
        }
        var taught = [Int](repeating: 0, count: lines.count)
        var lessons: [Solution.Lesson] = []
        var best: (objective: Double, plan: Solution)?
        func plan() -> Solution {
            var s = Solution(problem: .walking, instance: x.name, status: .optimal)
            s.lessons = lessons
            s.uncovered = lines.indices.filter { taught[$0] < lines[$0].periodsPerWeek }.map {
                .init(school: x.schools[lines[$0].school].id.rawValue, class: lines[$0].className, subject: lines[$0].subject.key,
                      periods: lines[$0].periodsPerWeek - taught[$0])
            }
            return s
        }
        /// Judges the current timetable; true when the checker accepts it.
        func judge() -> Bool {
            let candidate = plan()
            let report = SolutionChecker.check(candidate, against: x)
            guard report.violations.isEmpty, let v = report.recomputedObjective else { return false }
            if best.map({ v < $0.objective - 1e-9 }) ?? true {
                var s = candidate
                s.objective = v
                best = (v, s)
            }
            return true
        }
        func walk(_ l: Int) {
            guard l < lines.count else { return }
            walk(l + 1)  // line l taught by no one
            for choice in options[l] {
                lessons += choice
                taught[l] = choice.count
                if judge() { walk(l + 1) }
                lessons.removeLast(choice.count)
                taught[l] = 0
            }
        }
        if judge() { walk(0) }
        return best
    }

    @Test(arguments: 0..<BruteForce.chunks)
    func optimiserMatchesBruteForce(_ chunk: Int) throws {
        var uncovered = 0, empty = 0, failures = 0
        let seeds = BruteForce.seeds(chunk: chunk)
        for seed in seeds where failures < 3 {
            let x = try Self.randomInstance(seed: seed)
            let best = Self.bruteForce(x)
            if let best, !best.plan.uncovered.isEmpty { uncovered += 1 }
            if let best, best.plan.lessons.isEmpty { empty += 1 }
            BruteForce.show(x, best)
            for f in WalkingModel.Formulation.allCases {
                if !BruteForce.agree(try WalkingSolve.run(x, formulation: f).solution, best: best, instance: x, seed: seed, solver: "\(f)") {
                    failures += 1
                }
            }
            // The greedy baseline keeps every rule and is no better.
            if !BruteForce.judgeGreedy(try WalkingGreedy.run(x), best: best, instance: x, seed: seed, mustHold: true) {
                failures += 1
            }
        }
        BruteForce.note("walking", chunk: chunk, "\(uncovered) of \(seeds.count) optima leave periods uncovered, \(empty) teach nothing")
        // The rules bind: some optima cover everything, most cannot, most teach something.
        if seeds.count >= 50 {
            #expect(uncovered * 10 >= seeds.count && uncovered * 10 <= seeds.count * 9 && empty * 2 <= seeds.count,
                    "\(uncovered) of \(seeds.count) optima leave periods uncovered, \(empty) teach nothing")
        }
    }
}
