import RotaplanDomain

/// Re-checks a walking-teaching timetable (MODEL.md §6) from the instance and the
/// solution alone: every lesson resolved and allowed, rules 1–8 (travel recomputed from
/// the calendar's period times), `uncovered` agreeing exactly with the lessons (§10),
/// and the objective recomputed.
enum WalkingCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        var report = CheckReport()
        func violate(_ rule: String, _ message: String) { report.violations.append(.init(rule: rule, message: message)) }
        if solution.status == .infeasible || solution.status == .noSolution {
            if !solution.lessons.isEmpty { violate("8", "a solution with status \(solution.status.rawValue) lists lessons") }
            return report
        }
        let policy = x.policy.walking
        guard let calendar = x.calendar else {
            if !x.walkingDemand.isEmpty || !solution.lessons.isEmpty {
                violate("6", "the instance has no calendar, so no lesson can be placed")
            }
            report.recomputedObjective = x.walkingDemand.isEmpty ? 0 : nil
            return report
        }
        // Lines by (school, class, subject).
        var lineOf: [String: Int] = [:]
        for (l, line) in x.walkingDemand.enumerated() { lineOf["\(line.school)|\(line.className)|\(line.subject.key)"] = l }

        struct Placed { var teacher: Int; var line: Int; var school: Int; var day: Int; var period: Int }
        var placed: [Placed] = []
        for (k, e) in solution.lessons.enumerated() {
            let at = "lessons[\(k)]"
            guard let t = x.teacherIndex[TeacherID(e.teacher)] else { violate("6", "\(at): unknown teacher \(e.teacher)"); continue }
            guard let s = x.schoolIndex[SchoolID(e.school)] else { violate("6", "\(at): unknown school \(e.school)"); continue }
            let subject = Subject(e.subject)
            guard let l = lineOf["\(s)|\(e.class)|\(subject.key)"] else {
                violate("6", "\(at): \(e.school) has no demand for class \(e.class) in \(e.subject)"); continue
            }
            let teacher = x.teachers[t], line = x.walkingDemand[l]
            guard (1...calendar.days).contains(e.day), (1...calendar.periods.count).contains(e.period) else {
                violate("6", "\(at): slot [\(e.day), \(e.period)] is outside the calendar (\(calendar.days) days, \(calendar.periods.count) periods)"); continue
            }
            let slot = Slot(day: e.day, period: e.period)
            guard let itinerant = teacher.itinerant else { violate("6", "\(at): \(e.teacher) is not an itinerant teacher"); continue }
            if !teacher.teaches(line.subject) { violate("6", "\(at): \(e.teacher) does not teach \(line.subject)") }
            if let m = x.travel.minutes(teacher.school, s) {
                if m > policy.maxTravelMinutes {
                    violate("6 reach", "\(at): \(e.school) is \(m) minutes from \(e.teacher)'s school \(x.schools[teacher.school].id); at most \(policy.maxTravelMinutes)")
                }
            } else {
                violate("6 reach", "\(at): no travel time known between \(x.schools[teacher.school].id) and \(e.school)")
            }
            if !line.slots.contains(slot) { violate("6", "\(at): class \(e.class) at \(e.school) does not offer \(slot) for \(line.subject)") }
            if itinerant.unavailable.contains(slot) { violate("6", "\(at): \(e.teacher) is unavailable in \(slot)") }
            placed.append(Placed(teacher: t, line: l, school: s, day: e.day, period: e.period))
        }

        // Rule 1: one teacher per line, all week.
        var teachersOfLine: [Int: Set<Int>] = [:]
        for p in placed { teachersOfLine[p.line, default: []].insert(p.teacher) }
        for (l, ts) in teachersOfLine.sorted(by: { $0.key < $1.key }) where ts.count > 1 {
            let line = x.walkingDemand[l]
            violate("6.1 one teacher", "class \(line.className) at \(x.schools[line.school].id) has \(line.subject) from \(ts.count) teachers (\(ts.sorted().map { x.teachers[$0].id.rawValue }.joined(separator: ", ")))")
        }
        // Rule 2 and §10: lessons + uncovered = h, and `uncovered` agrees exactly.
        var taught = [Int](repeating: 0, count: x.walkingDemand.count)
        for p in placed { taught[p.line] += 1 }
        var declared = [Int](repeating: 0, count: x.walkingDemand.count)
        for (k, u) in solution.uncovered.enumerated() {
            guard let s = x.schoolIndex[SchoolID(u.school)], let l = lineOf["\(s)|\(u.class)|\(Subject(u.subject).key)"] else {
                violate("8", "uncovered[\(k)]: no demand line \(u.school)/\(u.class)/\(u.subject)"); continue
            }
            declared[l] += u.periods
        }
        var uncoveredTotal = 0
        for (l, line) in x.walkingDemand.enumerated() {
            let id = "\(x.schools[line.school].id)/\(line.className)/\(line.subject)"
            if taught[l] > line.periodsPerWeek { violate("6.2 demand", "\(id) gets \(taught[l]) lessons for \(line.periodsPerWeek) periods a week") }
            let missing = max(0, line.periodsPerWeek - taught[l])
            uncoveredTotal += missing
            if declared[l] != missing { violate("10 uncovered", "\(id): the solution lists \(declared[l]) uncovered periods, its lessons leave \(missing)") }
        }
        // Rules 3 and 4: one place per teacher and slot, one lesson per class and slot.
        var teacherSlot: [String: Int] = [:], classSlot: [String: Int] = [:]
        for p in placed {
            teacherSlot["\(p.teacher)|\(p.day)|\(p.period)", default: 0] += 1
            classSlot["\(p.school)|\(x.walkingDemand[p.line].className)|\(p.day)|\(p.period)", default: 0] += 1
        }
        for (key, n) in teacherSlot.sorted(by: { $0.key < $1.key }) where n > 1 {
            let f = key.split(separator: "|").map { Int($0)! }
            violate("6.3 one place", "\(x.teachers[f[0]].id) has \(n) lessons in [\(f[1]), \(f[2])]")
        }
        for (key, n) in classSlot.sorted(by: { $0.key < $1.key }) where n > 1 {
            let f = key.split(separator: "|")
            violate("6.4 one lesson", "class \(f[1]) at \(x.schools[Int(f[0])!].id) has \(n) lessons in [\(f[2]), \(f[3])]")
        }
        // Rule 5: at most ⌈h/days⌉ lessons of a line per day.
        var perLineDay: [[Int]: Int] = [:]
        for p in placed { perLineDay[[p.line, p.day], default: 0] += 1 }
        for (key, n) in perLineDay.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let line = x.walkingDemand[key[0]]
            let cap = (line.periodsPerWeek + calendar.days - 1) / calendar.days
            if n > cap { violate("6.5 spread", "class \(line.className) at \(x.schools[line.school].id) has \(n) \(line.subject) lessons on day \(key[1]); at most \(cap)") }
        }
        // Rules 6, 7, 8 per teacher and day.
        var byTeacherDay: [[Int]: [Placed]] = [:]
        var week: [Int: Int] = [:]
        for p in placed {
            byTeacherDay[[p.teacher, p.day], default: []].append(p)
            week[p.teacher, default: 0] += 1
        }
        var visitCost = 0.0
        let w = x.policy.weights.walking
        for (key, list) in byTeacherDay.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let t = key[0], d = key[1], id = x.teachers[t].id, home = x.teachers[t].school
            for message in travelFindings(visits(list.map { ($0.period, $0.school) }), calendar, x) {
                violate("6.6 travel", "\(id), day \(d): \(message)")
            }
            let schools = Set(list.map(\.school))
            if schools.count > policy.maxSchoolsPerDay {
                violate("6.7 schools per day", "\(id) teaches at \(schools.count) schools on day \(d); at most \(policy.maxSchoolsPerDay)")
            }
            if list.count > policy.maxPeriodsPerDay {
                violate("6.8 load", "\(id) teaches \(list.count) periods on day \(d); at most \(policy.maxPeriodsPerDay)")
            }
            for s in schools.sorted() where s != home {  // in order: the same sum every run
                visitCost += w.visit + w.travelHalfHour * (x.travel.minutes(home, s) ?? 0) / 30
            }
        }
        for (t, n) in week.sorted(by: { $0.key < $1.key }) {
            let limit = x.teachers[t].itinerant?.maxPeriodsPerWeek ?? policy.maxPeriodsPerWeek
            if n > limit { violate("6.8 load", "\(x.teachers[t].id) teaches \(n) periods a week; at most \(limit)") }
        }
        report.recomputedObjective = w.uncovered * Double(uncoveredTotal) + visitCost
        return report
    }

    /// The distinct (period, school) visits of one teacher-day's `lessons`, by period, and
    /// within a period in the order the lessons first name the school. O(L + V log V) for
    /// L lessons and V visits.
    static func visits(_ lessons: [(period: Int, school: Int)]) -> [(period: Int, school: Int)] {
        var schools: [Int: [Int]] = [:], seen: Set<[Int]> = []
        for l in lessons where seen.insert([l.period, l.school]).inserted { schools[l.period, default: []].append(l.school) }
        return schools.keys.sorted().flatMap { p in schools[p]!.map { (period: p, school: $0) } }
    }

    /// Rule 6.6 on one teacher-day, given its ``visits(_:)``: for every two visits p < p'
    /// at different schools, the time between the end of p and the start of p' covers the
    /// journey (MODEL.md §10: every pair, in the direction of travel). Each finding is
    /// given once, however many lessons share the two visits, in the order of the day's
    /// lessons sorted by period: the earlier visit first, then the later. O(V²) for V
    /// visits, at most periods × schools of the instance, so linear in the lessons for a
    /// given calendar (a valid day has at most one visit per period).
    static func travelFindings(_ visits: [(period: Int, school: Int)], _ calendar: WeekCalendar, _ x: Instance) -> [String] {
        var out: [String] = [], unknown: Set<[Int]> = []
        for (i, first) in visits.enumerated() {
            for later in visits[(i + 1)...] where later.period > first.period && later.school != first.school {
                let from = x.schools[first.school].id, to = x.schools[later.school].id
                guard let tau = x.travel.minutes(first.school, later.school) else {
                    if unknown.insert([first.school, later.school]).inserted { out.append("no travel time known from \(from) to \(to)") }
                    continue
                }
                let gap = calendar.periods[later.period - 1].start - calendar.periods[first.period - 1].end
                if Double(gap) < tau {
                    out.append("teaches at \(from) in period \(first.period) and at \(to) in period \(later.period), \(gap) minutes apart; the journey takes \(tau)")
                }
            }
        }
        return out
    }
}
