import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanText

/// Rule 6.6 (travel between the schools of a day) as the checker finds it, against a
/// simple oracle that looks at every pair of a teacher-day's lessons, on seeded random
/// timetables crowded enough that one teacher has many lessons a day at several schools
/// (the hostile case that made the checker quadratic). Each finding is one pair of
/// (period, school) visits, reported once, in the order of the day's lessons.
@Suite struct WalkingCheckTravelTests {
    static let zhengdong = examples.appendingPathComponent("small-zhengdong.json").path

    /// A timetable of `count` lessons of random itinerant teachers on random demand lines,
    /// days and periods (no rule but the calendar respected).
    static func randomTimetable(_ x: Instance, seed: UInt64, count: Int) -> Solution {
        var r = BruteForce.Random(seed: seed)
        let calendar = x.calendar!
        let walkers = x.teachers.filter { $0.itinerant != nil }
        let teachers = r.some(walkers, upTo: 3) + [r.pick(walkers)]
        let days = 1 + r.next(2)
        var s = Solution(problem: .walking, instance: x.name, status: .feasible)
        for _ in 0..<count {
            let line = r.pick(x.walkingDemand)
            s.lessons.append(.init(teacher: r.pick(teachers).id.rawValue, school: x.schools[line.school].id.rawValue,
                                   class: line.className, subject: line.subject.key, day: 1 + r.next(days),
                                   period: 1 + r.next(calendar.periods.count)))
        }
        return s
    }

    /// Every pair p < p' of a teacher-day at two schools, by brute force; a finding repeated
    /// by several pairs of lessons is kept once, where it first appears.
    static func oracle(_ s: Solution, _ x: Instance) -> [String] {
        let calendar = x.calendar!
        var days: [[Int]: [Solution.Lesson]] = [:]
        for l in s.lessons { days[[x.teacherIndex[TeacherID(l.teacher)]!, l.day], default: []].append(l) }
        var out: [String] = [], seen: Set<String> = []
        for (key, list) in days.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let id = x.teachers[key[0]].id, d = key[1]
            let sorted = list.enumerated().sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }.map(\.element)
            for i in sorted.indices {
                for j in sorted.indices where j > i {
                    let a = sorted[i], b = sorted[j]
                    guard a.period < b.period, a.school != b.school else { continue }
                    let from = x.schoolIndex[SchoolID(a.school)]!, to = x.schoolIndex[SchoolID(b.school)]!
                    let gap = calendar.periods[b.period - 1].start - calendar.periods[a.period - 1].end
                    let finding: String
                    if let tau = x.travel.minutes(from, to) {
                        guard Double(gap) < tau else { continue }
                        finding = "§6.6 travel: \(id), day \(d): teaches at \(a.school) in period \(a.period) and at \(b.school) in period \(b.period), \(gap) minutes apart; the journey takes \(tau)"
                    } else {
                        finding = "§6.6 travel: \(id), day \(d): no travel time known from \(a.school) to \(b.school)"
                    }
                    if seen.insert(finding).inserted { out.append(finding) }
                }
            }
        }
        return out
    }

    @Test(arguments: 1...40)
    func travelFindingsMatchTheOracle(_ seed: Int) throws {
        let x = try instance(Self.zhengdong)
        let s = Self.randomTimetable(x, seed: UInt64(seed), count: [5, 30, 120, 400][seed % 4])
        let found = SolutionChecker.check(s, against: x).violations.filter { $0.rule == .walkingTravel }.map { CheckText.line($0, in: x).en }
        let want = Self.oracle(s, x)
        #expect(found == want, "seed \(seed): \(found.count) findings, the oracle \(want.count)")
        if seed % 4 == 3 { #expect(!want.isEmpty, "seed \(seed): the timetable is crowded enough to break rule 6.6") }
    }
}
