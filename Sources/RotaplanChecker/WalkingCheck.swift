import RotaplanDomain

/// Re-checks a walking-teaching timetable (MODEL.md §6) from the instance and the
/// solution alone: every lesson resolved and allowed, rules 1–8 (travel recomputed from
/// the calendar's period times), `uncovered` agreeing exactly with the lessons (§10),
/// and the objective recomputed.
enum WalkingCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        if let report = ClaimCheck.withoutPlan(solution, .lessons, count: solution.lessons.count) { return report }
        var report = CheckReport()
        let policy = x.policy.walking
        guard let calendar = x.calendar else {
            if !x.walkingDemand.isEmpty || !solution.lessons.isEmpty {
                report.violate(.walkingTimetable, .noCalendar)
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
            let at = EntityRef.record(.lessons, k)
            guard let t = x.teacherIndex[TeacherID(e.teacher)] else {
                report.violate(.walkingTimetable, .unknownEntity(.teacher, e.teacher), [at]); continue
            }
            guard let s = x.schoolIndex[SchoolID(e.school)] else { report.violate(.walkingTimetable, .unknownEntity(.school, e.school), [at]); continue }
            let subject = Subject(e.subject)
            guard let l = lineOf["\(s)|\(e.class)|\(subject.key)"] else {
                report.violate(.walkingTimetable, .noDemandLine(school: e.school, class: e.class, subject: e.subject), [at]); continue
            }
            let teacher = x.teachers[t], line = x.walkingDemand[l]
            guard (1...calendar.days).contains(e.day), (1...calendar.periods.count).contains(e.period) else {
                report.violate(.walkingSlot, .outsideCalendar(Slot(day: e.day, period: e.period), days: calendar.days,
                                                              periods: calendar.periods.count), [at])
                continue
            }
            let slot = Slot(day: e.day, period: e.period)
            guard let itinerant = teacher.itinerant else { report.violate(.walkingTimetable, .notItinerant, [at, .teacher(t)]); continue }
            if !teacher.teaches(line.subject) { report.violate(.walkingTimetable, .notQualified, [at, .teacher(t), .subject(line.subject)]) }
            if let m = x.travel.minutes(teacher.school, s) {
                if m > policy.maxTravelMinutes {
                    report.violate(.walkingReach, .broken, [at, .school(s), .teacher(t), .school(teacher.school)],
                                   [Amount(.actual, m), Amount(.limit, policy.maxTravelMinutes)])
                }
            } else {
                report.violate(.walkingReach, .unknownTravel, [at, .school(teacher.school), .school(s)])
            }
            if !line.slots.contains(slot) { report.violate(.walkingSlot, .notOffered, [at, .demandLine(l), .slot(slot)]) }
            if itinerant.unavailable.contains(slot) { report.violate(.walkingSlot, .unavailable, [at, .teacher(t), .slot(slot)]) }
            placed.append(Placed(teacher: t, line: l, school: s, day: e.day, period: e.period))
        }

        // Rule 1: one teacher per line, all week.
        var teachersOfLine: [Int: Set<Int>] = [:]
        for p in placed { teachersOfLine[p.line, default: []].insert(p.teacher) }
        for (l, ts) in teachersOfLine.sorted(by: { $0.key < $1.key }) where ts.count > 1 {
            report.violate(.walkingOneTeacher, .broken, [.demandLine(l)] + ts.sorted().map(EntityRef.teacher))
        }
        // Rule 2 and §10: lessons + uncovered = h, and `uncovered` agrees exactly.
        var taught = [Int](repeating: 0, count: x.walkingDemand.count)
        for p in placed { taught[p.line] += 1 }
        var declared = [Int](repeating: 0, count: x.walkingDemand.count)
        for (k, u) in solution.uncovered.enumerated() {
            guard let s = x.schoolIndex[SchoolID(u.school)], let l = lineOf["\(s)|\(u.class)|\(Subject(u.subject).key)"] else {
                report.violate(.solutionFile, .noDemandLine(school: u.school, class: u.class, subject: u.subject), [.record(.uncovered, k)])
                continue
            }
            declared[l] += u.periods
        }
        var uncoveredTotal = 0
        for (l, line) in x.walkingDemand.enumerated() {
            if taught[l] > line.periodsPerWeek {
                report.violate(.walkingDemand, .broken, [.demandLine(l)], [Amount(.actual, taught[l]), Amount(.limit, line.periodsPerWeek)])
            }
            let missing = max(0, line.periodsPerWeek - taught[l])
            uncoveredTotal += missing
            if declared[l] != missing {
                report.violate(.solutionUncovered, .broken, [.demandLine(l)], [Amount(.actual, declared[l]), Amount(.required, missing)])
            }
        }
        // Rules 3 and 4: one place per teacher and slot, one lesson per class and slot.
        // Keyed by text, in the order of the keys (as before); a class is named by the
        // first of its lines seen in that slot.
        var teacherSlot: [String: Int] = [:], classSlot: [String: (count: Int, line: Int)] = [:]
        for p in placed {
            teacherSlot["\(p.teacher)|\(p.day)|\(p.period)", default: 0] += 1
            classSlot["\(p.school)|\(x.walkingDemand[p.line].className)|\(p.day)|\(p.period)", default: (0, p.line)].count += 1
        }
        for (key, n) in teacherSlot.sorted(by: { $0.key < $1.key }) where n > 1 {
            let f = key.split(separator: "|").map { Int($0)! }
            report.violate(.walkingOnePlace, .broken, [.teacher(f[0]), .slot(Slot(day: f[1], period: f[2]))], [Amount(.actual, n)])
        }
        for (key, c) in classSlot.sorted(by: { $0.key < $1.key }) where c.count > 1 {
            let f = key.split(separator: "|")  // school, class, day, period
            report.violate(.walkingOneLesson, .broken, [.demandLine(c.line), .slot(Slot(day: Int(f[2])!, period: Int(f[3])!))], [Amount(.actual, c.count)])
        }
        // Rule 5: at most ⌈h/days⌉ lessons of a line per day.
        var perLineDay: [[Int]: Int] = [:]
        for p in placed { perLineDay[[p.line, p.day], default: 0] += 1 }
        for (key, n) in perLineDay.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let line = x.walkingDemand[key[0]]
            let cap = (line.periodsPerWeek + calendar.days - 1) / calendar.days
            if n > cap {
                report.violate(.walkingSpread, .broken, [.demandLine(key[0])], [Amount(.actual, n), Amount(.day, key[1]), Amount(.limit, cap)])
            }
        }
        // Rules 6, 7, 8 per teacher and day.
        var byTeacherDay: [[Int]: [Placed]] = [:]
        var week: [Int: Int] = [:]
        for p in placed {
            byTeacherDay[[p.teacher, p.day], default: []].append(p)
            week[p.teacher, default: 0] += 1
        }
        var visitCost = 0.0, visitCount = 0.0, halfHours = 0.0
        let w = x.policy.weights.walking
        for (key, list) in byTeacherDay.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let t = key[0], d = key[1], home = x.teachers[t].school
            report.violations += travelFindings(teacher: t, day: d, visits(list.map { ($0.period, $0.school) }), calendar, x)
            let schools = Set(list.map(\.school))
            if schools.count > policy.maxSchoolsPerDay {
                report.violate(.walkingSchoolsPerDay, .broken, [.teacher(t)],
                               [Amount(.actual, schools.count), Amount(.day, d), Amount(.limit, policy.maxSchoolsPerDay)])
            }
            if list.count > policy.maxPeriodsPerDay {
                report.violate(.walkingLoad, .broken, [.teacher(t)], [Amount(.actual, list.count), Amount(.day, d), Amount(.limit, policy.maxPeriodsPerDay)])
            }
            for s in schools.sorted() where s != home {  // in order: the same sum every run
                visitCost += w.visit + w.travelHalfHour * (x.travel.minutes(home, s) ?? 0) / 30
                visitCount += 1
                halfHours += (x.travel.minutes(home, s) ?? 0) / 30
            }
        }
        for (t, n) in week.sorted(by: { $0.key < $1.key }) {
            let limit = x.teachers[t].itinerant?.maxPeriodsPerWeek ?? policy.maxPeriodsPerWeek
            if n > limit { report.violate(.walkingLoad, .broken, [.teacher(t)], [Amount(.actual, n), Amount(.limit, limit)]) }
        }
        report.recomputedObjective = w.uncovered * Double(uncoveredTotal) + visitCost
        report.recomputedTerms[.walking] = [ObjectiveTerm(.walkingUncoveredTerm, w.uncovered * Double(uncoveredTotal)),
                                            ObjectiveTerm(.walkingVisitTerm, w.visit * visitCount),
                                            ObjectiveTerm(.walkingTravelTerm, w.travelHalfHour * halfHours)]
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
    static func travelFindings(teacher t: Int, day d: Int, _ visits: [(period: Int, school: Int)], _ calendar: WeekCalendar,
                               _ x: Instance) -> [CheckReport.Violation] {
        var out = CheckReport(), unknown: Set<[Int]> = []
        for (i, first) in visits.enumerated() {
            for later in visits[(i + 1)...] where later.period > first.period && later.school != first.school {
                let refs: [EntityRef] = [.teacher(t), .school(first.school), .school(later.school)]
                guard let tau = x.travel.minutes(first.school, later.school) else {
                    if unknown.insert([first.school, later.school]).inserted { out.violate(.walkingTravel, .unknownTravel, refs, [Amount(.day, d)]) }
                    continue
                }
                let gap = calendar.periods[later.period - 1].start - calendar.periods[first.period - 1].end
                if Double(gap) < tau {
                    out.violate(.walkingTravel, .travelGap, refs, [Amount(.day, d), Amount(.period, first.period),
                                                                   Amount(.laterPeriod, later.period), Amount(.actual, gap),
                                                                   Amount(.required, tau)])
                }
            }
        }
        return out.violations
    }
}
